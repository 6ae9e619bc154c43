// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record DidChangeWatchedFilesRegistrationOptions(LspFileSystemWatcher[] Watchers);
