// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record WorkspaceDocumentDiagnosticReport(string Uri, int? Version, string Kind, string ResultId, LspDiagnostic[]? Items = null);
