// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);
