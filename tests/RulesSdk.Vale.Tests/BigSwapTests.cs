using System.Text;
using RulesSdk.Dsl;

namespace RulesSdk.Vale.Tests;

/// <summary>
/// A 10,000-entry Vale swap list: its plain keys run as one trie per run, with the findings of one
/// alternation of every entry (the leftmost match, and at one position the key listed first).
/// </summary>
public sealed class BigSwapTests : IDisposable
{
    private const int Entries = 10_000;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-vale-swap-" + Guid.NewGuid().ToString("N"));

    public BigSwapTests() => Directory.CreateDirectory(Path.Combine(_root, "Style"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>
    /// A swap list: "gamma" listed before "gamma delta" and "alpha beta" before "alpha" (one key of each
    /// pair is a prefix of the other), then w0 … w9999, with <paramref name="middle"/> in the middle.
    /// </summary>
    private List<(string Rule, string Message, string Text)> Check(string header, string middle, string text)
    {
        var yaml = new StringBuilder("extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\n").Append(header).Append("swap:\n");
        yaml.Append("  gamma: g1\n  alpha beta: ab\n  alpha: a1\n  gamma delta: gd\n  delta: d1\n");
        for (var i = 0; i < Entries; i++)
        {
            yaml.Append(i == Entries / 2 ? middle : string.Empty).Append("  w").Append(i).Append(": x").Append(i).Append('\n');
        }

        File.WriteAllText(Path.Combine(_root, "Style", "Big.yml"), yaml.ToString());
        var import = ValeImporter.Import(Path.Combine(_root, "Style"));
        Assert.DoesNotContain(import.Diagnostics, d => d.IsError);
        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())));
        var driver = new Analyzers.AnalyzerDriver(compilation.Pack!.Analyzers);
        var diagnostics = driver.AnalyzeDocument(new Workspaces.TextDocument(Workspaces.DocumentId.FromPath("doc.md"), "doc.md", Text.SourceText.From(text), declaredLanguage: "en"));
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => (import.Rules.Single(r => r.RuleId == d.Id).ValeName, d.GetMessage(), text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))];
    }

    [Fact]
    public void Plain_keys_match_first_middle_and_last_entries_with_case_and_list_order()
    {
        var findings = Check(string.Empty, string.Empty, "w0 w5000 w9999 W0 w10000 w5000x alpha beta alpha gamma delta.\n");

        Assert.Equal<(string, string, string)>(
        [
            ("Style.Big", "Use 'x0' instead of 'w0'", "w0"),
            ("Style.Big", "Use 'x5000' instead of 'w5000'", "w5000"),
            ("Style.Big", "Use 'x9999' instead of 'w9999'", "w9999"),
            // Case-sensitive without 'ignorecase': W0 is not w0; w10000 and w5000x are no key.
            ("Style.Big", "Use 'ab' instead of 'alpha beta'", "alpha beta"),
            ("Style.Big", "Use 'a1' instead of 'alpha'", "alpha"),
            // "gamma" is listed before "gamma delta": it wins, and the search goes on at " delta".
            ("Style.Big", "Use 'g1' instead of 'gamma'", "gamma"),
            ("Style.Big", "Use 'd1' instead of 'delta'", "delta"),
        ], findings);
    }

    [Fact]
    public void A_regex_key_keeps_its_place_between_runs_of_plain_keys_that_ignore_case()
    {
        // ignorecase with one regex key: the plain keys before and after it are two runs of the alternation.
        var findings = Check("ignorecase: true\n", "  'colou?r': hue\n", "W0 w5000 COLOUR w9999 Alpha Beta GAMMA DELTA.\n");

        Assert.Equal<(string, string, string)>(
        [
            ("Style.Big", "Use 'X0' instead of 'W0'", "W0"),
            ("Style.Big", "Use 'x5000' instead of 'w5000'", "w5000"),
            ("Style.Big", "Use 'HUE' instead of 'COLOUR'", "COLOUR"),
            ("Style.Big", "Use 'x9999' instead of 'w9999'", "w9999"),
            ("Style.Big", "Use 'Ab' instead of 'Alpha Beta'", "Alpha Beta"),
            ("Style.Big", "Use 'G1' instead of 'GAMMA'", "GAMMA"),
            ("Style.Big", "Use 'D1' instead of 'DELTA'", "DELTA"),
        ], findings);
    }
}
