using RulesSdk.Diagnostics;
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

    public CancellationToken CancellationToken => _document.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => _document.ReportDiagnostic(diagnostic);

    public Location GetLocation(TextSpan span) => _document.GetLocation(span);
}
