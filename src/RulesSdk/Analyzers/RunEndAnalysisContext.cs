using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>
/// What a run end action sees: every document of the run. A diagnostic may be reported on any of
/// them (its location's path names the document); configuration and suppressions apply to it as to
/// any other.
/// </summary>
public sealed class RunEndAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    internal RunEndAnalysisContext(ImmutableArray<TextDocument> documents, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Documents = documents;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>Every document of the run, in the order the host gave them.</summary>
    public ImmutableArray<TextDocument> Documents { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Reports on the document the location's path names; it must be a document of this run.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>A location in one of the run's documents.</summary>
    public static Location GetLocation(TextDocument document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Location.Create(document.Path, document.Text, span);
    }
}
