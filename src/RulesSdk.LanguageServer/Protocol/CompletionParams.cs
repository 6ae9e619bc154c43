// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);
