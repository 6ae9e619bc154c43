using RulesSdk.Diagnostics;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>One non-blank line an action runs on.</summary>
public readonly struct LineAnalysisContext
{
    private readonly DocumentAnalysisContext _document;

    internal LineAnalysisContext(DocumentAnalysisContext document, TextLine line, bool isLastNonBlankLine)
    {
        _document = document;
        Line = line;
        IsLastNonBlankLine = isLastNonBlankLine;
    }

    public TextLine Line { get; }

    /// <summary>True for the document's last line that has text (the place of trailing metadata).</summary>
    public bool IsLastNonBlankLine { get; }

    public TextDocument Document => _document.Document;

    public DocumentSyntax Syntax => _document.Syntax;

    /// <summary>The semantic model (voice, person, genre, names, dates, structure), built on first use and shared by every analyzer.</summary>
    public DocumentSemantics Semantics => DocumentSemantics.For(Syntax);

    public CancellationToken CancellationToken => _document.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => _document.ReportDiagnostic(diagnostic);

    public Location GetLocation(TextSpan span) => _document.GetLocation(span);
}
