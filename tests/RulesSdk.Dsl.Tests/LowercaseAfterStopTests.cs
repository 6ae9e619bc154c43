namespace RulesSdk.Dsl.Tests;

/// <summary>The built-in broken-sentence check: its span, its captures and its exception list.</summary>
public sealed class LowercaseAfterStopTests
{
    private static RulePack Pack(string match) => Dsl.CompileOk(Dsl.Pack(
        "list abbrev = \"art\" \"approx\"\n" +
        Dsl.Rule($"scope paragraph outside quotes\nmatch {match}\nsuggest \"Remove the stop\" => \"{{before}} {{after}}\"")));

    [Fact]
    public void Flags_both_words_around_a_stray_stop()
    {
        var pack = Pack("lowercase after stop");
        Assert.Equal(["civils. infrastructures"], Dsl.Flagged(pack, "Des armes déployées contre ses civils. infrastructures et zones."));
    }

    [Theory]
    [InlineData("Les armes sont déployées. Les infrastructures sont visées.")]
    [InlineData("Il a cité la Norvège, la Finlande, etc. et d’autres alliés.")]
    [InlineData("Le taux est de 3.5 environ.")]
    [InlineData("Il hésite... puis repart.")]
    [InlineData("« C’est fini. vraiment fini », dit-il.")]
    [InlineData("J. dupont est arrivé.")]
    public void Leaves_sentences_abbreviations_numbers_ellipses_and_quotes_alone(string text)
    {
        Assert.Empty(Dsl.Flagged(Pack("lowercase after stop"), text));
    }

    [Theory]
    [InlineData("Le candidat des Frères Musulmans. l’ex ministre du régime.", "Musulmans. l’ex")]
    [InlineData("Elle a été remerciée. d'un geste, le président l'a saluée.", "remerciée. d'un")]
    [InlineData("Le texte sera présenté mardi. à Paris, les syndicats attendent.", "mardi. à")]
    [InlineData("La CGT tiendra les 9 et 10. juillet une conférence sociale.", "10. juillet")]
    public void Flags_elided_words_a_lone_à_and_a_date_cut_before_its_month(string text, string expected)
    {
        Assert.Equal([expected], Dsl.Flagged(Pack("lowercase after stop"), text));
    }

    [Theory]
    [InlineData("Voir le chapitre 10. les annexes suivent.")]
    [InlineData("1. juillet : la liste des dates.")]
    [InlineData("La version 2.3. juillet a suivi.")]
    public void A_number_before_the_stop_needs_a_month_after_it_and_a_space_before_it(string text)
    {
        Assert.Empty(Dsl.Flagged(Pack("lowercase after stop"), text));
    }

    [Fact]
    public void An_acronym_in_capitals_is_no_abbreviation_of_the_list()
    {
        var pack = Pack("lowercase after stop except @abbrev");
        Assert.Equal(["ART. la"], Dsl.Flagged(pack, "Ana Pastor, critiquée par l'ART. la dernière campagne, est partie."));
        Assert.Empty(Dsl.Flagged(pack, "Le texte, voir art. premier, est clair."));
    }

    [Fact]
    public void Except_list_adds_abbreviations()
    {
        const string text = "Le texte, voir art. premier, est clair.";
        Assert.Equal(["art. premier"], Dsl.Flagged(Pack("lowercase after stop"), text));
        Assert.Empty(Dsl.Flagged(Pack("lowercase after stop except @abbrev"), text));
    }

    [Fact]
    public async Task Captures_feed_the_suggestion()
    {
        var pack = Pack("lowercase after stop");
        var document = Dsl.Document("Contre ses civils. infrastructures.");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, document));
        var fix = Assert.Single(Dsl.Fixes(pack, document, diagnostic));
        Assert.False(fix.IsSafe);
        Assert.Equal("Contre ses civils infrastructures.", (await fix.Action.ApplyAsync(document)).ToString());
    }

    [Fact]
    public void Unknown_except_list_is_an_error()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("scope paragraph\nmatch lowercase after stop except @nope")));
        Assert.False(compilation.Success);
        Assert.Contains(compilation.Diagnostics, d => d.Id == "DSL0002" && d.Message.Contains("@nope", StringComparison.Ordinal));
    }
}
