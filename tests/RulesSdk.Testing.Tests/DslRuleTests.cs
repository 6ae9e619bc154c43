namespace RulesSdk.Testing.Tests;

public sealed class DslRuleTests
{
    [Fact]
    public async Task FillerWord_IsFlagged_WithBracketMarkup()
    {
        var verifier = RulePackVerifier.For(TestPack.Pack, "TS0001");
        await verifier.VerifyAnalyzerAsync("It is [|basically|] done.");
    }

    [Fact]
    public async Task WholePack_ReportsEachRule_ByIdMarkup()
    {
        var verifier = RulePackVerifier.For(TestPack.Pack);
        await verifier.VerifyAnalyzerAsync("It is {|TS0001:basically|} done. This is {|TS0002:URGENT|} now.");
    }

    [Fact]
    public async Task FillerWord_SafeFixDeletesTheWord()
    {
        var verifier = RulePackVerifier.For(TestPack.Pack, "TS0001");
        await verifier.VerifyFixAsync("It is [|basically|] done.", "It is done.");
    }

    [Fact]
    public async Task FillerWord_SuggestionByEquivalenceKey()
    {
        var verifier = RulePackVerifier.For(TestPack.Pack, "TS0001");
        await verifier.VerifySuggestionAsync("It is [|basically|] done.", "It is essentially done.", equivalenceKey: "Use 'essentially'");
    }

    [Fact]
    public async Task Shouting_HasNoFix()
    {
        var verifier = RulePackVerifier.For(TestPack.Pack, "TS0002");
        await verifier.VerifyNoFixAsync("This is [|URGENT|] now.");
    }

    [Fact]
    public void Compile_BadSource_FailsWithCompilerStyleErrors()
    {
        var ex = Assert.Throws<VerificationException>(() => RulePackVerifier.Compile("pack x.y \"x\"\nrule TS0001 oops\nend\n"));
        Assert.Contains("test.rules(", ex.Message, StringComparison.Ordinal);
        Assert.Contains("error DSL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_MissingPack_Fails()
    {
        var ex = Assert.Throws<VerificationException>(() => RulePackVerifier.For("analyzers/no-such-pack"));
        Assert.Contains("no-such-pack", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UnknownRule_ListsTheRules()
    {
        var ex = Assert.Throws<VerificationException>(() => RulePackVerifier.For(TestPack.Pack, "TS9999"));
        Assert.Contains("TS0001, TS0002", ex.Message, StringComparison.Ordinal);
    }
}
