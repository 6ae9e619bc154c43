// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record LogMessageParams(int Type, string Message);
