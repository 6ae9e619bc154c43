using System.Collections.Concurrent;
using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Analyzers;

/// <summary>Run start and end actions: state per run, diagnostics across documents, failures isolated.</summary>
public sealed class RunActionTests
{
    private static readonly DiagnosticDescriptor Inconsistent = TestAnalyzer.Descriptor("TS0101", message: "'{0}' here, but '{1}' in {2} other document(s)");
    private static readonly DiagnosticDescriptor Literal = TestAnalyzer.Descriptor("TS0102");

    /// <summary>Flags "e-mail" where other documents of the run write "email" more often (the minority spelling loses).</summary>
    private static TestAnalyzer Consistency() => new("Consistency", [Inconsistent], context => context.RegisterRunStartAction(start =>
    {
        var hyphenated = new ConcurrentBag<(TextDocument Document, TextSpan Span)>();
        var plain = new ConcurrentBag<string>();
        start.RegisterDocumentAction(document =>
        {
            var text = document.Text.ToString();
            for (var i = text.IndexOf("e-mail", StringComparison.Ordinal); i >= 0; i = text.IndexOf("e-mail", i + 1, StringComparison.Ordinal))
            {
                hyphenated.Add((document.Document, new TextSpan(i, 6)));
            }

            if (text.Contains(" email", StringComparison.Ordinal))
            {
                plain.Add(document.Document.Path);
            }
        });
        start.RegisterRunEndAction(end =>
        {
            var others = plain.Distinct().Count();
            if (others == 0)
            {
                return;
            }

            foreach (var (document, span) in hyphenated.OrderBy(h => h.Document.Path, StringComparer.Ordinal).ThenBy(h => h.Span.Start))
            {
                end.ReportDiagnostic(Diagnostic.Create(Inconsistent, RunEndAnalysisContext.GetLocation(document, span), "e-mail", "email", others));
            }
        });
    }));

    private static ImmutableArray<TextDocument> Docs(params (string Path, string Text)[] documents) =>
        [.. documents.Select(d => TextDocument.Create(d.Path, d.Text))];

    [Fact]
    public async Task RunEndAction_ReportsOnTheDocumentItNames_AfterSeeingAll()
    {
        var driver = new AnalyzerDriver([Consistency()]);
        var results = await driver.AnalyzeAsync(Docs(
            ("a.md", "Send an e-mail to the desk.\n"),
            ("b.md", "Send an email to the desk.\n"),
            ("c.md", "Nothing to see here.\n")));

        var diagnostic = Assert.Single(results[0].Diagnostics);
        Assert.Equal("a.md(1,9): warning TS0101: 'e-mail' here, but 'email' in 1 other document(s)", diagnostic.ToString());
        Assert.Empty(results[1].Diagnostics);
        Assert.Empty(results[2].Diagnostics);
    }

    [Fact]
    public async Task RunStartAction_StateLivesForOneRunOnly()
    {
        var driver = new AnalyzerDriver([Consistency()]);
        var first = await driver.AnalyzeAsync(Docs(("a.md", "An e-mail.\n"), ("b.md", "An email.\n")));
        Assert.Single(first[0].Diagnostics);

        // A second run without "email" anywhere: nothing from the first run may leak into it.
        var second = await driver.AnalyzeAsync(Docs(("a.md", "An e-mail.\n")));
        Assert.Empty(second[0].Diagnostics);
    }

    [Fact]
    public void AnalyzeOneDocument_IsARunOfItsOwn()
    {
        var driver = new AnalyzerDriver([Consistency()]);

        var diagnostics = driver.AnalyzeDocument(TextDocument.Create("a.md", "An e-mail, then an email.\n"));

        Assert.Equal("TS0101", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public async Task RunEndDiagnostics_FollowConfigurationAndSuppressions()
    {
        var configuration = DocRulesConfiguration.Parse("""{ "overrides": [ { "files": ["quiet/**"], "rules": { "TS0101": "none" } } ] }""", "/work/.docrules.json");
        var driver = new AnalyzerDriver([Consistency()], new AnalyzerDriverOptions { Configuration = configuration });

        var results = await driver.AnalyzeAsync(Docs(
            ("quiet/a.md", "An e-mail.\n"),
            ("b.md", "<!-- docrules-disable-next-line TS0101 -->\nAn e-mail.\n"),
            ("c.md", "An e-mail and an email.\n")));

        Assert.Empty(results[0].Diagnostics);
        Assert.Empty(results[1].Diagnostics);
        Assert.Equal(1, results[1].SuppressedCount);
        Assert.Equal("TS0101", Assert.Single(results[2].Diagnostics).Id);
    }

    [Fact]
    public async Task RunEndAction_ReportingOutsideTheRun_IsAnAnalyzerException()
    {
        var stray = TextDocument.Create("elsewhere.md", "An e-mail.\n");
        var analyzer = new TestAnalyzer("Stray", [Literal], context => context.RegisterRunEndAction(end =>
            end.ReportDiagnostic(Diagnostic.Create(Literal, RunEndAnalysisContext.GetLocation(stray, new TextSpan(3, 6)), "x"))));

        var results = await new AnalyzerDriver([analyzer]).AnalyzeAsync(Docs(("a.md", "Text.\n"), ("b.md", "More.\n")));

        var failure = Assert.Single(results[0].Diagnostics);
        Assert.Equal("DR0001", failure.Id);
        Assert.Contains("not a document of this run", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("run end", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(results[1].Diagnostics);
    }

    [Fact]
    public async Task RunStartAction_ThatThrows_KeepsTheAnalyzersOwnActions()
    {
        var analyzer = new TestAnalyzer("Half", [Literal], context =>
        {
            context.RegisterDocumentAction(document =>
            {
                var index = document.Text.ToString().IndexOf("tag", StringComparison.Ordinal);
                if (index >= 0)
                {
                    document.ReportDiagnostic(Diagnostic.Create(Literal, document.GetLocation(new TextSpan(index, 3)), "tag"));
                }
            });
            context.RegisterRunStartAction(_ => throw new InvalidOperationException("no state today"));
        });

        var results = await new AnalyzerDriver([analyzer]).AnalyzeAsync(Docs(("a.md", "A tag.\n")));

        Assert.Equal(["DR0001", "TS0102"], results[0].Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Contains(results[0].Diagnostics, d => d.GetMessage().Contains("no state today (in its run start action)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunEndAction_UndeclaredId_IsAnAnalyzerException()
    {
        var analyzer = new TestAnalyzer("Undeclared", [Literal], context => context.RegisterRunEndAction(end =>
        {
            var document = end.Documents[0];
            end.ReportDiagnostic(Diagnostic.Create(Inconsistent, RunEndAnalysisContext.GetLocation(document, new TextSpan(0, 1)), "a", "b", 1));
        }));

        var results = await new AnalyzerDriver([analyzer]).AnalyzeAsync(Docs(("a.md", "Text.\n")));

        Assert.Contains("not in SupportedDiagnostics", Assert.Single(results[0].Diagnostics).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunEndAction_SeesEveryDocument_InOrder()
    {
        ImmutableArray<string> seen = [];
        var analyzer = new TestAnalyzer("Seer", [Literal], context => context.RegisterRunEndAction(end => seen = [.. end.Documents.Select(d => d.Path)]));

        await new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 4 })
            .AnalyzeAsync(Docs(("z.md", "1\n"), ("a.md", "2\n"), ("m.md", "3\n")));

        Assert.Equal(["z.md", "a.md", "m.md"], seen.ToArray());
    }

    [Fact]
    public async Task Progress_IsReportedOncePerDocument_WithAndWithoutRunActions()
    {
        foreach (var analyzer in (TestAnalyzer[])[Consistency(), TestAnalyzer.ReportingLiteral(Literal, "x")])
        {
            var count = 0;
            var progress = new SynchronousProgress(n => Interlocked.Add(ref count, n));
            await new AnalyzerDriver([analyzer]).AnalyzeAsync(Docs(("a.md", "1\n"), ("b.md", "2\n"), ("c.md", "3\n")), progress);
            Assert.Equal(3, count);
        }
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
