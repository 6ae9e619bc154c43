using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.CodeFixes;

public sealed class FixAllRunnerTests
{
    private static readonly DiagnosticDescriptor R1 = TestAnalyzer.Descriptor("FX0001");
    private static readonly DiagnosticDescriptor R2 = TestAnalyzer.Descriptor("FX0002");

    /// <summary>Reports <paramref name="descriptor"/> on every span <paramref name="find"/> returns for the text.</summary>
    private static TestAnalyzer Finder(DiagnosticDescriptor descriptor, Func<string, IEnumerable<TextSpan>> find) =>
        new("Find" + descriptor.Id, [descriptor], context => context.RegisterDocumentAction(document =>
        {
            foreach (var span in find(document.Text.ToString()))
            {
                document.ReportDiagnostic(Diagnostic.Create(descriptor, document.GetLocation(span), document.Text.ToString(span)));
            }
        }));

    /// <summary>Reports at position 0 while the text lacks <paramref name="marker"/>; the fix inserts it there.</summary>
    private static (TestAnalyzer, TestFixer) InsertAtStart(DiagnosticDescriptor descriptor, string marker) =>
        (Finder(descriptor, text => text.Contains(marker, StringComparison.Ordinal) ? [] : [new TextSpan(0, 0)]),
         TestFixer.Replacing(descriptor.Id, marker, "Insert " + marker));

    private static FixAllRunner Runner(IEnumerable<DocumentAnalyzer> analyzers, IEnumerable<CodeFixProvider> fixers) =>
        new(new AnalyzerDriver(analyzers), new CodeFixService(fixers));

    private static TextDocument Doc(string text) => TextDocument.Create("doc.txt", text);

    [Fact]
    public async Task NonOverlappingFixes_AreMergedInOnePass()
    {
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "colour"), TestAnalyzer.ReportingLiteral(R2, "flavour")],
            [TestFixer.Replacing("FX0001", "color"), TestFixer.Replacing("FX0002", "flavor")]);

        var result = await runner.FixDocumentAsync(Doc("colour, flavour and colour."));

        Assert.Equal("color, flavor and color.", result.FixedText.ToString());
        Assert.Equal(1, result.Passes);
        Assert.True(result.ReachedFixedPoint);
        Assert.True(result.Changed);
        Assert.Empty(result.Skipped);
        Assert.Empty(result.RemainingDiagnostics);
        Assert.Equal(["FX0001@0", "FX0001@20", "FX0002@8"], result.Applied.Select(a => $"{a.Diagnostic.Id}@{a.Diagnostic.Location.SourceSpan.Start}"));
        Assert.All(result.Applied, a => Assert.Equal(1, a.Pass));
        Assert.Equal("Replace with 'color'", result.Applied[0].Title);
        Assert.Equal([new TextChange(new TextSpan(0, 6), "color")], result.Applied[0].Changes.ToArray());
    }

    [Fact]
    public async Task TouchingFixes_BothApplyInOnePass()
    {
        var runner = Runner(
            [Finder(R1, t => t.StartsWith('a') ? [new TextSpan(0, 1)] : []), Finder(R2, t => t.Length > 1 && t[1] == 'b' ? [new TextSpan(1, 1)] : [])],
            [TestFixer.Replacing("FX0001", "A"), TestFixer.Replacing("FX0002", "B")]);

        var result = await runner.FixDocumentAsync(Doc("ab"));

        Assert.Equal("AB", result.FixedText.ToString());
        Assert.Equal(1, result.Passes);
    }

    [Fact]
    public async Task OverlappingFix_IsSkippedThenRetriedInALaterPass()
    {
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "teh"), Finder(R2, t => t.Length > 0 && char.IsLower(t[0]) ? [new TextSpan(0, 1)] : [])],
            [TestFixer.Replacing("FX0001", "the"), TestFixer.Computing("FX0002", (d, c) => [new TextChange(c.Span, d.Text.ToString(c.Span).ToUpperInvariant())])]);

        var result = await runner.FixDocumentAsync(Doc("teh cat sat on teh mat."));

        Assert.Equal("The cat sat on the mat.", result.FixedText.ToString());
        Assert.Equal(["FX0001:1", "FX0001:1", "FX0002:2"], result.Applied.Select(a => $"{a.Diagnostic.Id}:{a.Pass}"));
        Assert.Equal(2, result.Passes);
        Assert.True(result.ReachedFixedPoint);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public async Task SamePointInsertions_AreOrderedByRuleOrder_Deterministically()
    {
        var (a1, f1) = InsertAtStart(R1, "[1]");
        var (a2, f2) = InsertAtStart(R2, "[2]");

        var forward = await Runner([a1, a2], [f1, f2]).FixDocumentAsync(Doc("texte"));
        var again = await Runner([a1, a2], [f2, f1]).FixDocumentAsync(Doc("texte"));
        var backward = await Runner([a2, a1], [f1, f2]).FixDocumentAsync(Doc("texte"));

        Assert.Equal("[2][1]texte", forward.FixedText.ToString());
        Assert.Equal(forward.FixedText.ToString(), again.FixedText.ToString());
        Assert.Equal("[1][2]texte", backward.FixedText.ToString());
        Assert.Equal(2, forward.Passes);
        Assert.True(forward.ReachedFixedPoint);
    }

    [Fact]
    public async Task SecondRun_ChangesNothing()
    {
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "teh"), Finder(R2, t => t.Length > 0 && char.IsLower(t[0]) ? [new TextSpan(0, 1)] : [])],
            [TestFixer.Replacing("FX0001", "the"), TestFixer.Computing("FX0002", (d, c) => [new TextChange(c.Span, d.Text.ToString(c.Span).ToUpperInvariant())])]);
        var first = await runner.FixDocumentAsync(Doc("teh end"));

        var second = await runner.FixDocumentAsync(first.Document.WithText(first.FixedText));

        Assert.Equal("The end", first.FixedText.ToString());
        Assert.False(second.Changed);
        Assert.Empty(second.Applied);
        Assert.Equal(0, second.Passes);
        Assert.True(second.ReachedFixedPoint);
        Assert.True(second.FixedText.ContentEquals(first.FixedText));
    }

    [Fact]
    public async Task Suggestions_AreNeverApplied()
    {
        var suggester = new TestFixer("Suggester", ["FX0001"], context =>
        {
            context.RegisterSuggestion(CodeAction.Create("Maybe", [new TextChange(context.Span, "color")]));
            return Task.CompletedTask;
        });
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "colour")], [suggester]);

        var result = await runner.FixDocumentAsync(Doc("colour colour"));

        Assert.False(result.Changed);
        Assert.Empty(result.Applied);
        Assert.Empty(result.Skipped);
        Assert.Equal(2, result.RemainingDiagnostics.Length);
        Assert.True(result.ReachedFixedPoint);
    }

    [Fact]
    public async Task PassCap_ReportsTheFixesLeft()
    {
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "teh"), Finder(R2, t => t.Length > 0 && char.IsLower(t[0]) ? [new TextSpan(0, 1)] : [])],
            [TestFixer.Replacing("FX0001", "the"), TestFixer.Computing("FX0002", (d, c) => [new TextChange(c.Span, d.Text.ToString(c.Span).ToUpperInvariant())])]);

        var result = await runner.FixDocumentAsync(Doc("teh end"), new FixAllOptions { MaxPasses = 1 });

        Assert.Equal("the end", result.FixedText.ToString());
        Assert.Equal(1, result.Passes);
        Assert.False(result.ReachedFixedPoint);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("FX0002", skipped.Diagnostic.Id);
        Assert.Equal("pass cap (1) reached before this fix could run", skipped.Reason);
        Assert.Equal("FX0002", Assert.Single(result.RemainingDiagnostics).Id);
    }

    [Fact]
    public async Task NeverEndingFix_StopsAtTheDefaultCap()
    {
        var runner = Runner(
            [Finder(R1, t => t.Length < 1000 ? [new TextSpan(t.Length, 0)] : [])],
            [TestFixer.Replacing("FX0001", "+")]);

        var result = await runner.FixDocumentAsync(Doc("x"));

        Assert.Equal("x" + new string('+', FixAllOptions.Default.MaxPasses), result.FixedText.ToString());
        Assert.Equal(FixAllOptions.Default.MaxPasses, result.Passes);
        Assert.False(result.ReachedFixedPoint);
        Assert.Contains("pass cap (8)", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixThatFeedsItsOwnMatch_StopsBeforeTheTextOutgrowsTheCap_AndKeepsTheLastText()
    {
        // "a" => "aa" doubles the text and its findings on every pass: 8 passes would make it 256 times as long.
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "a")], [TestFixer.Replacing("FX0001", "aa")]);
        var original = string.Concat(Enumerable.Repeat("a ", 40_000));

        var result = await runner.FixDocumentAsync(Doc(original));

        Assert.Equal(1, result.Passes);
        Assert.Equal(original.Replace("a", "aa", StringComparison.Ordinal), result.FixedText.ToString());
        Assert.False(result.ReachedFixedPoint);
        Assert.Contains(result.Skipped, s => s.Reason.Contains("keep growing the text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FixThatWouldDeleteMostOfALongDocument_IsSkipped_AndTheTextKept()
    {
        // One "paragraph" of 50,000 lines joined by U+2028: deleting it would delete the document.
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "alpha")], [TestFixer.Replacing("FX0001", "")]);
        var text = "alpha" + string.Concat(Enumerable.Repeat("\u2028more text", 3000));
        var analyzer = Runner([Finder(R1, t => t.StartsWith("alpha", StringComparison.Ordinal) ? [new TextSpan(0, t.Length)] : [])], [TestFixer.Replacing("FX0001", "")]);

        var result = await analyzer.FixDocumentAsync(Doc(text));
        var small = await runner.FixDocumentAsync(Doc("alpha and a short text"));

        Assert.Equal(text, result.FixedText.ToString());
        Assert.Contains("would delete", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
        Assert.Equal(" and a short text", small.FixedText.ToString());
    }

    [Fact]
    public async Task FixesThatUndoEachOther_StopInsteadOfCycling()
    {
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "alpha"), TestAnalyzer.ReportingLiteral(R2, "beta")],
            [TestFixer.Replacing("FX0001", "beta"), TestFixer.Replacing("FX0002", "alpha")]);

        var result = await runner.FixDocumentAsync(Doc("alpha"));

        Assert.Equal(2, result.Passes);
        Assert.False(result.ReachedFixedPoint);
        Assert.Contains("undo each other", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrowingFixer_IsReportedAsSkipped_OthersStillApply()
    {
        var broken = new TestFixer("BrokenFixer", ["FX0002"], _ => throw new InvalidOperationException("fixer bug"));
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "colour"), TestAnalyzer.ReportingLiteral(R2, "flavour")],
            [TestFixer.Replacing("FX0001", "color"), broken]);

        var result = await runner.FixDocumentAsync(Doc("colour flavour"));

        Assert.Equal("color flavour", result.FixedText.ToString());
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("(fixer failed)", skipped.Title);
        Assert.Contains("fixer bug", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixWithBadChanges_IsReportedAsSkipped()
    {
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "colour")],
            [TestFixer.Computing("FX0001", (d, _) => [new TextChange(new TextSpan(0, d.Text.Length + 5), "x")])]);

        var result = await runner.FixDocumentAsync(Doc("colour"));

        Assert.False(result.Changed);
        var skipped = Assert.Single(result.Skipped);
        Assert.StartsWith("the fix failed: ", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal("Fix FX0001", skipped.Title);
    }

    [Fact]
    public async Task EmptyChanges_AreIgnored()
    {
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "colour")], [TestFixer.Computing("FX0001", (_, _) => [])]);

        var result = await runner.FixDocumentAsync(Doc("colour"));

        Assert.False(result.Changed);
        Assert.Empty(result.Applied);
        Assert.True(result.ReachedFixedPoint);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public async Task MultiLineFix_KeepsTheDocumentsNewLines(string newLine)
    {
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "[break]")], [TestFixer.Replacing("FX0001", "first\nsecond\r\nthird")]);
        var text = $"Line one.{newLine}[break]{newLine}End.{newLine}";

        var result = await runner.FixDocumentAsync(Doc(text));

        Assert.Equal($"Line one.{newLine}first{newLine}second{newLine}third{newLine}End.{newLine}", result.FixedText.ToString());
    }

    [Fact]
    public async Task CrLfDocument_StaysCrLfThroughSeveralPasses()
    {
        var addTitle = Finder(R1, t => t.StartsWith("Titre", StringComparison.Ordinal) ? [] : [new TextSpan(0, 0)]);
        var runner = Runner([addTitle, TestAnalyzer.ReportingLiteral(R2, "teh")], [TestFixer.Replacing("FX0001", "Titre\n\n"), TestFixer.Replacing("FX0002", "the\nend")]);

        var result = await runner.FixDocumentAsync(Doc("teh\r\nfin\r\n"));

        Assert.Equal("Titre\r\n\r\nthe\r\nend\r\nfin\r\n", result.FixedText.ToString());
        Assert.DoesNotContain("\n", result.FixedText.ToString().Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleIds_LimitWhatIsFixed()
    {
        var runner = Runner(
            [TestAnalyzer.ReportingLiteral(R1, "colour"), TestAnalyzer.ReportingLiteral(R2, "flavour")],
            [TestFixer.Replacing("FX0001", "color"), TestFixer.Replacing("FX0002", "flavor")]);

        var result = await runner.FixDocumentAsync(Doc("colour flavour"), new FixAllOptions { RuleIds = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "fx0002") });

        Assert.Equal("colour flavor", result.FixedText.ToString());
        Assert.Equal("FX0001", Assert.Single(result.RemainingDiagnostics).Id);
    }

    [Fact]
    public async Task SuppressedDiagnostics_AreNotFixed()
    {
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "colour")], [TestFixer.Replacing("FX0001", "color")]);

        var result = await runner.FixDocumentAsync(Doc("colour <!-- docrules-disable-line FX0001 -->\ncolour\n"));

        Assert.Equal("colour <!-- docrules-disable-line FX0001 -->\ncolor\n", result.FixedText.ToString());
    }

    [Fact]
    public async Task Result_KeepsTheOriginalDocument_AndStorage()
    {
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "colour")], [TestFixer.Replacing("FX0001", "color")]);
        var document = new TextDocument(DocumentId.FromPath("a.txt"), "a.txt", SourceText.From("colour", System.Text.Encoding.Unicode, hasByteOrderMark: true));

        var result = await runner.FixDocumentAsync(document);

        Assert.Same(document, result.Document);
        Assert.True(result.FixedText.HasByteOrderMark);
        Assert.Equal("utf-16", result.FixedText.Encoding.WebName);
    }

    [Fact]
    public async Task Cancellation_Propagates()
    {
        var runner = Runner([TestAnalyzer.ReportingLiteral(R1, "colour")], [TestFixer.Replacing("FX0001", "color")]);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.FixDocumentAsync(Doc("colour"), cancellationToken: cts.Token));
    }
}
