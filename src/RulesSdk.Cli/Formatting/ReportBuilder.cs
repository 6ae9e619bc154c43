using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Cli.Loading;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Formatting;

/// <summary>Turns analysis results into a report: hidden diagnostics dropped, sorted by path and position, fixes computed when asked.</summary>
public static class ReportBuilder
{
    public static async Task<AnalysisReport> BuildAsync(
        string root,
        RuleCatalog catalog,
        ImmutableArray<TextDocument> documents,
        IEnumerable<DocumentAnalysisResult> results,
        ImmutableArray<DocumentLoadFailure> failures,
        bool includeFixes,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(error);
        var service = new CodeFixService(catalog.CodeFixProviders);
        var reported = new List<ReportedDiagnostic>();
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Hidden)
                {
                    continue;
                }

                var fixes = includeFixes
                    ? await GetFixesAsync(service, result.Document, diagnostic, error, cancellationToken).ConfigureAwait(false)
                    : [];
                reported.Add(new ReportedDiagnostic(result.Document, diagnostic, fixes));
            }
        }

        reported.Sort(Compare);
        return new AnalysisReport(root, catalog, documents, [.. reported], failures);
    }

    /// <summary>Every fix offered for <paramref name="diagnostic"/>, the safe one first; a fixer that fails is named on stderr and skipped.</summary>
    public static async Task<ImmutableArray<ReportedFix>> GetFixesAsync(
        CodeFixService service,
        TextDocument document,
        Diagnostic diagnostic,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(error);
        if (!service.HasFixes(diagnostic.Id))
        {
            return [];
        }

        var failures = new List<string>();
        var fixes = await service.GetFixesAsync(document, diagnostic, failures, cancellationToken).ConfigureAwait(false);
        foreach (var failure in failures)
        {
            error.WriteLine($"{diagnostic.Location}: warning: {failure}");
        }

        var builder = ImmutableArray.CreateBuilder<ReportedFix>(fixes.Length);
        foreach (var fix in fixes)
        {
            try
            {
                var changes = await fix.Action.GetChangesAsync(document, cancellationToken).ConfigureAwait(false);
                // Checked as applying it would check, without building the whole new text for each fix.
                document.Text.CheckChanges(changes);
                builder.Add(new ReportedFix(fix.Action.Title, fix.IsSafe, [.. changes.OrderBy(c => c.Span.Start)]));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                error.WriteLine($"{diagnostic.Location}: warning: fix '{fix.Action.Title}' of {diagnostic.Id} failed: {ex.Message}");
            }
        }

        return builder.ToImmutable();
    }

    public static int Compare(ReportedDiagnostic a, ReportedDiagnostic b)
    {
        var byPath = string.CompareOrdinal(a.Document.Path, b.Document.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byPosition = a.Diagnostic.Location.SourceSpan.CompareTo(b.Diagnostic.Location.SourceSpan);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(a.Diagnostic.Id, b.Diagnostic.Id);
    }
}
