namespace RulesSdk.Dsl.Tests;

/// <summary>The <c>entity person variant</c> check: which odd spellings of a name count as slips, and the fix to the document's spelling.</summary>
public sealed class NameVariantTests
{
    private static RulePack Pack() => Dsl.CompileOk(Dsl.Pack(
        Dsl.Rule("scope sentence anywhere\nmatch entity person variant\nfix \"Write the article's spelling\" => \"{canon}\"")));

    [Theory]
    [InlineData("Jean-Philippe Magnen a présenté le plan. Jean-Philippe Magnen a répondu. Jean-Phillipe Magnen a conclu.", "Jean-Phillipe")]
    [InlineData("Valentine Sapounov a parlé. Valentine Sapounov a conclu. Valentine Sapounof a répondu.", "Sapounof")]
    [InlineData("Daria Herasymchuk visited. Daria Herasymchuk's office agreed. Daria Herasymhcuk left.", "Herasymhcuk")]
    public void Flags_the_odd_spelling_of_a_name_the_document_spells_otherwise_twice(string text, string flagged)
    {
        Assert.Equal([flagged], Dsl.Flagged(Pack(), text));
    }

    [Theory]
    [InlineData("Louis Martin et Louise Martin ont signé. Louis Martin a parlé le premier.")]
    [InlineData("Volodymyr Zelenskyy a remercié les alliés. Volodymyr Zelenskyy est attendu. Volodymyr Zelensky a parlé.")]
    [InlineData("Russian troops left. Russian officials denied it. Russia said nothing.")]
    [InlineData("La Cour a statué. La Cour a tranché. Pour la défense, rien ne change.")]
    [InlineData("Jean-Philippe Magnen a parlé. Jean-Phillipe Magnen a répondu.")]
    [InlineData("Kim Jong-un a parlé. Kim Jong-un a salué la foule. Kim Jong-il était son père.")]
    [InlineData("Mario Rossi a parlé. Mario Rossi a conclu. Maria Rossi a répondu.")]
    [InlineData("The Magnens met. Jean Magnen spoke. Jean Magnen left.")]
    [InlineData("Gérald Karsenti a parlé. Gérald Karsenti a ajouté un mot. Gérard Karsenti a conclu.")]
    [InlineData("Ivana Trump spoke. Ivana Trump left. Her daughter Ivanka Trump stayed.")]
    [InlineData("North Korea fired. North Korea denied it. North Korean media reported it.")]
    [InlineData("The White House agreed. The White House denied it. The White Horse pub closed.")]
    public void Leaves_other_people_official_variants_lone_words_and_ties_alone(string text)
    {
        Assert.Empty(Dsl.Flagged(Pack(), text));
    }

    [Fact]
    public async Task The_fix_writes_the_documents_spelling()
    {
        var pack = Pack();
        var document = Dsl.Document("Valentine Sapounov a parlé. Valentine Sapounov a conclu. Valentine Sapounof a répondu.");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, document));
        var fix = Assert.Single(Dsl.Fixes(pack, document, diagnostic));
        Assert.Equal("Valentine Sapounov a parlé. Valentine Sapounov a conclu. Valentine Sapounov a répondu.", (await fix.Action.ApplyAsync(document)).ToString());
    }

    [Fact]
    public void A_slip_after_thousands_of_other_names_is_still_found()
    {
        var others = Enumerable.Range(0, 5_000).Select(i => $"Nom{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i / 676 % 26))} Durand a signé.");
        var text = string.Join(' ', others) + " Valentine Sapounov a parlé. Valentine Sapounov a conclu. Valentine Sapounof a répondu.";
        Assert.Equal(["Sapounof"], Dsl.Flagged(Pack(), text));
    }

    // The evidence that reads once-written spellings (an initial, a lone surname) takes as candidates only the words a
    // known given name or an initial anchors: thousands of other once-written names cost it nothing.
    [Theory]
    [InlineData("Valentine Sapounov a parlé. Selon V. Sapounof, le yéti existe.", "Sapounof")]
    [InlineData("Rajoy a nommé Leopoldo González Echenique. Le PSOE demande la comparution d'Etchenique.", "Etchenique")]
    public void An_anchored_slip_after_thousands_of_once_written_names_is_still_found(string tail, string flagged)
    {
        var text = string.Join(' ', Names(5_000, "Nom", " Durand a signé.")) + " " + tail;
        Assert.Equal([flagged], Dsl.Flagged(Pack(), text));
    }

    [Fact]
    public void Thousands_of_lone_surnames_one_letter_apart_are_no_slip_and_leave_the_budget_whole()
    {
        var lone = string.Join(' ', Names(5_000, "Nom", " a signé.")) + " Valentine Sapounov a parlé. Valentine Sapounov a conclu.";
        Assert.Empty(Dsl.Flagged(Pack(), lone));

        // A lone slip after them is still read: their lookups did not spend the budget.
        Assert.Equal(["Sapounof"], Dsl.Flagged(Pack(), lone + " Le yéti existe, selon Sapounof."));
    }

    [Fact]
    public void Thousands_of_anchored_names_and_lone_surnames_leave_the_old_evidence_its_budget()
    {
        // Each lone "Xom…" reads the bucket of the anchored "Jean Nom…" names that share its length and last letter,
        // until the new evidence's own budget runs out; a slip beside a name written twice is still found after them.
        var text = string.Join(' ', Names(5_000, "Jean Nom", " a signé.").Concat(Names(5_000, "Xom", " a signé.")))
            + " Valentine Sapounov a parlé. Valentine Sapounov a conclu. Valentine Sapounof a répondu.";
        Assert.Equal(["Sapounof"], Dsl.Flagged(Pack(), text));
    }

    private static IEnumerable<string> Names(int count, string prefix, string rest) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i / 676 % 26))}{rest}");
}
