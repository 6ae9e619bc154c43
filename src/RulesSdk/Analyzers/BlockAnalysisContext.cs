using RulesSdk.Diagnostics;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>One block (heading, paragraph, list item or quote) an action runs on.</summary>
public readonly struct BlockAnalysisContext
{
    private readonly DocumentAnalysisContext _document;

    internal BlockAnalysisContext(DocumentAnalysisContext document, BlockSyntax block)
    {
        _document = document;
        Block = block;
    }

    public BlockSyntax Block { get; }

    public TextDocument Document => _document.Document;

    public DocumentSyntax Syntax => _document.Syntax;

    /// <summary>The semantic model (voice, person, genre, names, dates, structure), built on first use and shared by every analyzer.</summary>
    public DocumentSemantics Semantics => DocumentSemantics.For(Syntax);

    public CancellationToken CancellationToken => _document.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => _document.ReportDiagnostic(diagnostic);

    public Location GetLocation(TextSpan span) => _document.GetLocation(span);
}
