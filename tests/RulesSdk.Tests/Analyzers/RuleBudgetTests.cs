using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Rules;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Analyzers;

/// <summary>
/// A rule that spends its time budget on a document (each regex match within its own timeout) is
/// stopped and reported as DR0002 with its rule id where it was working (issue 13, item 14).
/// </summary>
public sealed class RuleBudgetTests
{
    private static readonly DiagnosticDescriptor Slow = TestAnalyzer.Descriptor("SL0001");
    private static readonly DiagnosticDescriptor Fast = TestAnalyzer.Descriptor("FA0001");

    /// <summary>Matches a regex in every sentence, as generated rules do; each match then costs <paramref name="perMatch"/>.</summary>
    private static TestAnalyzer SlowSentenceRule(TimeSpan perMatch) =>
        new("SlowSentenceRule", [Slow], context => context.RegisterSentenceAction(sentence =>
        {
            var matches = new List<RuleMatch>();
            new RegexRuleMatcher(new Regex("slow", RegexOptions.None, TimeSpan.FromSeconds(1))).Match(sentence.Syntax, sentence.Sentence.Span, matches);
            foreach (var match in matches)
            {
                Thread.Sleep(perMatch);
                sentence.ReportDiagnostic(Diagnostic.Create(Slow, sentence.GetLocation(match.Span), "slow"));
            }
        }));

    [Fact]
    public void SpentBudget_IsDR0002WithTheRuleIdAtThePositionReached()
    {
        // One block of many sentences, then another block: the budget runs out inside the first.
        var text = string.Join(' ', Enumerable.Repeat("It is slow.", 200)) + "\n\nA second slow block.\n";
        var options = new AnalyzerDriverOptions { RuleTimeout = TimeSpan.FromMilliseconds(100) };
        var analyzers = new DocumentAnalyzer[] { SlowSentenceRule(TimeSpan.FromMilliseconds(20)), TestAnalyzer.ReportingLiteral(Fast, "second") };

        var diagnostics = new AnalyzerDriver(analyzers, options).AnalyzeDocument(TextDocument.Create("doc.txt", text));

        var timedOut = Assert.Single(diagnostics, d => d.Id == "DR0002");
        Assert.Equal("Rule 'SL0001' timed out on this document (it ran longer than its budget of 100 ms) and was skipped for it", timedOut.GetMessage());
        Assert.InRange(timedOut.Location.SourceSpan.Start, 12, text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal("slow", text.Substring(timedOut.Location.SourceSpan.Start, 4));
        Assert.True(diagnostics.Count(d => d.Id == "SL0001") < 200);
        Assert.Single(diagnostics, d => d.Id == "FA0001");
    }

    [Fact]
    public void WithoutABudget_TheRuleRunsToTheEnd()
    {
        var text = string.Join(' ', Enumerable.Repeat("It is slow.", 20)) + "\n";

        var diagnostics = new AnalyzerDriver([SlowSentenceRule(TimeSpan.Zero)]).AnalyzeDocument(TextDocument.Create("doc.txt", text));

        Assert.Equal(20, diagnostics.Count(d => d.Id == "SL0001"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "DR0002");
    }

    [Fact]
    public void RegexTimeout_IsReportedWhereTheRuleWasWorking()
    {
        var evil = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(20));
        var analyzer = new TestAnalyzer("Evil", [Slow], c => c.RegisterBlockAction(b => evil.IsMatch(b.Block.Text)));
        var text = "Fine.\n\n" + new string('a', 40) + "!\n";

        var timedOut = Assert.Single(new AnalyzerDriver([analyzer]).AnalyzeDocument(TextDocument.Create("doc.txt", text)));

        Assert.Equal("DR0002", timedOut.Id);
        Assert.Equal(new TextSpan(7, 0), timedOut.Location.SourceSpan);
        Assert.Contains("'SL0001'", timedOut.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, 0, 1000)]
    [InlineData(1000, 100_000, 1000)]
    [InlineData(1000, 150_000, 1500)]
    [InlineData(1000, 1_000_000, 10_000)]
    [InlineData(250, 10_485_760, 26_214.4)]
    public void TheBudget_IsPerHundredThousandCharacters_NeverLessThanConfigured(long milliseconds, int length, double expected)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expected), RuleBudget.ScaledFor(TimeSpan.FromMilliseconds(milliseconds), length));
    }

    [Fact]
    public void NoBudget_StaysNone_AndAHugeOneSaturates()
    {
        Assert.Null(RuleBudget.ScaledFor(null, 1_000_000));
        Assert.Equal(TimeSpan.MaxValue, RuleBudget.ScaledFor(TimeSpan.FromMilliseconds(922_337_203_685_477L), 1_000_000));
        Assert.Equal(long.MaxValue, RuleBudget.DeadlineOf(RuleBudget.ScaledFor(TimeSpan.FromMilliseconds(922_337_203_685_477L), 1_000_000)!.Value));
    }

    [Fact]
    public void ARunawayRule_OnALongDocument_IsStillStopped_AtItsScaledBudget()
    {
        // 200,000 characters: twice the configured 50 ms. Unstopped, the rule would sleep 20 ms for each of its 16,666 sentences.
        var text = string.Concat(Enumerable.Repeat("It is slow. ", 16_666)) + "The end.";
        Assert.Equal(200_000, text.Length);
        var options = new AnalyzerDriverOptions { RuleTimeout = TimeSpan.FromMilliseconds(50) };

        var diagnostics = new AnalyzerDriver([SlowSentenceRule(TimeSpan.FromMilliseconds(20))], options).AnalyzeDocument(TextDocument.Create("doc.txt", text));

        var timedOut = Assert.Single(diagnostics, d => d.Id == "DR0002");
        Assert.Equal("Rule 'SL0001' timed out on this document (it ran longer than its budget of 100 ms) and was skipped for it", timedOut.GetMessage());
        Assert.InRange(diagnostics.Count(d => d.Id == "SL0001"), 1, 100);
    }

    [Theory]
    [InlineData(922_337_203_685_477L)]
    [InlineData(10_000_000_000_000L)]
    public void AHugeBudget_MeansNoDeadline_NotAnOverflowThatStopsEveryRule(long milliseconds)
    {
        // The deadline (now + budget in timestamp ticks) would wrap into the past; it saturates instead.
        var options = new AnalyzerDriverOptions { RuleTimeout = TimeSpan.FromMilliseconds(milliseconds) };
        var text = string.Join(' ', Enumerable.Repeat("It is slow.", 20)) + "\n";

        var diagnostics = new AnalyzerDriver([SlowSentenceRule(TimeSpan.Zero)], options).AnalyzeDocument(TextDocument.Create("doc.txt", text));

        Assert.DoesNotContain(diagnostics, d => d.Id == "DR0002");
        Assert.Equal(20, diagnostics.Count(d => d.Id == "SL0001"));
    }

    [Fact]
    public void Deadline_Saturates()
    {
        Assert.Equal(long.MaxValue, RuleBudget.DeadlineOf(TimeSpan.MaxValue));
        Assert.Equal(long.MaxValue, RuleBudget.DeadlineOf(TimeSpan.FromMilliseconds(922_337_203_685_477L)));
        Assert.True(RuleBudget.DeadlineOf(TimeSpan.MinValue) <= System.Diagnostics.Stopwatch.GetTimestamp());
        Assert.InRange(RuleBudget.DeadlineOf(TimeSpan.FromHours(1)), System.Diagnostics.Stopwatch.GetTimestamp(), long.MaxValue - 1);
    }
}
