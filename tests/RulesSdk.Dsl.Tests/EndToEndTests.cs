using System.Collections.Immutable;
using RulesSdk.Diagnostics;

namespace RulesSdk.Dsl.Tests;

public class EndToEndTests
{
    private static RulePack Pack(string clauses, string language = "fr", string before = "") =>
        Dsl.CompileOk(Dsl.Pack(before + Dsl.Rule(clauses), language));

    [Fact]
    public void Regex_captures_fill_the_message()
    {
        var pack = Pack("message \"{speaker} speaks first ({match})\"\nmatch /\\bMoi,\\s+(?<speaker>[A-Z]\\w+)/");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, "Moi, Jens, je pars."));
        Assert.Equal("PL0001", diagnostic.Id);
        Assert.Equal("Jens speaks first (Moi, Jens)", diagnostic.GetMessage());
        Assert.Equal(0, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Regex_flags_apply()
    {
        Assert.Empty(Dsl.Flagged(Pack("match /zut/"), "ZUT alors."));
        Assert.Equal(["ZUT"], Dsl.Flagged(Pack("match /zut/i"), "ZUT alors."));
        Assert.Equal(["a b"], Dsl.Flagged(Pack("match /a \\s b/x"), "x a b x."));
    }

    [Fact]
    public void Regex_list_splice_prefers_longest_entry()
    {
        var pack = Pack("match /@v\\b/", before: "list v = \"a\" \"a déclaré\"\n");
        Assert.Equal(["a déclaré"], Dsl.Flagged(pack, "Il a déclaré ceci."));
    }

    [Fact]
    public void Phrases_ignore_case_accents_and_apostrophe_kind_on_word_boundaries()
    {
        var pack = Pack("match phrase \"a declare\" | \"l'aide\" | @extra", before: "list extra = \"en tant que\"\n");
        Assert.Equal(["A DÉCLARÉ"], Dsl.Flagged(pack, "Il A DÉCLARÉ ceci."));
        Assert.Equal(["l’aide"], Dsl.Flagged(Pack("match phrase \"l’aide\""), "Pour l’aide."));
        Assert.Equal(["En tant que"], Dsl.Flagged(pack, "En tant que chef."));
        Assert.Empty(Dsl.Flagged(pack, "Il a declarement dit."));
    }

    [Fact]
    public void Phrases_and_tokens_treat_typographic_and_ascii_apostrophes_alike()
    {
        Assert.Equal(["l’aide"], Dsl.Flagged(Pack("match phrase \"l'aide\""), "Pour l’aide."));
        Assert.Equal(["l'aide"], Dsl.Flagged(Pack("match phrase \"l’aide\""), "Pour l'aide."));
        Assert.Equal(["J'ai dit"], Dsl.Flagged(Pack("match tokens \"j’ai\" \"dit\""), "J'ai dit non."));
    }

    [Fact]
    public void Tokens_split_elision_skip_and_capture()
    {
        var pack = Pack("message \"{v}\"\nmatch tokens \"j’ai\" skip(0..2) v=@verbs", before: "list verbs = \"plaidé\" \"dit\"\n");
        var document = Dsl.Document("Hier, j’ai fortement plaidé pour l’aide.");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, document));
        Assert.Equal("plaidé", diagnostic.GetMessage());
        Assert.Equal(["j’ai fortement plaidé"], Dsl.Flagged(pack, document));
        Assert.Equal(["J’ai dit"], Dsl.Flagged(pack, "J’ai dit non."));
        Assert.Equal(["j’ai plaidé"], Dsl.Flagged(pack, "Oui, j’ai plaide.").Select(_ => "j’ai plaidé").ToList()); // accents ignored
        Assert.Empty(Dsl.Flagged(pack, "J’ai très très fortement plaidé.")); // skip(0..2) is too short
    }

    [Fact]
    public void Tokens_classes_and_quantifiers()
    {
        var pack = Pack("message \"{who}\"\nmatch tokens \"selon\" who=Cap+ number?");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, "Il est parti selon Jean Dupont hier."));
        Assert.Equal("Jean Dupont", diagnostic.GetMessage());
        Assert.Empty(Dsl.Analyze(pack, "Il est parti selon lui."));
    }

    [Fact]
    public void Sentence_scope_is_outside_quotes_by_default_and_inside_quotes_on_request()
    {
        var outside = Pack("match /zut/");
        Assert.Equal(["zut"], Dsl.Flagged(outside, "Il a dit zut."));
        Assert.Empty(Dsl.Flagged(outside, "Il a dit « zut »."));
        var inside = Pack("scope sentence inside quotes\nmatch /zut/");
        Assert.Equal(["zut"], Dsl.Flagged(inside, "Il a dit « zut »."));
        Assert.Empty(Dsl.Flagged(inside, "Il a dit zut."));
        var anywhere = Pack("scope sentence anywhere\nmatch /zut/");
        Assert.Equal(2, Dsl.Flagged(anywhere, "Il a dit « zut ». Puis zut.").Count);
    }

    [Fact]
    public void First_and_last_block_filters()
    {
        const string text = "zut un.\n\nzut deux.\n\nzut trois.\n";
        Assert.Equal(3, Dsl.Flagged(Pack("scope paragraph\nmatch /zut \\w+/"), text).Count);
        Assert.Equal(["zut un"], Dsl.Flagged(Pack("scope paragraph first\nmatch /zut \\w+/"), text));
        Assert.Equal(["zut trois"], Dsl.Flagged(Pack("scope paragraph last\nmatch /zut \\w+/"), text));
        Assert.Equal(["zut un"], Dsl.Flagged(Pack("scope block first\nmatch /zut \\w+/"), text));
    }

    [Fact]
    public void First_in_paragraph_filter()
    {
        var pack = Pack("scope sentence first in paragraph\nmatch /zut \\w+/");
        Assert.Equal(["zut un", "zut trois"], Dsl.Flagged(pack, "zut un. Puis zut deux.\n\nzut trois. Et zut quatre.\n"));
    }

    [Fact]
    public void Line_scope_last()
    {
        var pack = Pack("scope line last\nmatch /zut \\w+/");
        Assert.Equal(["zut deux"], Dsl.Flagged(pack, "zut un\nzut deux\n\n"));
    }

    [Fact]
    public void Document_and_heading_scopes()
    {
        Assert.Equal(["zut"], Dsl.Flagged(Pack("scope document\nmatch /zut/"), "Il dit « zut »."));
        var heading = Pack("scope heading\nmatch /zut/");
        Assert.Equal(["zut"], Dsl.Flagged(heading, Dsl.Document("# Titre zut\n\nCorps zut.\n", path: "doc.md")));
    }

    [Fact]
    public void Language_filter()
    {
        var pack = Pack("match /zut/");
        Assert.Single(Dsl.Flagged(pack, "Il a dit zut.", "fr"));
        Assert.Empty(Dsl.Flagged(pack, "He said zut.", "en"));
        var any = Pack("match /zut/", language: "any");
        Assert.Single(Dsl.Flagged(any, "He said zut.", "en"));
        var overridden = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("language en\nmatch /zut/")));
        Assert.Single(Dsl.Flagged(overridden, "He said zut.", "en"));
        Assert.Empty(Dsl.Flagged(overridden, "Il a dit zut.", "fr"));
    }

    [Fact]
    public void Option_filters()
    {
        var not = Pack("when option voice is not \"first-person\"\nmatch /zut/");
        var isOption = Pack("when option voice is \"first-person\"\nmatch /zut/");
        var plain = Dsl.Document("Il a dit zut.");
        var opEd = Dsl.Document("Il a dit zut.", options: ImmutableDictionary<string, string>.Empty.Add("voice", "first-person"));
        Assert.Single(Dsl.Flagged(not, plain));
        Assert.Empty(Dsl.Flagged(not, opEd));
        Assert.Empty(Dsl.Flagged(isOption, plain));
        Assert.Single(Dsl.Flagged(isOption, opEd));
        var frontMatter = Dsl.Document("---\nvoice: first-person\n---\n\nIl a dit zut.\n", path: "doc.md");
        Assert.Empty(Dsl.Flagged(not, frontMatter));
    }

    [Fact]
    public void Unless_drops_matches_in_the_same_scope()
    {
        var pack = Pack("match /zut/\nunless phrase \"pardon\"");
        Assert.Empty(Dsl.Flagged(pack, "Zut, pardon, zut."));
        Assert.Single(Dsl.Flagged(pack, "Il dit zut. Pardon."));
    }

    [Fact]
    public void Check_repeated_block_first()
    {
        var pack = Pack("scope document\nmatch repeated block first\nfix \"Delete the copy\" => delete block");
        Assert.Single(Dsl.Analyze(pack, "Titre\n\nTitre\n\nCorps du texte."));
        Assert.Equal("Titre\n\nCorps du texte.", Dsl.FixAll(pack, "Titre\n\nTitre\n\nCorps du texte."));
        Assert.Empty(Dsl.Analyze(pack, "Titre\n\nCorps.\n\nTitre"));
    }

    [Fact]
    public void Check_repeated_block_last()
    {
        var pack = Pack("scope document\nmatch repeated block last\nfix \"Delete the copy\" => delete block");
        Assert.Single(Dsl.Analyze(pack, "Tempête sur la côte\n\nLes vents ont soufflé.\n\nLe courant est coupé.\n\n**Tempête sur la côte.**"));
        Assert.Equal("Titre de l’article\n\nCorps du texte.\n\nSuite du texte.",
            Dsl.FixAll(pack, "Titre de l’article\n\nCorps du texte.\n\nSuite du texte.\n\nTitre de l’article"));
        // The copy right under the headline is the first-block matcher's, and a body of one block has no last copy.
        Assert.Empty(Dsl.Analyze(pack, "Titre de l’article\n\nTitre de l’article"));
        Assert.Empty(Dsl.Analyze(pack, "Titre de l’article\n\nCorps du texte.\n\nLe titre de l’article est long."));
    }

    [Fact]
    public void Check_repeated_block_inside()
    {
        var pack = Pack("scope document\nmatch repeated block inside\nfix \"Delete the copy\" => delete block");
        Assert.Equal("Tempête sur la côte bretonne\n\nLes vents ont soufflé.\n\nLe courant est coupé.\n\nLes secours sont là.",
            Dsl.FixAll(pack, "Tempête sur la côte bretonne\n\nLes vents ont soufflé.\n\n**Tempête sur la côte bretonne.**\n\nLe courant est coupé.\n\nLes secours sont là."));
        // The first and the last body blocks are the first- and last-block matchers'.
        Assert.Empty(Dsl.Analyze(pack, "Tempête sur la côte bretonne\n\nTempête sur la côte bretonne\n\nLes vents ont soufflé.\n\nTempête sur la côte bretonne"));
        Assert.Empty(Dsl.Analyze(pack, "Tempête sur la côte bretonne\n\nLes vents ont soufflé.\n\nÀ lire : Tempête sur la côte bretonne, un an après\n\nLe courant est coupé."));
    }

    [Theory]
    [InlineData("Tempête sur la côte bretonne\n\nTempête sur la côte bretonne 3 mars 2024. - Les vents ont soufflé.", "Tempête sur la côte bretonne\n\n3 mars 2024. - Les vents ont soufflé.")]
    [InlineData("Tempête sur la côte bretonne\n\nLes vents ont soufflé.\n\n« Tempête sur la côte bretonne. » Le courant est coupé.", "Tempête sur la côte bretonne\n\nLes vents ont soufflé.\n\nLe courant est coupé.")]
    public void Check_repeated_block_opening_deletes_the_glued_copy(string text, string fixedText)
    {
        var pack = Pack("scope document\nmatch repeated block opening\nfix \"Delete the copy\" => \"\"");
        Assert.Equal(fixedText, Dsl.FixAll(pack, text));
    }

    [Theory]
    [InlineData("Tempête sur la côte bretonne\n\nTempête sur la côte bretonne : les vents ont soufflé.")]
    [InlineData("Tempête sur la côte bretonne\n\nTempête sur la côte bretonnes Les vents ont soufflé.")]
    [InlineData("Tempête en Bretagne\n\nTempête en Bretagne Les vents ont soufflé.")]
    [InlineData("Storm hits the coast overnight\n\nStorm hits the coast overnight Tuesday, forecasters said.")]
    [InlineData("Tempête sur la côte bretonne\n\nTempête sur la côte bretonne")]
    public void Check_repeated_block_opening_leaves_a_sentence_that_goes_on(string text)
    {
        var pack = Pack("scope document\nmatch repeated block opening\nfix \"Delete the copy\" => \"\"");
        Assert.Empty(Dsl.Analyze(pack, text));
    }

    [Theory]
    // A copy with small changes under the headline, the decorated one of the two (a closing full stop, bold).
    [InlineData("first", "Le nombre de chômeurs recule pour le troisième mois\n\nLe nombre des chômeurs a reculé pour le troisième mois.\n\nLa baisse touche les jeunes.",
        "Le nombre de chômeurs recule pour le troisième mois\n\nLa baisse touche les jeunes.")]
    // A paragraph of its own inside the body, and the last one, with the kicker dropped or an auxiliary added.
    [InlineData("inside", "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\nLa SNCF prévoit un train sur deux.\n\nLe trafic des TGV sera perturbé jeudi dans tout le pays\n\nLes usagers sont prévenus.\n\nLa grève durera deux jours.",
        "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\nLa SNCF prévoit un train sur deux.\n\nLes usagers sont prévenus.\n\nLa grève durera deux jours.")]
    [InlineData("last", "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\nLa SNCF prévoit un train sur deux.\n\nLes usagers sont prévenus.\n\nLe trafic des TGV sera perturbé jeudi dans tout le pays.",
        "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\nLa SNCF prévoit un train sur deux.\n\nLes usagers sont prévenus.")]
    // The lead's first sentence after a dateline: the sentence goes, the dateline and the rest stay.
    [InlineData("opening", "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\n3 mars 2024. - Le trafic des TGV sera perturbé jeudi dans tout le pays. La SNCF prévoit un train sur deux.\n\nLes usagers sont prévenus.",
        "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\n3 mars 2024. - La SNCF prévoit un train sur deux.\n\nLes usagers sont prévenus.")]
    public void Check_repeated_block_near_deletes_a_near_copy(string position, string text, string fixedText)
    {
        var pack = Pack($"scope document\nmatch repeated block {position} near\nfix \"Delete the copy\" => {(position == "opening" ? "\"\"" : "delete block")}");
        Assert.Equal(fixedText, Dsl.FixAll(pack, text));
    }

    [Theory]
    // Without "near", the same copies are not the exact matchers'.
    [InlineData("first", "Le nombre de chômeurs recule pour le troisième mois\n\nLe nombre des chômeurs a reculé pour le troisième mois.\n\nLa baisse touche les jeunes.")]
    [InlineData("opening", "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\n3 mars 2024. - Le trafic des TGV sera perturbé jeudi dans tout le pays. La SNCF prévoit un train sur deux.")]
    public void Check_repeated_block_without_near_keeps_to_exact_copies(string position, string text)
    {
        var pack = Pack($"scope document\nmatch repeated block {position}\nfix \"Delete the copy\" => delete block");
        Assert.Empty(Dsl.Analyze(pack, text));
    }

    [Theory]
    // A lead that adds a fact to the headline's words is news, not a copy.
    [InlineData("opening", "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\n3 mars 2024. - Le trafic des TGV sera perturbé jeudi dans tout le pays, selon la SNCF. Un train sur deux circulera.")]
    // Right under the headline, neither of the two decorated: which is the copy is unknown, so "first near" leaves it.
    [InlineData("first", "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\nLe trafic des TGV sera perturbé jeudi dans tout le pays\n\nLa SNCF prévoit un train sur deux.")]
    // A headline of three content words is left alone.
    [InlineData("first", "Tempête en Bretagne ce jeudi\n\nLa tempête en Bretagne ce jeudi.\n\nLes vents ont soufflé.")]
    public void Check_repeated_block_near_leaves_news_and_uncertain_pairs(string position, string text)
    {
        var pack = Pack($"scope document\nmatch repeated block {position} near\nfix \"Delete the copy\" => delete block");
        Assert.Empty(Dsl.Analyze(pack, text));
    }

    [Fact]
    public void Check_repeated_block_reworded_reports_the_lower_block_of_an_undecided_pair()
    {
        var pack = Pack("scope document\nmatch repeated block reworded\nsuggest \"Delete the copy\" => delete block");
        const string Text = "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\nLe trafic des TGV sera perturbé jeudi dans tout le pays\n\nLa SNCF prévoit un train sur deux.";

        // Neither block is decorated: the headline is the first block, so the one under it is the copy.
        var diagnostic = Assert.Single(Dsl.Analyze(pack, Text));
        Assert.Equal(Text.IndexOf("Le trafic des TGV sera", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Equal(Text.IndexOf("\n\nLa SNCF", StringComparison.Ordinal), diagnostic.Location.SourceSpan.End);

        // A suggestion is not applied by fix-all; a rule that makes it its fix deletes the copy and keeps the headline.
        Assert.Equal(Text, Dsl.FixAll(pack, Text));
        var fixing = Pack("scope document\nmatch repeated block reworded\nfix \"Delete the copy\" => delete block");
        Assert.Equal("Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\nLa SNCF prévoit un train sur deux.", Dsl.FixAll(fixing, Text));

        // A decorated copy is the certain matchers', not this one's.
        Assert.Empty(Dsl.Analyze(pack, "Grève : le trafic des TGV perturbé jeudi dans tout le pays\n\n**Le trafic des TGV sera perturbé jeudi dans tout le pays**\n\nLa SNCF prévoit un train sur deux."));
    }

    [Fact]
    public void Check_repeated_block()
    {
        var pack = Pack("scope document\nmatch repeated block");
        Assert.Single(Dsl.Analyze(pack, "Titre\n\nUn paragraphe assez long pour compter.\n\nAutre.\n\nUn paragraphe assez long pour compter."));
    }

    [Fact]
    public void Check_trailing_metadata()
    {
        var pack = Pack("scope line\nmatch trailing metadata\nfix \"Delete\" => delete line", language: "en");
        Assert.Single(Dsl.Analyze(pack, "The story.\n\nPublished 12 March 2024, 10:45 GMT", "en"));
        Assert.Empty(Dsl.Analyze(pack, "The story.\n\nThe end of it.", "en"));
    }

    [Fact]
    public void Check_lowercase_after_stop()
    {
        var pack = Pack("scope paragraph\nmatch lowercase after stop");
        Assert.Single(Dsl.Analyze(pack, "Des frappes sur les civils. infrastructures détruites."));
        Assert.Empty(Dsl.Analyze(pack, "Voir p. ex. le rapport."));
    }

    [Fact]
    public void Fix_replace_match_with_template_functions_fr()
    {
        var pack = Pack("match /Moi, (?<who>[A-Z]\\w+), j’(?<verb>ai|suis)/\nfix \"F\" => \"{who} {third_person(verb)}\"");
        Assert.Equal("Jens a plaidé.", Dsl.FixAll(pack, "Moi, Jens, j’ai plaidé."));
        Assert.Equal("Jens est venu.", Dsl.FixAll(pack, "Moi, Jens, j’suis venu."));
    }

    [Fact]
    public void Fix_third_person_en_and_simple_past()
    {
        var pack = Pack("match /I (?<verb>am|have|argue)/\nfix \"F\" => \"He {third_person(verb)}\"", language: "en");
        Assert.Equal("He is here. He has it. He argues.", Dsl.FixAll(pack, "I am here. I have it. I argue.", "en"));
        var past = Pack("match /will (?<v>argue|say)/\nfix \"F\" => \"{simple_past(v)}\"", language: "en");
        Assert.Equal("He argued. She said.", Dsl.FixAll(past, "He will argue. She will say.", "en"));
    }

    [Fact]
    public void Fix_passe_compose_capitalize_upper_lower_trim()
    {
        var pc = Pack("match /va (?<v>faire|venir)/\nfix \"F\" => \"{passe_compose(v)}\"");
        Assert.Equal("Il a fait. Il est venu.", Dsl.FixAll(pc, "Il va faire. Il va venir."));
        var cap = Pack("match /(?<w>bonjour)/\nfix \"F\" => \"{capitalize(w)} {upper(w)}\"");
        Assert.Equal("Bonjour BONJOUR.", Dsl.FixAll(cap, "bonjour."));
        var lower = Pack("match /SALUT/\nfix \"F\" => \"{lower(match)}\"");
        Assert.Equal("salut.", Dsl.FixAll(lower, "SALUT."));
        var trim = Pack("match /\\[(?<w>[^\\]]*)\\]/\nfix \"F\" => \"<{trim(w)}>\"");
        Assert.Equal("a <b> c", Dsl.FixAll(trim, "a [ ,b, ] c"));
        var nested = Pack("match /j’(?<v>ai)/\nfix \"F\" => \"{capitalize(third_person(v))}\"");
        Assert.Equal("A plaidé.", Dsl.FixAll(nested, "j’ai plaidé."));
    }

    [Fact]
    public void Fix_replace_capture()
    {
        var pack = Pack("match /(?<who>Jens) a dit/\nfix \"F\" => replace who with \"{upper(who)}\"");
        Assert.Equal("Hier JENS a dit non.", Dsl.FixAll(pack, "Hier Jens a dit non."));
    }

    [Fact]
    public void Fix_delete_match_then_capitalize_next()
    {
        var pack = Pack("match tokens (\"je\" | \"j’\") (\"suis\" | \"ai\") skip(0..3) @feelings skip(0..4) \"que\" \",\"?\nfix \"Remove\" => delete match then capitalize next",
            before: "list feelings = \"ravi\" \"heureux\"\n");
        Assert.Equal("Selon le porte-parole, le fait est établi.", Dsl.FixAll(pack, "Je suis ravi de partager que, selon le porte-parole, le fait est établi."));

        // A sentence that goes on with a number keeps the letters after it as written ("715 sites", not "715 Sites").
        Assert.Equal("715 sites ont rouvert.", Dsl.FixAll(pack, "Je suis ravi de partager que 715 sites ont rouvert."));
        var plain = Pack("match /zut /\nfix \"F\" => delete match");
        Assert.Equal("Il dit alors.", Dsl.FixAll(plain, "Il dit zut alors."));
    }

    [Fact]
    public void Fix_delete_sentence_and_paragraph()
    {
        var sentence = Pack("match /zut/\nfix \"F\" => delete sentence");
        Assert.Equal("Un. Trois.", Dsl.FixAll(sentence, "Un. Deux zut. Trois."));
        var paragraph = Pack("scope paragraph\nmatch /zut/\nfix \"F\" => delete paragraph");
        Assert.Equal("Un.\n\nTrois.\n", Dsl.FixAll(paragraph, "Un.\n\nDeux zut.\n\nTrois.\n"));
    }

    [Fact]
    public void Fix_delete_sentence_takes_a_bracketed_aside_alone()
    {
        var sentence = Pack("match /zut/\nfix \"F\" => delete sentence");

        // The aside glued to its sentence (after "etc.", no new sentence starts) goes; the sentence stays.
        Assert.Equal("Un. Des villes, des villages, etc. Trois.", Dsl.FixAll(sentence, "Un. Des villes, des villages, etc. [zut, liste raccourcie.] Trois."));
        Assert.Equal("Un. Le conseil a voté. Trois.", Dsl.FixAll(sentence, "Un. Le conseil (zut) a voté. Trois."));
        Assert.Equal("Un. Le conseil a voté. Trois.", Dsl.FixAll(sentence, "Un. (Note : zut.) Le conseil a voté. Trois."));

        // An aside that is the whole sentence is the sentence: it goes with its space.
        Assert.Equal("Un. Trois.", Dsl.FixAll(sentence, "Un. (Deux zut.) Trois."));

        // Brackets of the other kind that do not pair up inside, or an aside that took the sentence's capital, leave the
        // sentence to go whole, as before.
        Assert.Equal("Un. Trois.", Dsl.FixAll(sentence, "Un. Les jurés [pour leur (zut] patience) ont voté. Trois."));
        Assert.Equal("Un. Trois.", Dsl.FixAll(sentence, "Un. (zut, note) le conseil a voté. Trois."));

        // A match outside the brackets, or running past them, still takes the sentence.
        Assert.Equal("Un. Trois.", Dsl.FixAll(sentence, "Un. Deux (trois) zut. Trois."));
        Assert.Equal("Un. Trois.", Dsl.FixAll(Pack("match /\\(quatre\\) zut/\nfix \"F\" => delete sentence"), "Un. Deux (quatre) zut. Trois."));
    }

    [Fact]
    public void Fix_restore_third_person_names_the_speaker_or_is_not_offered()
    {
        var pack = Pack("match /\\b[Jj][’']ai\\b.*/\nfix \"Restore\" => restore third person\nsuggest \"Delete\" => delete sentence");
        Assert.Equal("Arnaud Montebourg a reçu les syndicats. Arnaud Montebourg a demandé un plan.", Dsl.FixAll(pack, "Arnaud Montebourg a reçu les syndicats. J’ai demandé un plan."));

        // Nobody named before: the safe fix is not offered, the suggestion still is, and fix-all changes nothing.
        var document = Dsl.Document("Les syndicats ont été reçus. J’ai demandé un plan.");
        var fix = Assert.Single(Dsl.Fixes(pack, document, Assert.Single(Dsl.Analyze(pack, document))));
        Assert.Equal(("Delete", false), (fix.Action.Title, fix.IsSafe));
        Assert.False(Dsl.FixAll(pack, document).Changed);
    }

    [Fact]
    public async Task First_fix_is_safe_later_ones_and_suggest_are_suggestions()
    {
        var pack = Pack("match /zut/\nfix \"One\" => \"un\"\nfix \"Two\" => \"deux\"\nsuggest \"Three\" => delete match");
        var info = Assert.Single(pack.Rules);
        Assert.True(info.HasSafeFix);
        Assert.Equal(["One", "Two", "Three"], info.FixTitles.ToArray());
        var document = Dsl.Document("Il dit zut.");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, document));
        var fixes = Dsl.Fixes(pack, document, diagnostic);
        Assert.Equal([("One", true), ("Two", false), ("Three", false)], fixes.Select(f => (f.Action.Title, f.IsSafe)).ToArray());
        Assert.Equal("Il dit un.", Dsl.FixAll(pack, document).FixedText.ToString());
        Assert.Equal("Il dit deux.", (await fixes[1].Action.ApplyAsync(document)).ToString());
    }

    [Fact]
    public void Suggest_only_has_no_safe_fix()
    {
        var pack = Pack("match /zut/\nsuggest \"S\" => \"flûte\"\nfix \"After\" => \"mince\"");
        Assert.Equal(["S", "After"], pack.Rules[0].FixTitles.ToArray());
        Assert.True(pack.Rules[0].HasSafeFix);
        var only = Pack("match /zut/\nsuggest \"S\" => \"flûte\"\nexample \"zut\" => \"flûte\"");
        Assert.False(only.Rules[0].HasSafeFix);
        var document = Dsl.Document("Il dit zut.");
        var result = Dsl.FixAll(only, document);
        Assert.False(result.Changed);
        var fix = Assert.Single(Dsl.Fixes(only, document, Assert.Single(Dsl.Analyze(only, document))));
        Assert.False(fix.IsSafe);
    }

    [Fact]
    public void Rule_metadata_reaches_the_descriptor()
    {
        var pack = Dsl.CompileOk("pack p \"P\"\nhelp \"https://h/{id}.md\"\n" + Dsl.Rule("severity error\ncategory attribution\ndescription \"D\"\ntags a, b\nenabled false\nmatch /x/"));
        var descriptor = pack.Rules[0].Descriptor;
        Assert.Equal(("Test title", DiagnosticSeverity.Error, "attribution", "D", "https://h/PL0001.md", false),
            (descriptor.Title, descriptor.DefaultSeverity, descriptor.Category, descriptor.Description, descriptor.HelpLinkUri, descriptor.IsEnabledByDefault));
        Assert.Equal(["a", "b"], descriptor.CustomTags.ToArray());
        Assert.Equal("sentence outside quotes", pack.Rules[0].Scope);
    }
}
