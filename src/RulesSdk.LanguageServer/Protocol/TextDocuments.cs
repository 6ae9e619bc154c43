// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>A change: <see cref="Range"/> null replaces the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

public sealed record LspDiagnostic(
    Range Range,
    int Severity,
    string Code,
    string Source,
    string Message,
    CodeDescription? CodeDescription = null);

public sealed record CodeDescription(string Href);

public static class LspSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics, string[]? Only);

public sealed record LspCodeAction(
    string Title,
    string Kind,
    WorkspaceEdit Edit,
    LspDiagnostic[]? Diagnostics = null,
    bool? IsPreferred = null);

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceFixAllDocRules = "source.fixAll.docrules";
}

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>docrules/status: what the status bar shows.</summary>
public sealed record StatusParams(string State, int Packs, int Rules, string Message);

/// <summary>docrules/rules: one row per loaded rule.</summary>
public sealed record RuleSummary(string Id, string Title, string Pack, string Severity);

public sealed record RuleDocumentationParams(string Id);

public sealed record RuleDocumentationResult(string Id, string Markdown);
