// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record FileEvent(string Uri, int Type);
