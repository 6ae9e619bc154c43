using RulesSdk.Diagnostics;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>One sentence an action runs on.</summary>
public readonly struct SentenceAnalysisContext
{
    private readonly DocumentAnalysisContext _document;

    internal SentenceAnalysisContext(DocumentAnalysisContext document, SentenceSyntax sentence)
    {
        _document = document;
        Sentence = sentence;
    }

    public SentenceSyntax Sentence { get; }

    public BlockSyntax Block => Sentence.Block;

    public TextDocument Document => _document.Document;

    public DocumentSyntax Syntax => _document.Syntax;

    /// <summary>The semantic model (voice, person, genre, names, dates, structure), built on first use and shared by every analyzer.</summary>
    public DocumentSemantics Semantics => DocumentSemantics.For(Syntax);

    public CancellationToken CancellationToken => _document.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => _document.ReportDiagnostic(diagnostic);

    public Location GetLocation(TextSpan span) => _document.GetLocation(span);
}
