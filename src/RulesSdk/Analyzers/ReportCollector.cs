using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>
/// Where one analyzer's diagnostics on one document go while it runs: checked as Roslyn checks them, then
/// kept in order. One instance per thread is reused from run to run (an analyzer runs on one thread from
/// start to end), so a run costs no list, closure or delegate of its own.
/// </summary>
internal sealed class ReportCollector
{
    // A collector that held this many diagnostics is not kept: one odd document should not pin a large list.
    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static ReportCollector? t_free;

    private ImmutableArray<DiagnosticDescriptor> _supported;
    private TextDocument? _document;

    private ReportCollector() => Report = Add;

    /// <summary>The diagnostics reported so far, in the order they came.</summary>
    public List<Diagnostic> Reported { get; } = [];

    /// <summary>The callback handed to the analyzer's context.</summary>
    public Action<Diagnostic> Report { get; }

    /// <summary>An empty collector for one run of an analyzer on <paramref name="document"/>; give it back with <see cref="Return"/>.</summary>
    public static ReportCollector Rent(TextDocument document, ImmutableArray<DiagnosticDescriptor> supported)
    {
        var collector = t_free ?? new ReportCollector();
        t_free = null;
        collector._document = document;
        collector._supported = supported;
        return collector;
    }

    /// <summary>Empties the collector and keeps it for the thread's next run.</summary>
    public void Return()
    {
        _document = null;
        _supported = default;
        if (Reported.Capacity <= MaxKeptCapacity)
        {
            Reported.Clear();
            t_free = this;
        }
    }

    private void Add(Diagnostic diagnostic)
    {
        // A context kept past its run and used later finds no document here: refused, as a report after the run ends.
        var document = _document ?? throw new InvalidOperationException("A diagnostic was reported after its analyzer's run on the document ended.");
        AnalyzerDriver.EnsureReportable(diagnostic, _supported, document);
        Reported.Add(diagnostic);
    }
}
