using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>
/// One run of the driver over a set of documents, for analyzers with run start or end actions:
/// each such analyzer gets the actions its start actions registered for this run, and its end
/// actions see every document once all were analysed.
/// </summary>
internal sealed class AnalyzerRun
{
    private readonly ImmutableArray<TextDocument> _documents;
    private readonly List<(InitializedAnalyzer Entry, List<Action<RunEndAnalysisContext>> EndActions)> _ends = [];
    private readonly List<Diagnostic> _startFailures = [];

    private AnalyzerRun(ImmutableArray<TextDocument> documents, ImmutableArray<InitializedAnalyzer> analyzers)
    {
        _documents = documents;
        Analyzers = analyzers;
    }

    /// <summary>The analyzers with the actions of this run: the same as the driver's for analyzers without run actions.</summary>
    public ImmutableArray<InitializedAnalyzer> Analyzers { get; private set; }

    public static AnalyzerRun Start(ImmutableArray<InitializedAnalyzer> analyzers, ImmutableArray<TextDocument> documents, CancellationToken cancellationToken)
    {
        var run = new AnalyzerRun(documents, analyzers);
        var forRun = ImmutableArray.CreateBuilder<InitializedAnalyzer>(analyzers.Length);
        foreach (var entry in analyzers)
        {
            if (!entry.Actions.HasRunActions)
            {
                forRun.Add(entry);
                continue;
            }

            var actions = entry.Actions.CopyDocumentActions();
            try
            {
                foreach (var start in entry.Actions.RunStartActions)
                {
                    start(new RunStartAnalysisContext(actions, documents, cancellationToken));
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A start action that fails leaves the analyzer with what it registered in Initialize.
                actions = entry.Actions.CopyDocumentActions();
                run._startFailures.Add(run.Failure(entry.Analyzer, "run start", ex));
            }

            var runEntry = entry with { Actions = actions };
            forRun.Add(runEntry);
            if (actions.RunEndActions.Count > 0)
            {
                run._ends.Add((runEntry, actions.RunEndActions));
            }
        }

        run.Analyzers = forRun.MoveToImmutable();
        return run;
    }

    /// <summary>Runs the end actions; what they report joins <paramref name="collected"/> (one list per document, in run order).</summary>
    public void End(IReadOnlyList<List<Diagnostic>> collected, CancellationToken cancellationToken)
    {
        if (_documents.IsEmpty)
        {
            return;
        }

        collected[0].AddRange(_startFailures);
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _documents.Length; i++)
        {
            byPath.TryAdd(_documents[i].Path, i);
        }

        foreach (var (entry, endActions) in _ends)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reported = new List<(int Document, Diagnostic Diagnostic)>();
            void Report(Diagnostic diagnostic)
            {
                ArgumentNullException.ThrowIfNull(diagnostic);
                if (!byPath.TryGetValue(diagnostic.Location.Path, out var index))
                {
                    throw new ArgumentException($"Reported diagnostic '{diagnostic.Id}' is located in '{diagnostic.Location.Path}', which is not a document of this run.");
                }

                AnalyzerDriver.EnsureReportable(diagnostic, entry.Supported, _documents[index]);
                reported.Add((index, diagnostic));
            }

            var context = new RunEndAnalysisContext(_documents, Report, cancellationToken);
            try
            {
                foreach (var end in endActions)
                {
                    end(context);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                collected[0].Add(Failure(entry.Analyzer, "run end", ex));
            }

            foreach (var (index, diagnostic) in reported)
            {
                collected[index].Add(diagnostic);
            }
        }
    }

    // Reported at the start of the run's first document, as an analyzer exception on a document is
    // (a run without documents has nowhere to report it).
    private Diagnostic Failure(DocumentAnalyzer analyzer, string stage, Exception ex)
    {
        var location = _documents.IsEmpty ? Location.None : Location.Create(_documents[0].Path, _documents[0].Text, default);
        return Diagnostic.Create(
            SdkDiagnostics.AnalyzerException,
            location,
            analyzer.ToString(),
            ex.GetType().Name,
            $"{ex.Message} (in its {stage} action)");
    }
}
