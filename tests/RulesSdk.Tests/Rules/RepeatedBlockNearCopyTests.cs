using RulesSdk.Rules;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// The near-copy comparison of a block or a sentence with the headline: content words only (case, accents, punctuation,
/// function words and inflections set aside), in any order; a sentence is a copy with nothing added or left out, a
/// paragraph of its own with nothing added and at most one word in five left out.
/// </summary>
public sealed class RepeatedBlockNearCopyTests
{
    [Theory]
    [InlineData("en", "Greetings on the 10th anniversary of the Russian Direct Investment Fund", "greet 10th anniversary russian direct investment fund")]
    [InlineData("en", "Storm has cut power to thousands of homes", "storm cut power thousand hom")]
    [InlineData("fr", "Le nombre d’emplois menacés est de 75 000 selon la CGT", "nombr emploi menac 75 000 cgt")]
    [InlineData("fr", "« Des actes de torture », dénonce l'ONG", "act tortur denonc ong")]
    [InlineData("fr", "Six terroristes présumés arrêtés à Londres #JO2012", "six terrorist presum arret londr")]
    public void Reads_the_content_words_folded_and_stemmed(string language, string text, string expected)
    {
        var words = RepeatedBlockWords.Read(text, 0, language);
        Assert.Equal(expected, string.Join(' ', words.Select(w => w.Form)));
    }

    [Fact]
    public void Words_keep_their_place_in_the_text()
    {
        var word = RepeatedBlockWords.Read("Le musée rouvre", 10, "fr")[0];
        Assert.Equal(13, word.Span.Start);
        Assert.Equal(5, word.Span.Length);
    }

    [Theory]
    [InlineData("launched", "launch", true)]
    [InlineData("supprimera", "supprim", true)]
    [InlineData("premier", "president", false)]
    [InlineData("conference", "confirmed", false)]
    [InlineData("cost", "coast", false)]
    public void Two_inflections_of_a_long_word_are_one_word(string a, string b, bool same) =>
        Assert.Equal(same, RepeatedBlockWords.Same(a, b));

    [Theory]
    // Articles and auxiliaries added, order changed: every word shared.
    [InlineData("en", "Mintimer Shaimiyev awarded Order of St Andrew", "Mintimer Shaimiyev has been awarded the Order of St Andrew.", 6, 0, 0)]
    [InlineData("fr", "Le maire de Rennes annonce la gratuité des bus", "La gratuité des bus a été annoncée par le maire de Rennes.", 5, 0, 0)]
    // One verb replaced: one word added, one left out.
    [InlineData("fr", "Le nombre d'emplois menacés atteint 75 000", "Le nombre d'emplois menacés s'élève à 75 000", 5, 1, 1)]
    // A lead that extends the headline: the new facts are added words.
    [InlineData("en", "Council approves new budget for city schools", "The council approved a new budget for city schools on Tuesday after a late session.", 6, 3, 0)]
    public void Counts_shared_added_and_missing_words(string language, string headline, string candidate, int shared, int added, int missing)
    {
        var copy = RepeatedBlockNearCopy.Compare(RepeatedBlockWords.Forms(RepeatedBlockWords.Read(headline, 0, language)), RepeatedBlockWords.Read(candidate, 0, language));
        Assert.Equal(new RepeatedBlockNearCopy(shared, added, missing), copy);
    }

    [Theory]
    [InlineData(7, 0, 0, true, true, true)]
    // One headline word in eight left out: a paragraph copy, not a sentence one.
    [InlineData(7, 0, 1, false, true, true)]
    // One word added (a verb replaced): only reported, never deleted.
    [InlineData(7, 1, 1, false, false, true)]
    // Two words added: a new fact.
    [InlineData(7, 2, 0, false, false, false)]
    // Too few content words in the headline.
    [InlineData(3, 0, 0, false, false, false)]
    // A third of the headline left out.
    [InlineData(4, 0, 2, false, false, false)]
    public void Thresholds(int shared, int added, int missing, bool sentence, bool certainBlock, bool possibleBlock)
    {
        var copy = new RepeatedBlockNearCopy(shared, added, missing);
        Assert.Equal(sentence, copy.IsSentenceCopy);
        Assert.Equal(certainBlock, copy.IsCertainBlockCopy);
        Assert.Equal(possibleBlock, copy.IsPossibleBlockCopy);
    }

    [Fact]
    public void Ignored_words_are_not_added()
    {
        var headline = RepeatedBlockWords.Forms(RepeatedBlockWords.Read("Pour Montebourg, le nucléaire est une filière d'avenir", 0, "fr"));
        var candidate = RepeatedBlockWords.Read("Pour Arnaud Montebourg, le nucléaire est une filière d'avenir", 0, "fr");
        Assert.Equal(1, RepeatedBlockNearCopy.Compare(headline, candidate).Added);
        Assert.Equal(0, RepeatedBlockNearCopy.Compare(headline, candidate, w => w.Form == "arnaud").Added);
    }
}
