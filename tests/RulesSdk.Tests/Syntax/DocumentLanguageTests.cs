using RulesSdk.Syntax;

namespace RulesSdk.Tests.Syntax;

public sealed class DocumentLanguageTests
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("en_US", "en")]
    [InlineData(" EN ", "en")]
    [InlineData("French", "fr")]
    [InlineData("français", "fr")]
    [InlineData("english", "en")]
    [InlineData("de", "de")]
    [InlineData("", "und")]
    [InlineData("   ", "und")]
    [InlineData(null, "und")]
    public void Normalize(string? declared, string expected) =>
        Assert.Equal(expected, DocumentLanguage.Normalize(declared));

    [Fact]
    public void Detect_FrenchParagraph()
    {
        const string Text = "Vendredi, la Norvège et la Finlande ont rejoint les rangs des pays de l’OTAN, autorisant l’Ukraine à utiliser des armes.";

        Assert.Equal(DocumentLanguage.French, DocumentLanguage.Detect(Text));
    }

    [Fact]
    public void Detect_EnglishParagraph()
    {
        const string Text = "On Friday, Norway and Finland joined the ranks of the countries that have allowed Ukraine to use the weapons on the border.";

        Assert.Equal(DocumentLanguage.English, DocumentLanguage.Detect(Text));
    }

    [Fact]
    public void Detect_AdjacentFunctionWordsBothCount()
    {
        Assert.Equal(DocumentLanguage.French, DocumentLanguage.Detect(" et la le "));
    }

    [Fact]
    public void Detect_NotEnoughEvidence_IsUnknown()
    {
        Assert.Equal(DocumentLanguage.Unknown, DocumentLanguage.Detect("Xyz abc."));
        Assert.Equal(DocumentLanguage.Unknown, DocumentLanguage.Detect(string.Empty));
    }

    [Theory]
    [InlineData("Je suis ravi de partager que, selon lui, tout va bien.", "fr")]
    [InlineData("J’ai observé Stoltenberg faire valoir son point.", "fr")]
    [InlineData("I'm delighted to share that, according to him, all is well.", "en")]
    [InlineData("I watched the minister defend the bill.", "en")]
    public void Detect_OneSentence_IsEnough(string text, string expected)
    {
        Assert.Equal(expected, DocumentLanguage.Detect(text));
    }

    [Fact]
    public void Detect_PunctuationAroundFunctionWords_StillCounts()
    {
        Assert.Equal(DocumentLanguage.French, DocumentLanguage.Detect("«Le», (la), que, qui."));
    }
}
