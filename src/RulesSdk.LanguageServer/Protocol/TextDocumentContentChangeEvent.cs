// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>A change: <see cref="Range"/> null replaces the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);
