using RulesSdk.Diagnostics;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>The document an action runs on, and where its diagnostics go.</summary>
public readonly struct DocumentAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    internal DocumentAnalysisContext(TextDocument document, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public TextDocument Document { get; }

    public SourceText Text => Document.Text;

    public DocumentSyntax Syntax => Document.GetSyntax();

    /// <summary>The semantic model (voice, person, genre, names, dates, structure), built on first use and shared by every analyzer.</summary>
    public DocumentSemantics Semantics => DocumentSemantics.For(Syntax);

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>A location in this document, for <see cref="Diagnostic.Create(DiagnosticDescriptor, Location, object?[])"/>.</summary>
    public Location GetLocation(TextSpan span) => Location.Create(Document.Path, Document.Text, span);
}
