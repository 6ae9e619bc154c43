using System.Collections.Immutable;
using RulesSdk.Cli.Loading;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Formatting;

/// <summary>Everything a formatter prints for one <c>docrules check</c> run.</summary>
public sealed record AnalysisReport(
    string Root,
    RuleCatalog Catalog,
    ImmutableArray<TextDocument> Documents,
    ImmutableArray<ReportedDiagnostic> Diagnostics,
    ImmutableArray<DocumentLoadFailure> Failures)
{
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Diagnostic.Severity == severity);

    /// <summary>"3 files, 5 warnings, 0 errors, 1 info", then ", 1 skipped" when files were skipped (binary, too large, not regular).</summary>
    public string Summary =>
        $"{Plural(Documents.Length, "file")}, {Plural(Count(DiagnosticSeverity.Warning), "warning")}, {Plural(Count(DiagnosticSeverity.Error), "error")}, {Count(DiagnosticSeverity.Info)} info" +
        (Failures.Count(f => f.IsSkip) is > 0 and var skipped ? $", {skipped} skipped" : string.Empty);

    /// <summary>"1 file", "2 files"; <paramref name="plural"/> for irregular nouns ("fixes").</summary>
    public static string Plural(int count, string noun, string? plural = null) => count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";
}
