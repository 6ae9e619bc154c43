using RulesSdk.Rules;
using RulesSdk.Rules.Kinds;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Rules;

/// <summary>The swap trie and its first-word index: only words that start an entry walk the trie, with the same matches as walking at every word start.</summary>
public sealed class SwapRuleMatcherTests
{
    private static List<(string Text, string Replacement)> Matches(string text, params (string From, string To)[] entries) => Matches(text, null, entries);

    private static List<(string Text, string Replacement)> Matches(string text, TextSpan? scope, params (string From, string To)[] entries)
    {
        var syntax = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, "en");
        var results = new List<RuleMatch>();
        new SwapRuleMatcher(entries.Select(e => new SwapEntry(e.From, e.To))).Match(syntax, scope ?? new TextSpan(0, syntax.Prose.Length), results);
        return [.. results.Select(r => (syntax.Prose.Substring(r.Span.Start, r.Span.Length), r.Values[SwapRuleMatcher.ReplacementValue]))];
    }

    [Fact]
    public void The_longest_entry_sharing_a_first_word_wins_and_case_follows_the_match()
    {
        Assert.Equal([("A number of", "Many")], Matches("A number of cats.", ("a number", "a"), ("a number of", "many")));
        Assert.Equal([("a number", "a")], Matches("a number is odd.", ("a number", "a"), ("a number of", "many")));
    }

    [Fact]
    public void Entries_match_on_word_boundaries_only()
    {
        Assert.Empty(Matches("They utilized it and reutilize it.", ("utilize", "use")));
        Assert.Equal([("utilize", "use"), ("UTILIZE", "USE")], Matches("We utilize, they UTILIZE.", ("utilize", "use")));
    }

    [Fact]
    public void Apostrophes_and_no_break_spaces_are_normalized_in_the_first_word_and_after_it()
    {
        Assert.Equal([("l’aide", "le soutien")], Matches("Pour l’aide.", ("l'aide", "le soutien")));
        Assert.Equal([("suite\u00A0à", "à la suite de")], Matches("Il part suite\u00A0à la crise.", ("suite à", "à la suite de")));
    }

    [Fact]
    public void Entries_that_do_not_start_with_a_letter_or_digit_are_still_found()
    {
        Assert.Equal([("--", "—"), ("(c)", "©")], Matches("One -- two (c) three.", ("--", "—"), ("(c)", "©"), ("word", "term")));
        Assert.Equal([("word", "term")], Matches("A word here.", ("--", "—"), ("word", "term")));
    }

    [Fact]
    public void A_first_word_longer_than_the_index_takes_walks_the_trie()
    {
        var longWord = new string('x', 80);
        Assert.Equal([(longWord, "short")], Matches($"A {longWord} here.", (longWord, "short")));
        Assert.Empty(Matches($"A {longWord}y here.", (longWord, "short")));
    }

    [Fact]
    public void A_scope_that_starts_inside_a_word_starts_a_word_there()
    {
        Assert.Equal([("use", "employ")], Matches("reuse it", new TextSpan(2, 6), ("use", "employ")));
    }

    [Fact]
    public void Ten_thousand_entries_match_like_the_same_entries_searched_one_by_one()
    {
        var entries = Enumerable.Range(0, 10_000).Select(i => ($"w{i} of", $"the w{i}")).ToArray();
        var text = string.Join(' ', Enumerable.Range(0, 400).Select(i => i % 7 == 0 ? $"w{i * 23 % 10_000} of" : $"w{i * 31} word")) + ".";
        var expected = Enumerable.Range(0, 400).Where(i => i % 7 == 0).Select(i => ($"w{i * 23 % 10_000} of", $"the w{i * 23 % 10_000}")).ToList();

        Assert.Equal(expected, Matches(text, entries));
    }
}
