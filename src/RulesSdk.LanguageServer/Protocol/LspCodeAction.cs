// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>A code action: with an edit, or with <see cref="Data"/> to compute it on <c>codeAction/resolve</c>, or a command.</summary>
public sealed record LspCodeAction(
    string Title,
    string Kind,
    WorkspaceEdit? Edit = null,
    LspDiagnostic[]? Diagnostics = null,
    bool? IsPreferred = null,
    LspCommand? Command = null,
    CodeActionData? Data = null);
