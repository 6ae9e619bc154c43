using System.Text.RegularExpressions;
using RulesSdk.Dsl.Binding;

namespace RulesSdk.Dsl.Tests;

/// <summary>
/// A list spliced into a regex is written as a trie; it must match exactly what the flat
/// alternation (longest entries first) matched, with and without <c>(?i)</c>.
/// </summary>
public sealed class ListAlternationTests
{
    private static string Flat(IEnumerable<string> entries) =>
        "(?:" + string.Join('|', entries.OrderByDescending(e => e.Length).Select(Regex.Escape)) + ")";

    private static void AssertSameMatches(IReadOnlyList<string> entries, string text, string prefix, string suffix)
    {
        foreach (var options in new[] { RegexOptions.CultureInvariant, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase })
        {
            var flat = new Regex(prefix + Flat(entries) + suffix, options).Matches(text).Select(m => (m.Index, m.Value));
            var trie = new Regex(prefix + ListAlternation.Build(entries) + suffix, options).Matches(text).Select(m => (m.Index, m.Value));
            Assert.Equal(flat, trie);
        }
    }

    [Fact]
    public void FactorsCommonPrefixes_LongestFirst()
    {
        Assert.Equal("(?:a(?:\\ déclaré|ffirmé)?|dit)", ListAlternation.Build(["a", "a déclaré", "affirmé", "dit"]));
    }

    [Fact]
    public void CaseVariants_AreWrittenFlat()
    {
        Assert.Equal("(?:le\\ monde|LE|Le)", ListAlternation.Build(["Le", "le monde", "LE"]));
        AssertSameMatches(["Le", "le monde", "LE", "l"], "Le monde, LE MONDE et le monde.", string.Empty, string.Empty);
    }

    [Fact]
    public void EmptyEntry_MatchesLast()
    {
        Assert.Equal("(?:ab|)", ListAlternation.Build(["", "ab"]));
        Assert.Equal("(?:)", ListAlternation.Build([]));
    }

    [Fact]
    public void MetacharactersAndWhitespace_AreEscaped()
    {
        string[] entries = ["x.y", "a#b c", "(a)", "a|b", "[x]", "\\"];
        foreach (var entry in entries)
        {
            Assert.Matches(new Regex("^" + ListAlternation.Build(entries) + "$", RegexOptions.IgnorePatternWhitespace), entry);
        }

        AssertSameMatches(entries, "x.y xzy a#b c (a) a|b [x] \\ ab", string.Empty, string.Empty);
    }

    [Fact]
    public void RandomLists_MatchAsTheFlatAlternation()
    {
        var random = new Random(20261203);
        const string letters = "abAB é";
        for (var round = 0; round < 300; round++)
        {
            var entries = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => letters[random.Next(letters.Length)])]))
                .ToList();
            var text = new string([.. Enumerable.Range(0, 60).Select(_ => letters[random.Next(letters.Length)])]);

            AssertSameMatches(entries, text, string.Empty, string.Empty);
            AssertSameMatches(entries, text, "\\b", "\\b");
            AssertSameMatches(entries, text, string.Empty, "b");
        }
    }

    [Fact]
    public void TwentyThousandEntries_CompileInAPack()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => "mot" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pack = Dsl.CompileOk(Dsl.Pack("list words = " + string.Join(' ', words.Select(w => "\"" + w + "\"")) + "\n" +
            Dsl.Rule("scope sentence\n  match /\\b(?:@words)\\b/")), options: new RulePackOptions { UseCache = false, RunExamples = false });

        Assert.Equal(["mot1f", "mot4e1f"], Dsl.Flagged(pack, "Le mot1f et le mot4e1f, pas le mot4e20."));
    }
}
