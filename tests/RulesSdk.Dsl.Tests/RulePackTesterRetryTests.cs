using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.Dsl.Tests;

/// <summary>
/// A rule's examples run under wall-clock limits; a case that fails only because the machine was starved
/// passes on a later run (up to four more when the failure says it ran out of time), and a case that is wrong
/// fails twice.
/// </summary>
public class RulePackTesterRetryTests
{
    private static readonly DiagnosticDescriptor Rule = new("PL0001", "Zut", "'{0}' is flagged", "style", DiagnosticSeverity.Warning, true);

    private static RuleInfo Info(params RuleExample[] examples) =>
        new(Rule, "Zut", "document", "any", [], false, [.. examples], "rules.txt", 1);

    [Fact]
    public void A_case_that_times_out_once_passes_on_its_second_run()
    {
        var analyzer = new ZutAnalyzer(timeOutsBeforeWorking: 1);
        var result = Assert.Single(RulePackTester.Run([Info(new RuleExample("Oh zut.", null, false, "rules.txt", 3))], [analyzer], []));
        Assert.True(result.Passed, result.Failure);
        Assert.Equal(2, analyzer.Runs);
    }

    [Fact]
    public void A_case_starved_several_times_in_a_row_passes_once_it_gets_the_time()
    {
        var analyzer = new ZutAnalyzer(timeOutsBeforeWorking: 3);
        var result = Assert.Single(RulePackTester.Run([Info(new RuleExample("Oh zut.", null, false, "rules.txt", 3))], [analyzer], []));
        Assert.True(result.Passed, result.Failure);
        Assert.Equal(4, analyzer.Runs);
    }

    [Fact]
    public void A_case_that_times_out_every_time_fails_with_the_timeout_after_five_runs()
    {
        var analyzer = new ZutAnalyzer(timeOutsBeforeWorking: int.MaxValue);
        var result = Assert.Single(RulePackTester.Run([Info(new RuleExample("Oh zut.", null, false, "rules.txt", 3))], [analyzer], []));
        Assert.False(result.Passed);
        Assert.Contains("timed out", result.Failure, StringComparison.Ordinal);
        Assert.Equal(5, analyzer.Runs);
    }

    [Fact]
    public void A_wrong_case_fails_after_its_second_run_and_a_passing_case_runs_once()
    {
        var analyzer = new ZutAnalyzer(timeOutsBeforeWorking: 0);
        var results = RulePackTester.Run(
            [Info(new RuleExample("Rien ici.", null, false, "rules.txt", 3), new RuleExample("Oh là.", null, true, "rules.txt", 4))],
            [analyzer],
            []);
        Assert.Equal("the example is not flagged", results[0].Failure);
        Assert.True(results[1].Passed, results[1].Failure);
        Assert.Equal(3, analyzer.Runs);
    }

    /// <summary>Flags "zut"; its first runs throw the exception a regex past its limit throws.</summary>
    private sealed class ZutAnalyzer(int timeOutsBeforeWorking) : DocumentAnalyzer
    {
        public int Runs { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        {
            Runs++;
            if (Runs <= timeOutsBeforeWorking)
            {
                throw new RegexMatchTimeoutException("zut", "zut", TimeSpan.FromMilliseconds(1));
            }

            var text = c.Text.ToString();
            var i = text.IndexOf("zut", StringComparison.Ordinal);
            if (i >= 0)
            {
                c.ReportDiagnostic(Diagnostic.Create(Rule, c.GetLocation(new TextSpan(i, 3)), "zut"));
            }
        });
    }
}
