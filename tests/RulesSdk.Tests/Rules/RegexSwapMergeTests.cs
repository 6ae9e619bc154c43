using System.Text.RegularExpressions;
using RulesSdk.Rules;
using RulesSdk.Rules.Kinds;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// A regex swap list whose groups are spread over several alternations (the entries flagged <c>l</c> on
/// the non-backtracking engine) finds what the one alternation of every group finds: the leftmost match,
/// at one position the entry listed first, a shorter plain key that wins, empty matches skipped.
/// </summary>
public sealed class RegexSwapMergeTests
{
    // Regex entries that overlap one another and the plain words below, one that can match empty, one anchored.
    private static readonly string[] RegexEntries =
    [
        @"\bthe\s+board\b", @"\b(?:a+)b\b", @"\bb\w*", @"\bq*\b", @"\bboard\s+(?:said|met)\b", @"\b(?:the|a)\s+\w+s\b", @"^\w+", @"\bsaid\b",
    ];

    private static readonly string[] PlainWords = ["the", "the board", "board", "said", "a", "ab", "cats", "met", "board met"];

    private static readonly string[] TextWords = ["the", "board", "said", "a", "ab", "aab", "b", "bb", "cats", "met", "q", "qq", "The", "BOARD", ",", "."];

    [Fact]
    public void Merged_alternations_find_what_the_one_alternation_finds()
    {
        var random = new Random(32);
        for (var round = 0; round < 300; round++)
        {
            var entries = Enumerable.Range(0, random.Next(2, 9)).Select(_ => random.Next(3) == 0
                ? (Pattern: string.Empty, Plain: PlainWords[random.Next(PlainWords.Length)])
                : (Pattern: RegexEntries[random.Next(RegexEntries.Length)], Plain: string.Empty)).ToArray();
            var plainKeys = entries.Select(e => e.Plain).ToArray();
            var ignoreCase = entries.Select(_ => random.Next(4) == 0).ToArray();
            var groups = Groups(entries, plainKeys, ignoreCase);

            // One alternation of every group, and the same groups dealt out over two or three alternations.
            var one = new Regex(string.Join('|', groups), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            var count = random.Next(2, 4);
            var dealt = groups.Select(_ => random.Next(count)).ToArray();
            var split = Enumerable.Range(0, count)
                .Select(k => groups.Where((_, i) => dealt[i] == k).ToArray())
                .Where(g => g.Length > 0)
                .Select((g, k) => new Regex(string.Join('|', g), RegexOptions.CultureInvariant | (k % 2 == 1 ? RegexOptions.NonBacktracking : 0), TimeSpan.FromSeconds(5)))
                .ToArray();
            var written = entries.Select(e => e.Plain.Length > 0 ? e.Plain : e.Pattern).ToArray();
            var replacements = entries.Select((_, i) => "r" + i).ToArray();

            var text = string.Join(' ', Enumerable.Range(0, random.Next(5, 30)).Select(_ => TextWords[random.Next(TextWords.Length)]));
            var syntax = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, "en");
            var scope = new TextSpan(random.Next(3), text.Length - 3);

            Assert.Equal(
                Describe(new RegexSwapMatcher(one, written, replacements, plainKeys, ignoreCase), syntax, scope),
                Describe(new RegexSwapMatcher(split, written, replacements, plainKeys, ignoreCase), syntax, scope));
        }
    }

    [Fact]
    public void Every_group_must_be_in_one_of_the_alternations()
    {
        var patterns = new[] { new Regex("(?<swap0>a)"), new Regex("(?<swap2>c)") };

        Assert.Throws<ArgumentException>(() => new RegexSwapMatcher(patterns, ["a", "b", "c"], ["x", "y", "z"], ["", "", ""], [false, false, false]));
        Assert.Throws<ArgumentException>(() => new RegexSwapMatcher(Array.Empty<Regex>(), [], [], [], []));
    }

    /// <summary>The groups as the DSL binder writes them: one per regex entry, one per run of plain entries (named after its first).</summary>
    private static List<string> Groups((string Pattern, string Plain)[] entries, string[] plainKeys, bool[] ignoreCase)
    {
        var runs = PlainSwapRuns.Runs(plainKeys, ignoreCase).ToDictionary(r => r.First);
        var groups = new List<string>();
        for (var i = 0; i < entries.Length; i++)
        {
            if (runs.TryGetValue(i, out var run))
            {
                groups.Add($"(?<{RegexSwapMatcher.GroupName(i)}>{PlainSwapRuns.Pattern(plainKeys[run.First..(run.Last + 1)], ignoreCase[i])})");
                i = run.Last;
                continue;
            }

            groups.Add($"(?<{RegexSwapMatcher.GroupName(i)}>{(ignoreCase[i] ? "(?i:" + entries[i].Pattern + ")" : entries[i].Pattern)})");
        }

        return groups;
    }

    private static List<string> Describe(RegexSwapMatcher matcher, DocumentSyntax syntax, TextSpan scope)
    {
        var found = new List<RuleMatch>();
        matcher.Match(syntax, scope, found);
        return [.. found.Select(m => $"{m.Span} {m.Values[SwapRuleMatcher.ReplacementValue]}")];
    }
}
