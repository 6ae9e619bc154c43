// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record LspCodeAction(
    string Title,
    string Kind,
    WorkspaceEdit Edit,
    LspDiagnostic[]? Diagnostics = null,
    bool? IsPreferred = null);
