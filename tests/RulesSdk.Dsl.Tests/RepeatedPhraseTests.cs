namespace RulesSdk.Dsl.Tests;

/// <summary>The built-in repeated-phrase check: which runs count as a copy, its captures and its list.</summary>
public sealed class RepeatedPhraseTests
{
    private static RulePack Pack(string match) => Dsl.CompileOk(Dsl.Pack(
        "list idioms = \"week\"\n" +
        Dsl.Rule($"scope paragraph anywhere\nmatch {match}\nfix \"Delete the copy\" => \"{{phrase}}\"")));

    [Theory]
    [InlineData("Aid has flowed since the start since the start of the war.", "since the start since the start")]
    [InlineData("L’entreprise prévoit de réduire ses effectifs de réduire ses effectifs d’ici 2025.", "de réduire ses effectifs de réduire ses effectifs")]
    [InlineData("They discussed the reform of school nutrition, the reform of school nutrition, and funding.", "the reform of school nutrition, the reform of school nutrition")]
    [InlineData("It was part of the first section of the first section of the code.", "of the first section of the first section")]
    [InlineData("Des milliers de personnes se sont rassemblées au Caire, au Caire, vendredi.", "au Caire, au Caire")]
    [InlineData("La fermeture représente la suppression de 3 000 emplois, la suppression de 3 000 emplois.", "la suppression de 3 000 emplois, la suppression de 3 000 emplois")]
    [InlineData("They cooperated in combatting the spread of the spread of the coronavirus pandemic.", "the spread of the spread of")]
    [InlineData("Le président a rencontré la direction de la direction de grandes entreprises.", "la direction de la direction de")]
    public void Flags_a_run_written_twice(string text, string flagged)
    {
        Assert.Equal([flagged], Dsl.Flagged(Pack("repeated phrase"), text));
    }

    [Theory]
    [InlineData("It was a name, a name and its apposition.")]
    [InlineData("La nouvelle a circulé de bureau en bureau en quelques minutes.")]
    [InlineData("Volunteers went from door to door to collect signatures.")]
    [InlineData("The claim was traced to a friend of a friend of the minister.")]
    [InlineData("Le plan ne couvre que la moitié de la moitié de la population.")]
    [InlineData("Inflation continued to to ease.")]
    [InlineData("The New York New York casino reopened.")]
    [InlineData("Talks went on day after day, week after week.")]
    [InlineData("since the  start since the start")]
    [InlineData("Never again, never again.")]
    [InlineData("According to him, according to him, the talks failed.")]
    [InlineData("Step by step, step by step, the troops advanced.")]
    [InlineData("Un pays, un pays entier s'est levé.")]
    [InlineData("Protesters chanted “to Kyiv, to Kyiv” outside the embassy.")]
    [InlineData("« Merci à vous, merci à vous », a-t-il lancé.")]
    [InlineData("The plan is mine, and I, and I must stress this, will defend it.")]
    public void Leaves_idioms_single_words_names_and_loose_spacing_alone(string text)
    {
        Assert.Empty(Dsl.Flagged(Pack("repeated phrase"), text));
    }

    [Fact]
    public void A_name_said_twice_after_a_comma_counts_outside_quotation_marks_only()
    {
        const string text = "Ils scandaient « à Matignon, à Matignon » puis se sont rassemblés au Caire, au Caire, vendredi.";
        Assert.Equal(["au Caire, au Caire"], Dsl.Flagged(Pack("repeated phrase"), text));
    }

    [Fact]
    public void Except_list_adds_words_a_copy_cannot_end_on()
    {
        const string text = "It rained all week all week long.";
        Assert.Equal(["all week all week"], Dsl.Flagged(Pack("repeated phrase"), text));
        Assert.Empty(Dsl.Flagged(Pack("repeated phrase except @idioms"), text));
    }

    [Fact]
    public async Task The_fix_keeps_one_copy()
    {
        var pack = Pack("repeated phrase");
        var document = Dsl.Document("Aid has flowed since the start since the start of the war.");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, document));
        var fix = Assert.Single(Dsl.Fixes(pack, document, diagnostic));
        Assert.Equal("Aid has flowed since the start of the war.", (await fix.Action.ApplyAsync(document)).ToString());
    }

    [Fact]
    public void A_long_paragraph_of_repeats_is_read_once()
    {
        // The longest run that repeats wins: six words ("the cat sat the cat sat") copied once, 2,500 times.
        var text = string.Concat(Enumerable.Repeat("the cat sat the cat sat ", 5000));
        Assert.Equal(2500, Dsl.Flagged(Pack("repeated phrase"), text).Count);
    }
}
