// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>docrules/rules: one row per loaded rule.</summary>
public sealed record RuleSummary(string Id, string Title, string Pack, string Severity);
