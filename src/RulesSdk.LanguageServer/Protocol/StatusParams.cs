// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>docrules/status: what the status bar shows.</summary>
public sealed record StatusParams(string State, int Packs, int Rules, string Message);
