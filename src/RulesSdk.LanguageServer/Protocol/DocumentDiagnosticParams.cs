// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier = null, string? PreviousResultId = null);
