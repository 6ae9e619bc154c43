using RulesSdk.Analyzers;

namespace RulesSdk.Tests.Analyzers;

/// <summary>A prefilter must never hide a text that holds one of its literals, whatever it searches for internally.</summary>
public sealed class TextPrefilterTests
{
    [Theory]
    [InlineData("regardé", "regard")]
    [InlineData("écouté", "cout")]
    [InlineData("contemplé", "contempl")]
    [InlineData("aperçu", "aper")]
    [InlineData("plain", "plain")]
    [InlineData("été", "été")] // no ASCII run of two: searched as written
    [InlineData("ému", "mu")]
    public void SearchKey_IsTheLongestAsciiRunOfANonAsciiLiteral(string literal, string expected) =>
        Assert.Equal(expected, TextPrefilter.SearchKey(literal));

    [Theory]
    [InlineData("Il a REGARDÉ la scène.", true)]
    [InlineData("Nous avons écouté.", true)]
    [InlineData("Un été chaud.", true)]
    [InlineData("Rien de tel ici.", false)]
    public void MightMatch_FindsEveryTextHoldingALiteral(string text, bool expected)
    {
        var prefilter = TextPrefilter.Create(["regardé", "écouté", "été"])!;

        Assert.Equal(expected, prefilter.MightMatch(text));
    }

    [Fact]
    public void MightMatch_MayPassATextHoldingOnlyTheAsciiRun_ButNeverTheReverse()
    {
        var prefilter = TextPrefilter.Create(["regardé"])!;

        // A false "might match" only costs running the rule; a false "cannot match" would lose a diagnostic.
        Assert.True(prefilter.MightMatch("Il regarde."));
        Assert.Equal(["regardé"], prefilter.Literals.ToArray());
    }

    [Fact]
    public void MightMatch_WithAccentFolding_StillFindsAccentlessText()
    {
        var prefilter = TextPrefilter.Create(["écouté"], ignoreAccents: true)!;

        Assert.True(prefilter.MightMatch("Il a ecoute le discours."));
        Assert.True(prefilter.MightMatch("Il a ÉCOUTÉ le discours."));
        Assert.False(prefilter.MightMatch("Il a parlé."));
    }
}
