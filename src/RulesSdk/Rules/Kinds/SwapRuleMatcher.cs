using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// A substitution list compiled to a character trie: one pass over the scope, at each word start
/// the longest entry that ends on a word boundary wins. Matching ignores case (and ’ versus ');
/// the replacement takes the case of the match (Suite au → À la suite du, SUITE AU → À LA SUITE DU).
/// Thousands of entries cost no more per character than a handful: the walk stops at the first
/// character no entry continues with.
/// </summary>
public sealed class SwapRuleMatcher : RuleMatcher
{
    /// <summary>The value holding the case-adapted replacement, read as <c>{replacement}</c>.</summary>
    public const string ReplacementValue = "replacement";

    private readonly TrieNode _root = new();

    public SwapRuleMatcher(IEnumerable<SwapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            if (entry.From.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var c in entry.From)
            {
                node = node.GetOrAdd(Normalize(c));
            }

            // The first entry for a key wins, as in a dictionary literal read top to bottom.
            node.Entry ??= entry;
        }
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        var prose = syntax.Prose;
        var end = scope.End;
        var position = scope.Start;
        while (position < end)
        {
            if (!IsWordStart(prose, position, scope.Start))
            {
                position++;
                continue;
            }

            var (length, entry) = LongestAt(prose, position, end);
            if (length == 0)
            {
                position++;
                continue;
            }

            var span = new TextSpan(position, length);
            var adapted = CaseAdapter.Adapt(prose.AsSpan(position, length), entry.From, entry.To);
            results.Add(new RuleMatch(span, scope, values: ImmutableDictionary<string, string>.Empty.Add(ReplacementValue, adapted)));
            position += length;
        }
    }

    private (int Length, SwapEntry Entry) LongestAt(string prose, int start, int end)
    {
        var node = _root;
        var bestLength = 0;
        SwapEntry best = default;
        for (var i = start; i < end; i++)
        {
            node = node.Find(Normalize(prose[i]));
            if (node is null)
            {
                break;
            }

            if (node.Entry is { } entry && IsWordEnd(prose, i + 1, end))
            {
                bestLength = i + 1 - start;
                best = entry;
            }
        }

        return (bestLength, best);
    }

    private static bool IsWordStart(string text, int position, int scopeStart) =>
        position == scopeStart || !(char.IsLetterOrDigit(text[position - 1]) && char.IsLetterOrDigit(text[position]));

    private static bool IsWordEnd(string text, int position, int scopeEnd) =>
        position >= scopeEnd || !(char.IsLetterOrDigit(text[position - 1]) && char.IsLetterOrDigit(text[position]));

    private static char Normalize(char c) => c is '’' or '‘' ? '\'' : c is '\u00A0' or '\u202F' ? ' ' : char.ToLowerInvariant(c);

    private sealed class TrieNode
    {
        // Most nodes have one or two children: a small array beats a dictionary until it grows.
        private char[] _keys = [];
        private TrieNode[] _children = [];
        private Dictionary<char, TrieNode>? _map;

        public SwapEntry? Entry { get; set; }

        public TrieNode? Find(char c)
        {
            if (_map is not null)
            {
                return _map.GetValueOrDefault(c);
            }

            var index = Array.IndexOf(_keys, c);
            return index < 0 ? null : _children[index];
        }

        public TrieNode GetOrAdd(char c)
        {
            if (Find(c) is { } existing)
            {
                return existing;
            }

            var child = new TrieNode();
            if (_map is not null)
            {
                _map[c] = child;
                return child;
            }

            _keys = [.. _keys, c];
            _children = [.. _children, child];
            if (_keys.Length > 8)
            {
                _map = new Dictionary<char, TrieNode>(_keys.Length * 2);
                for (var i = 0; i < _keys.Length; i++)
                {
                    _map[_keys[i]] = _children[i];
                }
            }

            return child;
        }
    }
}
