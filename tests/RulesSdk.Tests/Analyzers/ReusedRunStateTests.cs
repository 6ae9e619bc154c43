using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Rules;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Analyzers;

/// <summary>
/// The driver reuses per-thread state from run to run (the diagnostics collector, the budget, the
/// prefilter cache, the generated analyzers' match lists): nothing may leak from one run into the next.
/// </summary>
public sealed class ReusedRunStateTests
{
    private static readonly DiagnosticDescriptor Rule = TestAnalyzer.Descriptor("TS0001");
    private static readonly DiagnosticDescriptor Other = TestAnalyzer.Descriptor("TS0002");

    [Fact]
    public void ConsecutiveRuns_OnOneThread_ReportOnlyTheirOwnDiagnostics()
    {
        var first = new TestAnalyzer("First", [Rule], c => c.RegisterDocumentAction(d =>
            d.ReportDiagnostic(Diagnostic.Create(Rule, d.GetLocation(new TextSpan(0, 3)), "first"))));
        var second = new TestAnalyzer("Second", [Other], c => c.RegisterDocumentAction(d =>
            d.ReportDiagnostic(Diagnostic.Create(Other, d.GetLocation(new TextSpan(4, 2)), "second"))));
        var driver = new AnalyzerDriver([first, second], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });

        var one = driver.AnalyzeDocument(TextDocument.Create("one.txt", "abc de fgh\n"));
        var two = driver.AnalyzeDocument(TextDocument.Create("two.txt", "xyz uv w\n"));

        Assert.Equal(["TS0001", "TS0002"], one.Select(d => d.Id));
        Assert.Equal(["TS0001", "TS0002"], two.Select(d => d.Id));
        Assert.All(two, d => Assert.Equal("two.txt", d.Location.Path));
    }

    [Fact]
    public void AContextKeptPastItsRun_CannotReportIntoALaterRun()
    {
        DocumentAnalysisContext? kept = null;
        var keeper = new TestAnalyzer("Keeper", [Rule], c => c.RegisterDocumentAction(d => kept = d));
        var driver = new AnalyzerDriver([keeper], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
        Assert.Empty(driver.AnalyzeDocument(TextDocument.Create("a.txt", "some text\n")));

        var late = Assert.Throws<InvalidOperationException>(() =>
            kept!.Value.ReportDiagnostic(Diagnostic.Create(Rule, kept.Value.GetLocation(new TextSpan(0, 4)), "late")));

        Assert.Contains("after its analyzer's run", late.Message, StringComparison.Ordinal);
        Assert.Empty(driver.AnalyzeDocument(TextDocument.Create("b.txt", "more text\n")));
    }

    [Fact]
    public void ALeaseReturned_IsEmptyWhenRentedAgain_AndNestedLeasesAreDistinct()
    {
        List<RuleMatch> firstList;
        using (var lease = RuleMatchPool.Rent())
        {
            firstList = lease.Matches;
            lease.Matches.Add(new RuleMatch(new TextSpan(0, 1), new TextSpan(0, 5)));
            using var nested = RuleMatchPool.Rent();
            Assert.NotSame(lease.Matches, nested.Matches);
            Assert.Empty(nested.Matches);
        }

        using var again = RuleMatchPool.Rent();
        Assert.Same(firstList, again.Matches);
        Assert.Empty(again.Matches);
    }

    [Fact]
    public void ABudgetSpentInOneRun_DoesNotCarryIntoTheNext()
    {
        using (var spent = RuleBudget.Start(TimeSpan.Zero))
        {
            Thread.Sleep(5);
            Assert.Throws<RuleBudgetExceededException>(() => RuleBudget.Check(7));
        }

        using var fresh = RuleBudget.Start(null);
        RuleBudget.Check(3);
        Assert.Equal(3, fresh.Budget.Position);
        Assert.Null(fresh.Budget.Budget);
    }
}
