using RulesSdk.Rules.Kinds;

namespace RulesSdk.Dsl.Tests;

/// <summary>The Vale-like check kinds: swap, occurrence, repetition, consistency, conditional, capitalization, metric.</summary>
public sealed class CheckKindTests
{
    private static RulePack Pack(string clauses, string language = "fr", string lists = "") =>
        Dsl.CompileOk(Dsl.Pack(lists + Dsl.Rule(clauses), language));

    private static List<string> Messages(RulePack pack, string text, string language = "fr") =>
        [.. Dsl.Analyze(pack, text, language).Where(d => d.Id == "PL0001").Select(d => d.GetMessage())];

    [Fact]
    public void Swap_replaces_each_entry_with_its_own_replacement_keeping_the_case()
    {
        var pack = Pack("""
            message "Écrire « {replacement} » plutôt que « {match} »"
            match swap "suite à" => "à la suite de", "suite au" => "à la suite du", "suite aux" => "à la suite des"
            fix "Remplacer par « {replacement} »" => "{replacement}"
            example "Suite aux annonces, il part." => "À la suite des annonces, il part."
            example "Il part suite au vote." => "Il part à la suite du vote."
            clean "La suite avait été annoncée."
            """);
        Assert.Equal(["Écrire « à la suite de » plutôt que « suite à »"], Messages(pack, "Il part suite à cela."));
        Assert.Equal("À LA SUITE DU vote.", Dsl.FixAll(pack, "SUITE AU vote."));
    }

    [Fact]
    public async Task Swap_fix_title_shows_the_replacement()
    {
        var pack = Pack("""
            match swap "utilize" => "use"
            fix "Use '{replacement}'" => "{replacement}"
            """, "en");
        var document = Dsl.Document("We utilize tools.", "en");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, document));
        var fix = Assert.Single(Dsl.Fixes(pack, document, diagnostic));
        Assert.Equal("Use 'use'", fix.Action.Title);
        Assert.Equal("We use tools.", (await fix.Action.ApplyAsync(document)).ToString());
    }

    [Fact]
    public void Swap_takes_the_longest_entry_on_word_boundaries()
    {
        var pack = Pack("""
            message "{replacement}"
            match swap "a number" => "A", "a number of" => "many"
            """, "en");
        Assert.Equal(["many"], Messages(pack, "There are a number of cats.", "en"));
        Assert.Empty(Messages(pack, "Samba numbers.", "en"));
    }

    [Fact]
    public void Swap_with_regex_entries_uses_one_alternation()
    {
        var pack = Pack("""
            message "{replacement} for {match}"
            match swap /(?:utilize|make use of)/i => "use", "in order to" => "to"
            """, "en");
        Assert.Equal(["Use for Make use of", "to for in order to"], Messages(pack, "Make use of it in order to win.", "en"));
    }

    [Fact]
    public void Swap_from_a_file_reads_tab_or_arrow_separated_lines()
    {
        var files = new Dictionary<string, string> { ["/rules/swaps.tsv"] = "# comment\nutilize\tuse\nin order to => to\n" };
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("message \"{replacement}\"\nmatch swap from \"swaps.tsv\""), "en"), files);
        Assert.Equal(["use", "to"], Messages(pack, "Utilize it in order to win.", "en").Select(m => m.ToLowerInvariant()).ToList());
    }

    [Fact]
    public void A_swap_list_is_emitted_as_two_string_arrays_not_an_object_per_entry()
    {
        // The pack compiler checks every name in generated code; names inside one big field
        // initializer made that check quadratic (1,000 entries: 20 s), string literals are not checked.
        var entries = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"w{i} of\tthe w{i}"));
        var files = new Dictionary<string, string> { ["/rules/swaps.tsv"] = entries };
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("message \"{replacement}\"\nmatch swap from \"swaps.tsv\""), "en"), files);

        Assert.True(compilation.Success);
        var source = Assert.Single(compilation.GeneratedSources.Values, s => s.Contains("SwapRuleMatcher", StringComparison.Ordinal));
        Assert.Contains("SwapRuleMatcher(new string[] { \"w0 of\", \"w1 of\"", source, StringComparison.Ordinal);
        Assert.DoesNotContain("SwapEntry(", source, StringComparison.Ordinal);
        Assert.Equal(["the w299"], Messages(compilation.Pack!, "It is w299 of them.", "en"));
    }

    [Fact]
    public void Swap_file_errors_are_positioned()
    {
        var files = new Dictionary<string, string> { ["/rules/swaps.tsv"] = "no separator here\n" };
        var result = Dsl.Compile(Dsl.Pack(Dsl.Rule("match swap from \"swaps.tsv\"")), files);
        var error = Dsl.Single(result.Diagnostics, "DSL0021");
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match swap from \"missing.tsv\""))).Diagnostics, "DSL0011");
    }

    [Fact]
    public void Occurrence_reports_a_sentence_over_the_maximum()
    {
        var pack = Pack("""
            message "{count} words"
            match occurrence /\b\w+\b/ max 5
            """, "en");
        Assert.Equal(["7 words"], Messages(pack, "One two three four five six seven. Short one here.", "en"));
    }

    [Fact]
    public void Occurrence_needs_a_bound()
    {
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match occurrence /x/ min 3 max 1"))).Diagnostics, "DSL0019");
    }

    [Fact]
    public void Repetition_finds_a_word_twice_in_a_row()
    {
        var pack = Pack("""
            message "'{word}' is repeated"
            match repetition /\b\w+\b/
            clean "Le chat dort."
            """);
        Assert.Equal(["'le' is repeated"], Messages(pack, "Le le chat dort."));
    }

    [Fact]
    public void Consistency_reports_the_spelling_used_second()
    {
        var pack = Pack("""
            scope document
            message "Keep one spelling"
            match consistency "advisor" or "adviser", /colou?r/ or /hue/
            """, "en");
        Assert.Equal(["adviser"], Dsl.Flagged(pack, "The advisor met the adviser. The advisor left.", "en"));
        Assert.Empty(Dsl.Flagged(pack, "The advisor met another advisor.", "en"));
    }

    [Fact]
    public void Conditional_requires_a_definition()
    {
        var pack = Pack("""
            scope document
            message "'{term}' has no definition"
            match conditional /\b([A-Z]{3,5})\b/ requires /(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)/ except @known
            """, "en", "list known = \"FAQ\"\n");
        Assert.Equal(["'DAFB' has no definition"], Messages(pack, "The World Health Organization (WHO) said. WHO and DAFB and FAQ.", "en"));
    }

    [Fact]
    public void Conditional_before_needs_the_definition_first()
    {
        var pack = Pack("""
            scope document
            message "'{term}' used before its definition"
            match conditional /\b([A-Z]{3})\b/ requires /\(([A-Z]{3})\)/ before
            """, "en");
        Assert.Equal(["WHO"], Dsl.Flagged(pack, "WHO spoke. The World Health Organization (WHO) said.", "en"));
    }

    [Theory]
    [InlineData("sentence", "# This is a Heading\n\nBody.", true)]
    [InlineData("sentence", "# This is a heading\n\nBody.", false)]
    [InlineData("sentence", "# Using Kubernetes today\n\nBody.", false)]
    [InlineData("title", "# Find the Thief\n\nBody.", false)]
    [InlineData("title", "# Find the thief\n\nBody.", true)]
    public void Capitalization_checks_headings(string style, string text, bool flagged)
    {
        var pack = Pack($"""
            title "Heading case"
            scope heading
            match capitalization {style} except @names
            """, "en", "list names = \"Kubernetes\"\n");
        var document = Dsl.Document(text, "en", path: "doc.md");
        Assert.Equal(flagged, Dsl.Flagged(pack, document).Count == 1);
    }

    [Fact]
    public void Metric_reports_a_hard_text_with_its_score()
    {
        var pack = Pack("""
            scope document
            message "Grade {score}"
            match metric flesch_kincaid > 12
            """, "en");
        const string hard = "Notwithstanding considerable organizational complications, administrative representatives unanimously acknowledged insurmountable institutional difficulties.";
        Assert.Single(Messages(pack, hard, "en"));
        Assert.Empty(Messages(pack, "The cat sat. The dog ran.", "en"));
    }

    [Fact]
    public void Metric_formula_errors_are_positioned()
    {
        var error = Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("scope document\nmatch metric \"words / \" > 3"))).Diagnostics, "DSL0022");
        Assert.Contains("offset", error.Message, StringComparison.Ordinal);
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("scope document\nmatch metric flesh > 3"))).Diagnostics, "DSL0022");
    }

    [Theory]
    [InlineData("cat", false, 1)]
    [InlineData("make", false, 1)]
    [InlineData("table", false, 2)]
    [InlineData("organization", false, 5)]
    [InlineData("table", true, 1)]
    [InlineData("organisation", true, 5)]
    [InlineData("tables", true, 1)]
    public void Syllables_are_estimated_per_language(string word, bool french, int expected)
    {
        Assert.Equal(expected, TextStatistics.CountSyllables(word, french));
    }

    [Fact]
    public void Markdown_examples_run_as_markdown_documents()
    {
        Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            title "Heading case"
            scope heading
            match capitalization sentence
            example md "# This is a Heading\n\nBody."
            clean md "# This is a heading\n\nBody Text With Capitals."
            """), "en"));

        // In Markdown, code is not prose; read as plain text, the same input is flagged.
        const string rule = "match swap \"utilize\" => \"use\"\nclean md \"Run `utilize` here.\"\n";
        Dsl.CompileOk(Dsl.Pack(Dsl.Rule(rule), "en"));
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule(rule.Replace("clean md", "clean", StringComparison.Ordinal)), "en")).Diagnostics, "DSL0009");
    }

    [Fact]
    public void A_capture_the_pattern_lacks_in_a_fix_title_is_an_error()
    {
        var result = Dsl.Compile(Dsl.Pack(Dsl.Rule("match /aff(?<end>ect)/\nfix \"Replace with « affect{ending} »\" => \"x\"")));
        var error = Dsl.Single(result.Diagnostics, "DSL0003");
        Assert.Contains("fix title uses capture '{ending}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capitalize_next_applies_only_at_a_sentence_start()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            match /[Jj]e crois,\s*/
            fix "Supprimer" => delete match then capitalize next
            example "Je crois, les faits sont établis." => "Les faits sont établis."
            example "Il a, je crois, dit cela." => "Il a, dit cela."
            """)));
        Assert.Equal("Il a, dit cela.", Dsl.FixAll(pack, "Il a, je crois, dit cela."));
    }

    [Theory]
    [InlineData("Titre\nJe crois, les faits sont établis.\n", "Titre\nLes faits sont établis.\n")]
    [InlineData("Titre\rJe crois, les faits sont établis.\r", "Titre\rLes faits sont établis.\r")]
    [InlineData("Il a dit\nje crois, les faits.\n", "Il a dit\nles faits.\n")]
    public void Capitalize_next_after_a_capitalised_deletion_at_a_line_start(string input, string expected)
    {
        // A title line with no blank line after it is one block with the line below it: a capitalised
        // deletion at a line start still leaves a sentence to re-capitalise; a lower-case one does not.
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            match /[Jj]e crois,\s*/
            fix "Supprimer" => delete match then capitalize next
            """)));
        Assert.Equal(expected, Dsl.FixAll(pack, input));
    }
}
