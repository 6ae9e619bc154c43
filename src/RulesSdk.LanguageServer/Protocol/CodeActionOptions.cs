// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record CodeActionOptions(string[] CodeActionKinds, bool ResolveProvider);
