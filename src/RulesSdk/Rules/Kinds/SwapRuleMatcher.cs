using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// A substitution list compiled to a character trie: one pass over the scope, at each word start
/// the longest entry that ends on a word boundary wins. Matching ignores case (and ’ versus ');
/// the replacement takes the case of the match (Suite au → À la suite du, SUITE AU → À LA SUITE DU).
/// Thousands of entries cost about what a handful do per character: a word is looked up once in
/// the set of the entries' first words, and only a word that starts an entry walks the trie (a
/// big trie shares every prefix, so walking it for each word went as deep as the word is long).
/// </summary>
public sealed class SwapRuleMatcher : RuleMatcher
{
    /// <summary>The value holding the case-adapted replacement, read as <c>{replacement}</c>.</summary>
    public const string ReplacementValue = "replacement";

    // Longer first words are not put in the set: a word that long walks the trie instead.
    private const int MaxIndexedWordLength = 64;

    private readonly TrieNode _root = new();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    // Entries starting with a character that is not a letter or digit, or with a first word longer
    // than MaxIndexedWordLength: the trie is walked for them without the first-word check.
    private readonly bool _hasUnindexedStarts;

    /// <summary>Entries given as two parallel arrays (generated code: no object per entry).</summary>
    public SwapRuleMatcher(string[] from, string[] to)
        : this(Zip(from, to))
    {
    }

    public SwapRuleMatcher(IEnumerable<SwapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
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

            var firstWord = FirstWordLength(entry.From, 0, entry.From.Length);
            if (firstWord is 0 or > MaxIndexedWordLength)
            {
                _hasUnindexedStarts = true;
            }
            else
            {
                firstWords.Add(string.Create(firstWord, entry.From, static (span, from) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        span[i] = Normalize(from[i]);
                    }
                }));
            }
        }

        _firstWordLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        var prose = syntax.Prose;
        var end = scope.End;
        var position = scope.Start;
        Span<char> word = stackalloc char[MaxIndexedWordLength];
        while (position < end)
        {
            var wordLength = FirstWordLength(prose, position, end);
            // The trie's root rules out most words by their first letter before any hashing.
            var candidate = _hasUnindexedStarts || (wordLength is > 0 and <= MaxIndexedWordLength
                && _root.Find(Normalize(prose[position])) is not null
                && IsFirstWord(prose.AsSpan(position, wordLength), word));
            if (candidate && LongestAt(prose, position, end) is (> 0, var entry) found)
            {
                var span = new TextSpan(position, found.Length);
                var adapted = CaseAdapter.Adapt(prose.AsSpan(position, found.Length), entry.From, entry.To);
                results.Add(new RuleMatch(span, scope, values: ImmutableDictionary<string, string>.Empty.Add(ReplacementValue, adapted)));
                position += found.Length;
                continue;
            }

            // No entry starts inside a word: go to the next word start.
            position += Math.Max(1, wordLength);
        }
    }

    private static IEnumerable<SwapEntry> Zip(string[] from, string[] to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Length != to.Length)
        {
            throw new ArgumentException($"{from.Length} entries to find but {to.Length} replacements", nameof(to));
        }

        return from.Select((text, i) => new SwapEntry(text, to[i]));
    }

    private bool IsFirstWord(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var normalized = buffer[..text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            normalized[i] = Normalize(text[i]);
        }

        return _firstWordLookup.Contains(normalized);
    }

    /// <summary>The length of the run of letters and digits at <paramref name="start"/> (0 when it is not one).</summary>
    private static int FirstWordLength(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i - start;
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
