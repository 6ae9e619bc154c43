using RulesSdk.Text;

namespace RulesSdk.Dsl.Tests;

/// <summary>The literal prefilter must never drop a text the pattern matches.</summary>
public class PrefilterTests
{
    [Theory]
    [InlineData("Moi, (?<who>x)", "Moi,")]
    [InlineData("abc(?:x|y)defgh", "defgh")]
    [InlineData("abcd?", "abc")]
    [InlineData("a|bcdef", null)]
    [InlineData(@"\p{IsGreek}+", null)]
    [InlineData(@"(?<word>\w+) \k<word>", null)]
    [InlineData(@"\uFEFFab", "ab")]
    [InlineData(@"\x41BCD", "BCD")]
    [InlineData("(?x) a b c # comment", "abc")]
    [InlineData("(?ix: abc) # comment", null)]
    [InlineData(@"(?:je|j')\s*suis", "suis")]
    [InlineData(@"\bfoo\b|barbaz", "foo", "barbaz")]
    [InlineData("(?:alpha|beta)[0-9]+", "alpha", "beta")]
    [InlineData("(?=abc)xyz", "xyz")]
    [InlineData("(?!abc)x", null)]
    [InlineData("ab[cd]ef", "ab")]
    // Frequent words of news prose lose to any rarer required literal...
    [InlineData(@"avec\s+(?:joie|plaisir)", "joie", "plaisir")]
    [InlineData(@"that\s+gives", "gives")]
    // ...and between two sets that both hold one, the longer shortest literal wins, as before.
    [InlineData(@"(?:watched|was\s+there)\s+as", "watched", "there")]
    public void Required_literals(string pattern, string? expected, string? alsoExpected = null)
    {
        var required = RegexLiterals.Required(pattern, ignoreWhitespace: false);
        string[] want = expected is null ? [] : alsoExpected is null ? [expected] : [expected, alsoExpected];
        Assert.Equal(want.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
    }

    private static RulePack Pack(string clauses, string before = "") => Dsl.CompileOk(Dsl.Pack(before + Dsl.Rule("scope sentence anywhere\n" + clauses), language: "any"));

    [Theory]
    [InlineData("match /@evil/", "Il dit zut.")]
    [InlineData("match /\\p{IsGreek}+/", "Il dit αβγ.")]
    [InlineData("match /(?<w>\\w+) \\k<w>/", "Il dit dit.")]
    [InlineData("match /\\u00e9t\\u00e9/", "Un été.")]
    [InlineData("match /zut # comment words/x", "Il dit zut.")]
    [InlineData("match /(?x) zut # comment words/", "Il dit zut.")]
    [InlineData("match phrase \"a declare\"", "Il A DÉCLARÉ.")]
    [InlineData("match phrase \"ete\"", "Un été.")]
    [InlineData("match tokens \"ete\" @evil", "Un été zut.")]
    public void Prefilter_never_hides_a_match(string clauses, string text)
    {
        var pack = Pack(clauses, before: "list evil = \"zut\"\n");
        Assert.Single(Dsl.Analyze(pack, text, null));
    }

    [Fact]
    public void Prefilter_is_emitted_for_plain_literals()
    {
        var pack = Pack("match /Moi, (?<who>\\w+)/");
        Assert.Contains("TextPrefilter.Create(new string[] { \"Moi,\" })", pack.GeneratedSources.Values.Single(), StringComparison.Ordinal);
        Assert.Empty(Dsl.Analyze(pack, "Rien.", null));
    }
}
