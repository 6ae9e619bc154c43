// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record LspFileSystemWatcher(string GlobPattern);
