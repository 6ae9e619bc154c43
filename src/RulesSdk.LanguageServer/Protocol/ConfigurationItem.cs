// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record ConfigurationItem(string ScopeUri, string Section);
