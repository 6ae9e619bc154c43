using System.Text;

namespace RulesSdk.Dsl.Tests;

/// <summary>The <c>spelling</c> check kind: the bundled dictionaries, accept and ignore lists, skips, suggestions as fixes, and its errors.</summary>
public sealed class SpellingKindTests
{
    private const string EnglishRule = """
        message  "Unknown word '{word}' (did you mean {suggestions}?)"
        scope    sentence
        match    spelling dictionary "en" accept "RulesSdk", /^docrules?$/i ignore "words.txt"
        suggest  "Replace with '{suggestion}'" => "{suggestion}"
        example  "We recieve the report."
        clean    "We receive the report from RulesSdk and docrules."
        """;

    private static readonly Dictionary<string, string> WordsFile = new() { ["/rules/words.txt"] = "# project words\nfoobarize\n" };

    private static RulePack English(string clauses = EnglishRule) => Dsl.CompileOk(Dsl.Pack(Dsl.Rule(clauses), "en"), WordsFile);

    [Fact]
    public void Misspelled_words_are_reported_with_their_suggestions()
    {
        var pack = English();
        var document = Dsl.Document("We recieve teh report. Running studies show unhappiness.", "en");
        var diagnostics = Dsl.Analyze(pack, document);
        Assert.Equal(["recieve", "teh"], Dsl.Flagged(pack, document));
        Assert.StartsWith("Unknown word 'recieve' (did you mean receive", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.All(RulePackTester.Run(pack), result => Assert.True(result.Passed, result.Failure));
    }

    [Fact]
    public async Task Each_suggestion_is_its_own_fix_and_none_is_safe()
    {
        var pack = English();
        var document = Dsl.Document("We recieve it.", "en");
        var diagnostic = Assert.Single(Dsl.Analyze(pack, document));
        var fixes = Dsl.Fixes(pack, document, diagnostic);
        Assert.NotEmpty(fixes);
        Assert.All(fixes, fix => Assert.False(fix.IsSafe));
        Assert.Equal("Replace with 'receive'", fixes[0].Action.Title);
        Assert.Equal(fixes.Length, fixes.Select(f => f.Action.Title).Distinct().Count());
        Assert.Equal("We receive it.", (await fixes[0].Action.ApplyAsync(document)).ToString());

        // Fix-all applies safe fixes only: a guess never rewrites the text unasked.
        Assert.Equal("We recieve it.", Dsl.FixAll(pack, "We recieve it.", "en"));
    }

    [Fact]
    public void Accepted_ignored_and_skipped_words_are_not_reported()
    {
        var pack = English();
        Assert.Empty(Dsl.Flagged(pack, "RulesSdk and Docrules Foobarize the NATO files: see https://example.org/teh or mail teh@example.org, v2beta and x86.", "en"));
        Assert.Equal(["Zorblax"], Dsl.Flagged(pack, "We met Zorblax.", "en"));
        var skipping = English(EnglishRule.Replace("ignore \"words.txt\"", "ignore \"words.txt\" skip capitalized", StringComparison.Ordinal));
        Assert.Empty(Dsl.Flagged(skipping, "We met Zorblax.", "en"));
        Assert.Equal(["Zorblax"], Dsl.Flagged(skipping, "Zorblax met us.", "en"));
    }

    [Fact]
    public void French_rule_uses_the_rule_language_dictionary_by_default()
    {
        var pack = Dsl.CompileOk(Dsl.Pack(Dsl.Rule("""
            message "Mot inconnu « {word} »"
            match   spelling suggestions 2
            suggest "Remplacer par « {suggestion} »" => "{suggestion}"
            example "Ils mangaient aujourd’hui."
            clean   "Aujourd’hui, qu’il pleuve ou non, l’homme et les femmes mangeaient des pommes vertes."
            """)));
        Assert.Equal(["mangaient", "gouvernment"], Dsl.Flagged(pack, "Ils mangaient avec le gouvernment."));
        Assert.All(RulePackTester.Run(pack), result => Assert.True(result.Passed, result.Failure));
    }

    [Fact]
    public void Dictionary_files_beside_the_rule_file_are_read_relative_to_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rulessdk-spelling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "dict"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "dict", "tiny.aff"), "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n");
            File.WriteAllText(Path.Combine(folder, "dict", "tiny.dic"), "2\nzorbwidget/S\nzorbgizmo\n");
            var rules = Path.Combine(folder, "spelling.rules");
            var text = Dsl.Pack(Dsl.Rule("match spelling dictionary \"dict/tiny\", \"en\""), "en");
            var pack = RulePack.Compile([new RuleSource(rules, text)], new RulePackOptions { UseCache = false });
            Assert.True(pack.Success, string.Join("\n", pack.Diagnostics));
            Assert.Equal(["zorbgizmos"], Dsl.Flagged(pack.Pack!, "The zorbwidgets and the zorbgizmo and the zorbgizmos.", "en"));

            File.WriteAllText(Path.Combine(folder, "dict", "bad.aff"), "SET UTF-8\nSFX S Y 2\nSFX S 0 s .\nPFX x\n");
            File.WriteAllText(Path.Combine(folder, "dict", "bad.dic"), "1\nwidget/S\n");
            var bad = RulePack.Compile([new RuleSource(rules, Dsl.Pack(Dsl.Rule("match spelling dictionary \"dict/bad.dic\""), "en"))], new RulePackOptions { UseCache = false });
            var error = Dsl.Single(bad.Diagnostics, "DSL0023");
            Assert.Contains("bad.aff(4): expected entry 2 of 2 of SFX S", error.Message, StringComparison.Ordinal);
            Assert.Equal(7, error.Line);

            File.WriteAllBytes(Path.Combine(folder, "dict", "binary.aff"), Encoding.UTF8.GetBytes("SET UTF-8\n"));
            File.WriteAllBytes(Path.Combine(folder, "dict", "binary.dic"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
            var binary = RulePack.Compile([new RuleSource(rules, Dsl.Pack(Dsl.Rule("match spelling dictionary \"dict/binary\""), "en"))], new RulePackOptions { UseCache = false });
            Assert.Contains("binary.dic: is not a text file", Dsl.Single(binary.Diagnostics, "DSL0023").Message, StringComparison.Ordinal);

            var missing = RulePack.Compile([new RuleSource(rules, Dsl.Pack(Dsl.Rule("match spelling dictionary \"dict/none\""), "en"))], new RulePackOptions { UseCache = false });
            Assert.Contains("none.aff", Dsl.Single(missing.Diagnostics, "DSL0011").Message, StringComparison.Ordinal);

            // A dictionary gone after compiling: one analyzer-failure diagnostic naming the file, not a crash.
            var later = RulePack.Compile([new RuleSource(rules, Dsl.Pack(Dsl.Rule("match spelling dictionary \"dict/tiny\""), "en"))], new RulePackOptions { UseCache = false });
            Assert.True(later.Success, string.Join("\n", later.Diagnostics));
            File.Delete(Path.Combine(folder, "dict", "tiny.dic"));
            var failure = Assert.Single(Dsl.Analyze(later.Pack!, "The zorbgizmos.", "en"));
            Assert.Equal("DR0001", failure.Id);
            Assert.Contains("tiny.dic: cannot be read", failure.GetMessage(), StringComparison.Ordinal);

            var outside = RulePack.Compile([new RuleSource(rules, Dsl.Pack(Dsl.Rule("match spelling dictionary \"../elsewhere/x\""), "en"))], new RulePackOptions { UseCache = false });
            Dsl.Single(outside.Diagnostics, "DSL0041");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Corrections_are_computed_only_when_a_message_or_fix_shows_them()
    {
        var silent = Dsl.Compile(Dsl.Pack(Dsl.Rule("message \"Unknown '{word}'\"\nmatch spelling"), "en"));
        Assert.Contains("maxSuggestions: 0", Assert.Single(silent.GeneratedSources).Value, StringComparison.Ordinal);
        var shown = Dsl.Compile(Dsl.Pack(Dsl.Rule("message \"Unknown '{word}', try {suggestion}\"\nmatch spelling suggestions 5"), "en"));
        Assert.Contains("maxSuggestions: 5", Assert.Single(shown.GeneratedSources).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Spelling_errors_are_positioned()
    {
        Assert.Contains("no bundled dictionary 'de'", Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match spelling dictionary \"de\""))).Diagnostics, "DSL0023").Message, StringComparison.Ordinal);
        Assert.Contains("the rule's language 'any'", Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match spelling"), "any")).Diagnostics, "DSL0023").Message, StringComparison.Ordinal);
        var safe = Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match spelling\nfix \"Use {suggestion}\" => \"{suggestion}\""))).Diagnostics, "DSL0023");
        Assert.Contains("write 'suggest'", safe.Message, StringComparison.Ordinal);
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("message \"{replacement}\"\nmatch spelling"))).Diagnostics, "DSL0003");
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match spelling ignore \"missing.txt\""))).Diagnostics, "DSL0011");
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match spelling accept @nowhere"))).Diagnostics, "DSL0002");
        Dsl.Single(Dsl.Compile(Dsl.Pack(Dsl.Rule("match spelling suggestions 50"))).Diagnostics, "DSL0019");
    }

    [Fact]
    public void Generated_code_matches_the_golden_file() =>
        GoldenFile.Verify(Dsl.Compile(Dsl.Pack(Dsl.Rule(EnglishRule), "en"), WordsFile), "Spelling.g.cs.txt");
}
