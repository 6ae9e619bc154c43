using RulesSdk.Diagnostics;

namespace RulesSdk.Testing.Tests;

public sealed class AnalyzerVerifierTests
{
    private static readonly AnalyzerVerifier Filler = AnalyzerVerifier.For(new FillerWordAnalyzer(), new FillerWordCodeFixProvider());

    private static readonly AnalyzerVerifier Exclamation = AnalyzerVerifier.For(new DoubledExclamationAnalyzer(), new DoubledExclamationCodeFixProvider());

    [Fact]
    public async Task BracketMarkup_ExpectsTheRuleUnderTest() =>
        await Filler.VerifyAnalyzerAsync("It is [|basically|] done.");

    [Fact]
    public async Task IdMarkup_ExpectsThatId() =>
        await Filler.VerifyAnalyzerAsync("It is {|TST0001:basically|} done, {|TST0001:basically|}.");

    [Fact]
    public async Task LocationMarkup_WithArgumentsAndSeverity() =>
        await Filler.VerifyAnalyzerAsync(
            "Line one.\nIt is {|#0:Basically|} done.",
            Verifier.Diagnostic().WithLocation(0).WithArguments("Basically").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public async Task ExplicitSpan_AndMessage() =>
        await Filler.VerifyAnalyzerAsync(
            "It is basically done.",
            Verifier.Diagnostic("TST0001").WithSpan(1, 7, 1, 16).WithMessage("'basically' adds nothing"));

    [Fact]
    public async Task NoMarkup_ExpectsNoDiagnostic() =>
        await Filler.VerifyAnalyzerAsync("It is done.");

    [Fact]
    public async Task MarkdownDocument_ByFileName() =>
        await Filler.VerifyAnalyzerAsync("# Title\n\nIt is [|basically|] done.\n", "doc.md");

    [Fact]
    public async Task MissingDiagnostic_FailsWithReadyToPasteExpectation()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Filler.VerifyAnalyzerAsync("First line.\nIt is basically done."));
        Assert.Contains("expected 0 diagnostic(s), the analyzers reported 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("// doc.txt(2,7): warning TST0001: 'basically' adds nothing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Verifier.Diagnostic(\"TST0001\").WithSpan(2, 7, 2, 16).WithArguments(\"basically\"),", ex.Message, StringComparison.Ordinal);
        Assert.Contains("It is {|TST0001:basically|} done.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedMarkup_FailsWhenNothingIsReported()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Filler.VerifyAnalyzerAsync("It is [|done|]."));
        Assert.Contains("expected 1 diagnostic(s), the analyzers reported 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Verifier.Diagnostic(\"TST0001\").WithSpan(1, 7, 1, 11)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongSpan_Fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Filler.VerifyAnalyzerAsync("It is [|basically done|]."));
        Assert.Contains("expected span", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongArguments_Fail()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() =>
            Filler.VerifyAnalyzerAsync("It is {|#0:basically|} done.", Verifier.Diagnostic().WithLocation(0).WithArguments("actually")));
        Assert.Contains("expected arguments (\"actually\"), found (\"basically\")", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongSeverity_Fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() =>
            Filler.VerifyAnalyzerAsync("It is {|#0:basically|} done.", Verifier.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error)));
        Assert.Contains("expected severity Error, found Warning", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongId_Fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Filler.VerifyAnalyzerAsync("It is {|TST0009:basically|} done."));
        Assert.Contains("expected id TST0009", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownLocationIndex_Fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() =>
            Filler.VerifyAnalyzerAsync("It is basically done.", Verifier.Diagnostic().WithLocation(3)));
        Assert.Contains("{|#3:…|}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SafeFix_IsApplied() =>
        await Filler.VerifyFixAsync("It is [|basically|] done, [|basically|].", "It is done, .");

    [Fact]
    public async Task FixAll_TwoPasses()
    {
        await Exclamation.VerifyFixAsync("Wow[|!!|][|!!|]", "Wow!", new FixOptions { Iterations = 2 });
        await Exclamation.VerifyFixAsync("Wow[|!!|][|!!|]", "Wow!");
    }

    [Fact]
    public async Task FixAll_WrongIterationCount_Fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Exclamation.VerifyFixAsync("Wow!!", "Wow!", new FixOptions { Iterations = 2 }));
        Assert.Contains("expected 2 fix-all pass(es) but it took 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixAll_WrongText_FailsWithUnifiedDiff()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() =>
            Filler.VerifyFixAsync("Title\n\nIt is [|basically|] done.\nEnd", "Title\n\nIt is really done.\nEnd"));
        Assert.Contains("--- expected\n+++ actual\n@@ -1,4 +1,4 @@\n Title\n \n-It is really done.\n+It is done.\n End", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_WithoutDiagnostics_Fails()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Filler.VerifyFixAsync("It is done.", "It is done."));
        Assert.Contains("nothing to fix", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestion_ByIndex() =>
        await Filler.VerifySuggestionAsync("It is [|basically|] done.", "It is essentially done.", index: 1);

    [Fact]
    public async Task Suggestion_ByEquivalenceKey() =>
        await Filler.VerifySuggestionAsync("It is [|basically|] done.", "It is essentially done.", equivalenceKey: "essentially");

    [Fact]
    public async Task Suggestion_UnknownKey_ListsOfferedFixes()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() =>
            Filler.VerifySuggestionAsync("It is [|basically|] done.", "x", equivalenceKey: "nope"));
        Assert.Contains("[0] \"Delete the filler word\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[1] \"Replace with 'essentially'\" (equivalence key \"essentially\"), suggestion", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestion_WrongText_FailsWithDiff()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() =>
            Filler.VerifySuggestionAsync("It is [|basically|] done.", "It is mostly done.", index: 1));
        Assert.Contains("-It is mostly done.\n+It is essentially done.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoFix_WithoutProvider() =>
        await AnalyzerVerifier.For(new FillerWordAnalyzer()).VerifyNoFixAsync("It is [|basically|] done.");

    [Fact]
    public async Task NoFix_FailsWhenAFixIsOffered()
    {
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Filler.VerifyNoFixAsync("It is [|basically|] done."));
        Assert.Contains("// doc.txt(1,7): warning TST0001: 'basically' adds nothing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Delete the filler word", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralAnalyzers_BracketMarkupNeedsAnId()
    {
        var both = AnalyzerVerifier.For([new FillerWordAnalyzer(), new DoubledExclamationAnalyzer()], []);
        await both.VerifyAnalyzerAsync("It is {|TST0001:basically|} done{|TST0002:!!|}");
        var ex = await Assert.ThrowsAsync<VerificationException>(() => both.VerifyAnalyzerAsync("It is [|basically|] done."));
        Assert.Contains("several ids", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a [|b")]
    [InlineData("a b|]")]
    [InlineData("a {|b")]
    [InlineData("a [|b|}")]
    public void MalformedMarkup_Fails(string markup) =>
        Assert.Throws<VerificationException>(() => TestMarkup.Parse(markup));

    [Fact]
    public void Markup_NestedLocations()
    {
        var parsed = TestMarkup.Parse("a {|#0:b [|c|]|} d");
        Assert.Equal("a b c d", parsed.Text);
        Assert.Equal(2, parsed.Spans.Length);
        Assert.Equal(new RulesSdk.Text.TextSpan(2, 3), parsed.GetLocation(0));
        Assert.Contains(parsed.Spans, s => s.ExpectsDiagnostic && s.Span == new RulesSdk.Text.TextSpan(4, 1));
    }
}
