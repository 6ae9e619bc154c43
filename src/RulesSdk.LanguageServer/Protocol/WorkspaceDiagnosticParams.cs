// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record WorkspaceDiagnosticParams(string? Identifier = null, PreviousResultId[]? PreviousResultIds = null);
