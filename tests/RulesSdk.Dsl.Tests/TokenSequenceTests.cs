namespace RulesSdk.Dsl.Tests;

/// <summary>Token sequences as Vale's <c>sequence</c> check needs them: regex tokens, negation, closed word classes.</summary>
public class TokenSequenceTests
{
    private static RulePack Pack(string clauses, string language = "en", string before = "") =>
        Dsl.CompileOk(Dsl.Pack(before + Dsl.Rule(clauses), language));

    [Fact]
    public void A_regex_token_matches_a_whole_token_only()
    {
        var pack = Pack("match tokens \"your\" /self/");
        Assert.Equal(["your self"], Dsl.Flagged(pack, "Be your self today.", "en"));
        Assert.Empty(Dsl.Flagged(pack, "Keep your selfie.", "en"));
        Assert.DoesNotContain("YOUR SELF", Dsl.Flagged(Pack("match tokens \"your\" /self/"), "Be YOUR SELF today.", "en")); // the regex is case-sensitive
        Assert.Equal(["YOUR SELF"], Dsl.Flagged(Pack("match tokens \"your\" /self/i"), "Be YOUR SELF today.", "en"));
    }

    [Fact]
    public void A_regex_token_alternation_and_classes_combine()
    {
        var pack = Pack("message \"{verb}\"\nmatch tokens modal \"be\" verb=/\\w+(ed|en)/");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, "The file will be deleted soon.", "en"));
        Assert.Equal("deleted", diagnostic.GetMessage());
        Assert.Empty(Dsl.Analyze(pack, "The file will be gone soon.", "en"));
    }

    [Fact]
    public void A_negated_token_is_one_token_that_does_not_match()
    {
        var pack = Pack("match tokens \"in\" \"order\" !\"to\"");
        Assert.Equal(["in order for"], Dsl.Flagged(pack, "We did it in order for them.", "en"));
        Assert.Empty(Dsl.Flagged(pack, "We did it in order to win.", "en"));
        Assert.Empty(Dsl.Flagged(pack, "Put the files in order", "en")); // no token after: a negation needs one
        var classes = Pack("match tokens det !(lower | number)");
        Assert.Equal(["the Board"], Dsl.Flagged(classes, "He met the Board.", "en"));
        Assert.Empty(Dsl.Flagged(classes, "He met the board.", "en"));
    }

    [Theory]
    [InlineData("det", "Every", "Every member voted.", "en")]
    [InlineData("pronoun", "They", "They voted.", "en")]
    [InlineData("prep", "because", "It failed because it rained.", "en")]
    [InlineData("conj", "and", "Cats and dogs.", "en")]
    [InlineData("aux", "has", "She has left.", "en")]
    [InlineData("modal", "should", "You should go.", "en")]
    [InlineData("det", "Cette", "Cette réforme passe.", "fr")]
    [InlineData("pronoun", "nous", "Puis nous partons.", "fr")]
    [InlineData("prep", "lorsqu’", "Il part lorsqu’il pleut.", "fr")]
    [InlineData("conj", "mais", "Il part mais revient.", "fr")]
    [InlineData("aux", "avaient", "Ils avaient fini.", "fr")]
    [InlineData("modal", "devrait", "Il devrait partir.", "fr")]
    public void Closed_word_classes_follow_the_rules_language(string wordClass, string expected, string text, string language)
    {
        var pack = Pack($"match tokens {wordClass}", language);
        Assert.Contains(expected, Dsl.Flagged(pack, text, language));
    }

    [Fact]
    public void Word_classes_do_not_ignore_accents_and_accept_either_apostrophe()
    {
        var preposition = Pack("match tokens prep", "fr");
        Assert.Equal(["à"], Dsl.Flagged(preposition, "Il a parlé à tous.", "fr"));
        Assert.Equal(["l'"], Dsl.Flagged(Pack("match tokens det", "fr"), "Il voit l'homme.", "fr"));
    }

    [Fact]
    public void A_rule_without_a_language_uses_both_lexicons()
    {
        var text = Dsl.Pack(Dsl.Rule("language any\nmatch tokens conj"), "en");
        var pack = Dsl.CompileOk(text);
        Assert.Equal(["and"], Dsl.Flagged(pack, "Cats and dogs.", "en"));
        Assert.Equal(["mais"], Dsl.Flagged(pack, "Il part mais revient.", "fr"));
    }

    [Fact]
    public void A_capture_named_like_a_word_class_is_still_a_capture()
    {
        var pack = Pack("message \"{det}\"\nmatch tokens det=det \"same\"");
        Assert.Equal("the", Assert.Single(Dsl.Analyze(pack, "It is the same.", "en")).GetMessage());
    }

    [Theory]
    [InlineData("match tokens \"a\" !\"in order\"", "more than one token")]
    [InlineData("match tokens \"a\" !skip(0..2)", "skip")]
    [InlineData("match tokens \"a\" !x=word", "capture")]
    [InlineData("match tokens \"a\" !any", "every token")]
    [InlineData("match tokens \"a\" !(\"b\" \"c\")", "sequence")]
    [InlineData("match tokens \"a\" !@multi", "more than one token")]
    public void A_negation_of_more_than_one_token_is_an_error(string clause, string reason)
    {
        var diagnostics = Dsl.Compile(Dsl.Pack("list multi = \"b\" \"c d\"\n" + Dsl.Rule(clause), "en")).Diagnostics;
        var error = Dsl.Single(diagnostics, "DSL0019");
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(8, error.Line); // the match clause
    }

    [Fact]
    public void A_bad_token_regex_is_DSL0005_at_its_column()
    {
        var diagnostics = Dsl.Compile(Dsl.Pack(Dsl.Rule("match tokens \"a\" /b(/"), "en")).Diagnostics;
        var error = Dsl.Single(diagnostics, "DSL0005");
        Assert.Contains("invalid regex", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Emitted_code_names_the_word_class_and_the_language()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("match tokens modal !\"to\" /\\w+ing/i"), "en"));
        var source = string.Join('\n', compilation.GeneratedSources.Values);
        Assert.Contains("TokenPattern.WordOfClass(TokenWordClass.Modal, \"en\")", source, StringComparison.Ordinal);
        Assert.Contains("TokenPattern.Not(TokenPattern.Literal(\"to\"))", source, StringComparison.Ordinal);
        Assert.Contains("TokenPattern.Regex(\"\\\\w+ing\", ignoreCase: true)", source, StringComparison.Ordinal);
    }
}
