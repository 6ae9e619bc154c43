using RulesSdk.Spelling;

namespace RulesSdk.Tests.Spelling;

/// <summary>The bundled dictionary-en 4.0.0 and dictionary-fr 3.0.0, read by our Hunspell reader.</summary>
public sealed class BundledDictionaryTests
{
    private static HunspellDictionary English => BundledDictionaries.Get("en");

    private static HunspellDictionary French => BundledDictionaries.Get("fr");

    [Fact]
    public void Both_dictionaries_are_bundled()
    {
        Assert.Equal(["en", "fr"], BundledDictionaries.Names);
        Assert.True(English.WordCount > 40_000);
        Assert.True(French.WordCount > 70_000);
        Assert.Throws<ArgumentException>(() => BundledDictionaries.Get("de"));
    }

    [Theory]
    [InlineData("running")]
    [InlineData("studies")]
    [InlineData("unhappiness")]
    [InlineData("studied")]
    [InlineData("happiest")]
    [InlineData("reruns")]
    [InlineData("House")]
    [InlineData("HOUSE")]
    [InlineData("Paris")]
    [InlineData("PARIS")]
    [InlineData("don't")]
    [InlineData("don’t")]
    [InlineData("well-known")]
    public void English_accepts_inflected_and_cased_words(string word) => Assert.True(English.Check(word), word);

    [Theory]
    [InlineData("runing")]
    [InlineData("studys")]
    [InlineData("unhapiness")]
    [InlineData("paris")]
    [InlineData("recieve")]
    [InlineData("teh")]
    public void English_rejects_misspellings(string word) => Assert.False(English.Check(word), word);

    [Theory]
    [InlineData("mangeaient")]
    [InlineData("l'homme")]
    [InlineData("l’homme")]
    [InlineData("L'homme")]
    [InlineData("aujourd'hui")]
    [InlineData("aujourd’hui")]
    [InlineData("qu'il")]
    [InlineData("Qu’il")]
    [InlineData("hommes")]
    [InlineData("grande")]
    [InlineData("grandes")]
    [InlineData("heureuse")]
    [InlineData("heureuses")]
    [InlineData("mangée")]
    [InlineData("d'habitude")]
    [InlineData("porte-monnaie")]
    [InlineData("peut-être")]
    [InlineData("Europe")]
    [InlineData("l'Europe")]
    public void French_accepts_inflected_and_elided_words(string word) => Assert.True(French.Check(word), word);

    [Theory]
    [InlineData("mangaient")]
    [InlineData("l'homm")]
    [InlineData("aujourdhui")]
    [InlineData("hommess")]
    [InlineData("europe")]
    [InlineData("gouvernment")]
    public void French_rejects_misspellings(string word) => Assert.False(French.Check(word), word);

    [Theory]
    [InlineData("recieve", "receive")]
    [InlineData("teh", "the")]
    [InlineData("runing", "running")]
    [InlineData("Teh", "The")]
    [InlineData("definately", "definitely")]
    public void English_suggests_the_right_word_first(string word, string expected) => Assert.Equal(expected, English.Suggest(word, 3).FirstOrDefault());

    [Theory]
    [InlineData("gouvernment", "gouvernement")]
    [InlineData("developpement", "développement")]
    [InlineData("Developpement", "Développement")]
    [InlineData("l’homm", "l’homme")]
    [InlineData("l'homm", "l'homme")]
    public void French_suggests_the_right_word_first(string word, string expected) => Assert.Equal(expected, French.Suggest(word, 3).FirstOrDefault());

    [Fact]
    public void A_one_letter_omission_is_among_the_first_suggestions() =>
        Assert.Contains("mangeaient", French.Suggest("mangaient", 3));

    [Fact]
    public void Suggestions_never_offer_a_nosuggest_word() =>
        Assert.All(English.Suggest("fuk", 10), s => Assert.NotEqual("fuck", s, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void A_missing_space_is_suggested_but_not_one_letter_fragments()
    {
        Assert.Equal("quelque chose", French.Suggest("quelquechose", 3).First());
        Assert.Equal(["occurred"], English.Suggest("occured", 3));
    }

    [Fact]
    public void A_correct_word_has_no_suggestions() => Assert.Empty(English.Suggest("house"));
}
