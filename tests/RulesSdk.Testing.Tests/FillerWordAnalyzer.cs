using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.Testing.Tests;

/// <summary>TST0001: the filler word "basically", outside quotation marks. A small hand-written analyzer to test the verifiers with.</summary>
public sealed partial class FillerWordAnalyzer : DocumentAnalyzer
{
    public const string DiagnosticId = "TST0001";

    public static DiagnosticDescriptor Rule { get; } = new(
        DiagnosticId,
        "Filler word",
        "'{0}' adds nothing",
        "style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(context =>
        {
            foreach (Match match in Filler().Matches(context.Text.ToString()))
            {
                if (context.Syntax.IsInQuote(match.Index))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(Rule, context.GetLocation(new TextSpan(match.Index, match.Length)), match.Value));
            }
        });

    [GeneratedRegex(@"\bbasically\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Filler();
}

/// <summary>TST0002: "!!" (a doubled exclamation mark). Its fix halves a run, so "!!!!" needs two fix-all passes.</summary>
public sealed partial class DoubledExclamationAnalyzer : DocumentAnalyzer
{
    public const string DiagnosticId = "TST0002";

    public static DiagnosticDescriptor Rule { get; } = new(
        DiagnosticId,
        "Doubled exclamation mark",
        "Use one exclamation mark",
        "style",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(context =>
        {
            foreach (Match match in Doubled().Matches(context.Text.ToString()))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.GetLocation(new TextSpan(match.Index, match.Length))));
            }
        });

    [GeneratedRegex("!!", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Doubled();
}
