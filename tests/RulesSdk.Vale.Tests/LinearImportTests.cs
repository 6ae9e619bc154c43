using RulesSdk.Dsl;

namespace RulesSdk.Vale.Tests;

/// <summary>
/// Imported patterns are flagged <c>l</c> (linear time, .NET's non-backtracking engine) whenever that
/// engine can run them, so a key like <c>(a+)+N</c> answers on a long run of "a" instead of timing out
/// (DR0002). Vale itself backtracks (regexp2): a pattern with a lookaround or a backreference keeps
/// its meaning and runs as before, without the flag.
/// </summary>
public sealed class LinearImportTests : IDisposable
{
    private static readonly string LongRunOfA = new('a', 60_000);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-vale-linear-" + Guid.NewGuid().ToString("N"));

    public LinearImportTests() => Directory.CreateDirectory(Path.Combine(_root, "Style"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ValeImport Import(string rule, string yaml)
    {
        File.WriteAllText(Path.Combine(_root, "Style", rule + ".yml"), yaml);
        var import = ValeImporter.Import(Path.Combine(_root, "Style"));
        Assert.DoesNotContain(import.Diagnostics, d => d.IsError);
        return import;
    }

    private static List<(string Id, string Text)> Run(ValeImport import, string text)
    {
        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())));
        var driver = new Analyzers.AnalyzerDriver(compilation.Pack!.Analyzers);
        var diagnostics = driver.AnalyzeDocument(new Workspaces.TextDocument(Workspaces.DocumentId.FromPath("doc.md"), "doc.md", Text.SourceText.From(text), declaredLanguage: "en"));
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => (d.Id, text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))];
    }

    [Fact]
    public void A_swap_key_that_would_backtrack_is_flagged_and_answers_on_a_long_run()
    {
        var import = Import("Regexy", "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nswap:\n  (a+)+N: N\n  utilize: use\n  '(?:make|made) use of': use\n");

        var file = import.Files["Style.Regexy.rules"];
        Assert.Contains(@"/\b(?:(a+)+N)\b/l => ""N""", file, StringComparison.Ordinal);
        Assert.Contains(@"/\b(?:(?:make|made) use of)\b/l => ""use""", file, StringComparison.Ordinal);
        // A plain key runs in a trie: it needs no flag.
        Assert.Contains(@"/\b(?:utilize)\b/ => ""use""", file, StringComparison.Ordinal);
        Assert.DoesNotContain(Run(import, LongRunOfA + " utilize aaN."), d => d.Id == "DR0002");
        Assert.Equal(["utilize", "aaN"], Run(import, LongRunOfA + " utilize aaN.").Select(d => d.Text));
    }

    [Fact]
    public void Two_thousand_keys_that_would_backtrack_are_all_flagged()
    {
        var keys = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"  (a+)+N{i}: N{i}\n"));
        var import = Import("Regexy", "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nswap:\n" + keys + "  utilize: use\n");

        Assert.Equal(2_000, import.Files["Style.Regexy.rules"].Split("/l => ").Length - 1);
        Assert.Equal(["utilize", "aaN1999"], Run(import, LongRunOfA + " utilize aaN1999.").Select(d => d.Text));
    }

    [Fact]
    public void A_key_with_a_lookaround_keeps_backtracking_as_in_Vale_and_the_others_stay_linear()
    {
        var import = Import("Contractions", "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nignorecase: true\nswap:\n  'it is(?!\\.)': it's\n  (a+)+N: N\n  are not: aren't\n");

        var file = import.Files["Style.Contractions.rules"];
        Assert.Contains(@"/\b(?:it is(?!\.))\b/i => ""it's""", file, StringComparison.Ordinal);
        Assert.Contains(@"/\b(?:(a+)+N)\b/il => ""N""", file, StringComparison.Ordinal);
        Assert.Contains(@"""are not"" => ""aren't""", file, StringComparison.Ordinal);
        Assert.Equal(["It is", "are not", "aaN"], Run(import, "It is here. It is. They are not aaN.").Select(d => d.Text));
        Assert.DoesNotContain(Run(import, LongRunOfA + " are not."), d => d.Id == "DR0002");
    }

    [Fact]
    public void Existence_tokens_and_raw_patterns_are_flagged_when_the_engine_can_run_them()
    {
        var import = Import("Runs", "extends: existence\nmessage: \"'%s'\"\nnonword: true\nraw:\n  - '(a+)+N'\n");
        var lookaround = Import("Ahead", "extends: existence\nmessage: \"'%s'\"\ntokens:\n  - 'foo(?=bar)'\n");

        Assert.Contains("match       /(a+)+N/ml", import.Files["Style.Runs.rules"], StringComparison.Ordinal);
        Assert.Contains(@"match       /\b(?:foo(?=bar))\b/m" + "\n", lookaround.Files["Style.Ahead.rules"], StringComparison.Ordinal);
                Assert.DoesNotContain(Run(import, LongRunOfA + "!"), d => d.Id == "DR0002");
    }

    [Fact]
    public void A_token_list_too_large_for_the_engine_imports_without_the_flag()
    {
        // 3,000 tokens of 10 letters with little in common: past the engine's 10,000-node limit once spliced.
        var random = new Random(32);
        var words = Enumerable.Range(0, 3_000).Select(_ => new string([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + random.Next(26)))])).Distinct().ToList();
        var import = Import("Many", "extends: existence\nmessage: \"'%s'\"\ntokens:\n" + string.Concat(words.Select(w => $"  - {w}\n")));

        var file = import.Files["Style.Many.rules"];
        Assert.Contains(@"match       /\b@many_tokens\b/m" + "\n", file, StringComparison.Ordinal);
        Assert.Equal([words[42], words[^1]], Run(import, $"See {words[42]} and {words[^1]} and {words[0]}x.").Select(d => d.Text));
    }
}
