using System.Text;
using System.Text.RegularExpressions;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// The plain-word entries of a regex swap list (<see cref="RegexSwapMatcher"/>): consecutive entries
/// that are literal words or phrases on word boundaries, with one case rule, form a run. A run is one
/// group of the alternation holding a trie of its keys, so 10,000 keys cost about what a handful do;
/// which key of the run matched is then looked up from the matched text.
/// </summary>
public static class PlainSwapRuns
{
    /// <summary>
    /// The longest key put in a run: the trie is nested as deep as a key is long, and .NET parses
    /// nested groups recursively. A longer key stays a regex entry of its own.
    /// </summary>
    public const int MaxKeyLength = 200;

    /// <summary>
    /// The runs, as (first, last) entry indexes: each maximal stretch of consecutive entries with a
    /// plain key (<paramref name="plainKeys"/> not empty) and the same <paramref name="ignoreCase"/>.
    /// </summary>
    public static List<(int First, int Last)> Runs(string[] plainKeys, bool[] ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(plainKeys);
        ArgumentNullException.ThrowIfNull(ignoreCase);
        var runs = new List<(int First, int Last)>();
        for (var i = 0; i < plainKeys.Length; i++)
        {
            if (plainKeys[i].Length == 0)
            {
                continue;
            }

            var last = i;
            while (last + 1 < plainKeys.Length && plainKeys[last + 1].Length > 0 && ignoreCase[last + 1] == ignoreCase[i])
            {
                last++;
            }

            runs.Add((i, last));
            i = last;
        }

        return runs;
    }

    /// <summary>
    /// <c>\b(?:trie)\b</c> over <paramref name="keys"/>, wrapped in <c>(?i:…)</c> when the run ignores
    /// case. Every node tries its longer continuations before ending (greedy), so at a position the
    /// longest key followed by a word boundary matches; shorter keys are the caller's to weigh.
    /// </summary>
    public static string Pattern(IEnumerable<string> keys, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var root = new Node();
        foreach (var key in keys)
        {
            var node = root;
            foreach (var c in key)
            {
                node = node.Children.TryGetValue(c, out var child) ? child : node.Children[c] = new Node();
            }

            node.IsEnd = true;
        }

        var builder = new StringBuilder(ignoreCase ? @"(?i:\b" : @"\b");
        Append(builder, root);
        return builder.Append(ignoreCase ? @"\b)" : @"\b").ToString();
    }

    /// <summary>
    /// Whether <paramref name="key"/> is a literal text the trie can hold: no regex metacharacter
    /// (the pattern reads as itself) and at most <see cref="MaxKeyLength"/> characters.
    /// </summary>
    public static bool IsLiteral(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length is > 0 and <= MaxKeyLength && key.All(c => c == ' ' || (!char.IsWhiteSpace(c) && !char.IsControl(c) && @"\*+?|{}[]()^$.#".IndexOf(c, StringComparison.Ordinal) < 0));
    }

    private static void Append(StringBuilder builder, Node node)
    {
        // Sorted: the same keys always give the same pattern (the order of siblings cannot change a match).
        var children = node.Children.OrderBy(c => c.Key).ToList();
        if (children.Count == 0)
        {
            return;
        }

        var group = children.Count > 1 || node.IsEnd;
        builder.Append(group ? "(?:" : string.Empty);
        for (var i = 0; i < children.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : "|").Append(Regex.Escape(children[i].Key.ToString()));
            Append(builder, children[i].Value);
        }

        builder.Append(group ? ")" : string.Empty).Append(node.IsEnd ? "?" : string.Empty);
    }

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public bool IsEnd { get; set; }
    }
}
