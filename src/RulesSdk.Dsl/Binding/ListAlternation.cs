using System.Text;
using System.Text.RegularExpressions;

namespace RulesSdk.Dsl.Binding;

/// <summary>
/// Writes a list spliced into a regex (<c>/…@list…/</c>) as a trie-shaped alternation: common
/// prefixes are factored ("a(?: déclaré|ffirmé)?"), so a node has at most a few dozen branches.
/// A flat alternation of 10,000 entries took .NET's regex optimiser and source generator over a
/// minute (the optimiser compares branches pairwise); the trie compiles in a fraction of that.
/// </summary>
/// <remarks>
/// The match is the same as the flat alternation's with the longest entries first: the entries
/// that can match at one position are prefixes of one another, and the trie tries to continue an
/// entry before it ends one. Under <c>(?i)</c> two branches whose first characters differ only in
/// case ("L…", "l…") could both match; such a node is written as the flat alternation of its
/// entries (longest first), as before, so the preference between them does not change.
/// </remarks>
internal static class ListAlternation
{
    // Beyond this many nested branch points a subtree is written flat, keeping our own recursion
    // and the regex's nesting shallow.
    private const int MaxNesting = 200;

    /// <summary>A non-capturing group matching any entry, longest entries first.</summary>
    public static string Build(IEnumerable<string> entries)
    {
        var root = new Node();
        foreach (var entry in entries.Distinct(StringComparer.Ordinal))
        {
            var node = root;
            foreach (var c in entry)
            {
                if (!node.Children.TryGetValue(c, out var child))
                {
                    child = new Node();
                    node.Children.Add(c, child);
                }

                node = child;
            }

            node.IsEntry = true;
        }

        var builder = new StringBuilder();
        builder.Append("(?:");
        WriteBranches(root, builder, 0);
        if (root.IsEntry)
        {
            // An empty entry matches the empty string, once every other entry has failed.
            builder.Append('|');
        }

        return builder.Append(')').ToString();
    }

    /// <summary>Writes the alternatives below <paramref name="node"/> (not the node's own end).</summary>
    private static void WriteBranches(Node node, StringBuilder builder, int nesting)
    {
        if (nesting > MaxNesting || HasCaseVariants(node))
        {
            WriteFlat(node, builder);
            return;
        }

        var first = true;
        foreach (var (c, child) in node.Children.OrderBy(p => p.Key))
        {
            if (!first)
            {
                builder.Append('|');
            }

            first = false;
            WriteChain(c, child, builder, nesting);
        }
    }

    /// <summary>Writes a branch: the run of characters with one child each, then its own branches.</summary>
    private static void WriteChain(char c, Node node, StringBuilder builder, int nesting)
    {
        var run = new StringBuilder().Append(c);
        while (!node.IsEntry && node.Children.Count == 1)
        {
            var (next, child) = node.Children.First();
            run.Append(next);
            node = child;
        }

        builder.Append(Regex.Escape(run.ToString()));
        if (node.Children.Count == 0)
        {
            return;
        }

        // Longer entries first: the group is greedy-optional when the node ends an entry itself.
        builder.Append("(?:");
        WriteBranches(node, builder, nesting + 1);
        builder.Append(node.IsEntry ? ")?" : ")");
    }

    private static bool HasCaseVariants(Node node)
    {
        if (node.Children.Count < 2)
        {
            return false;
        }

        var folded = new HashSet<char>();
        foreach (var c in node.Children.Keys)
        {
            if (!folded.Add(char.ToLowerInvariant(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The node's entries, as suffixes, longest first (ties in ordinal order), as one flat alternation.</summary>
    private static void WriteFlat(Node node, StringBuilder builder)
    {
        var suffixes = new List<string>();
        var stack = new Stack<(Node Node, string Suffix)>();
        foreach (var (c, child) in node.Children)
        {
            stack.Push((child, c.ToString()));
        }

        while (stack.Count > 0)
        {
            var (current, suffix) = stack.Pop();
            if (current.IsEntry)
            {
                suffixes.Add(suffix);
            }

            foreach (var (c, child) in current.Children)
            {
                stack.Push((child, suffix + c));
            }
        }

        builder.AppendJoin('|', suffixes.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).Select(Regex.Escape));
    }

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public bool IsEntry { get; set; }
    }
}
