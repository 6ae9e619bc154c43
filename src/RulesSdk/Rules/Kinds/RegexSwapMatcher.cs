using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// A substitution list whose entries are regular expressions (Vale's <c>substitution</c>): one
/// alternation with a group <c>swapN</c> per entry tells which entry matched. A run of plain-word
/// entries (<see cref="PlainSwapRuns"/>) is one group, named after its first entry, holding a trie of
/// its keys; the entry is then looked up from the matched text. As in the one alternation of all the
/// entries, the leftmost match wins, and at one position the entry listed first. A match that already
/// reads as its replacement (ignoring case) is not reported. The groups may be spread over several
/// alternations (the entries flagged <c>l</c> run on the non-backtracking engine): the matcher then
/// merges their matches as the one alternation of every group would.
/// </summary>
public sealed class RegexSwapMatcher : RuleMatcher
{
    // A word boundary exactly at the position searched from, as the alternation's \b sees it.
    private static readonly Regex BoundaryAt = new(@"\G\b", RegexOptions.CultureInvariant);

    private readonly Regex[] _patterns;
    private readonly string[] _written;
    private readonly string[] _replacements;

    // One group per regex entry or run of plain entries, in entry order, with the alternation that holds it.
    private readonly (int Pattern, int GroupNumber, int Entry, Run? Run)[] _groups;

    /// <param name="pattern">An alternation with one group named <c>swap0</c>, <c>swap1</c>… per entry.</param>
    /// <param name="written">Each entry's pattern as written (for case adaptation).</param>
    /// <param name="replacements">Each entry's replacement, in the same order.</param>
    public RegexSwapMatcher(Regex pattern, string[] written, string[] replacements)
        : this(pattern, written, replacements, [.. replacements.Select(_ => string.Empty)], new bool[replacements.Length])
    {
    }

    /// <param name="pattern">An alternation with one group named <c>swapN</c> per regex entry and per run of plain entries (named after its first entry).</param>
    /// <param name="written">Each entry's pattern as written (for case adaptation).</param>
    /// <param name="replacements">Each entry's replacement, in the same order.</param>
    /// <param name="plainKeys">Each entry's literal text when it belongs to a run (see <see cref="PlainSwapRuns.Runs"/>), else empty.</param>
    /// <param name="ignoreCase">Whether each plain entry ignores case.</param>
    public RegexSwapMatcher(Regex pattern, string[] written, string[] replacements, string[] plainKeys, bool[] ignoreCase)
        : this([pattern ?? throw new ArgumentNullException(nameof(pattern))], written, replacements, plainKeys, ignoreCase)
    {
    }

    /// <param name="patterns">
    /// Alternations that hold, between them, one group named <c>swapN</c> per regex entry and per run of plain entries
    /// (named after its first entry), each group in one of them and in entry order within it.
    /// </param>
    /// <param name="written">Each entry's pattern as written (for case adaptation).</param>
    /// <param name="replacements">Each entry's replacement, in the same order.</param>
    /// <param name="plainKeys">Each entry's literal text when it belongs to a run (see <see cref="PlainSwapRuns.Runs"/>), else empty.</param>
    /// <param name="ignoreCase">Whether each plain entry ignores case.</param>
    public RegexSwapMatcher(Regex[] patterns, string[] written, string[] replacements, string[] plainKeys, bool[] ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(replacements);
        ArgumentNullException.ThrowIfNull(plainKeys);
        ArgumentNullException.ThrowIfNull(ignoreCase);
        if (plainKeys.Length != replacements.Length || ignoreCase.Length != replacements.Length)
        {
            throw new ArgumentException("Every entry needs a plain key (empty for a regex entry) and a case rule.", nameof(plainKeys));
        }

        if (patterns.Length == 0 || patterns.Any(p => p is null))
        {
            throw new ArgumentException("A regex swap list needs at least one pattern, and no null one.", nameof(patterns));
        }

        _patterns = patterns;
        _written = written;
        _replacements = replacements;
        var runs = PlainSwapRuns.Runs(plainKeys, ignoreCase).ToDictionary(r => r.First);
        var groups = new List<(int Pattern, int GroupNumber, int Entry, Run? Run)>();
        for (var i = 0; i < replacements.Length; i++)
        {
            var (holder, number) = GroupOf(patterns, GroupName(i));
            if (number < 0)
            {
                throw new ArgumentException("The patterns lack a swapN group for every regex entry and run.", nameof(patterns));
            }

            if (runs.TryGetValue(i, out var run))
            {
                groups.Add((holder, number, i, new Run(plainKeys, run.First, run.Last, ignoreCase[i])));
                i = run.Last;
            }
            else
            {
                groups.Add((holder, number, i, null));
            }
        }

        _groups = [.. groups];
    }

    public static string GroupName(int index) => "swap" + index.ToString(CultureInfo.InvariantCulture);

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        if (_patterns.Length > 1)
        {
            MatchMerged(syntax.Prose, scope, results);
            return;
        }

        var prose = syntax.Prose;
        var pattern = _patterns[0];
        // The scope as its own string, made only when a search restarts inside it (see below).
        string? scopeText = null;
        var match = pattern.Match(prose, scope.Start, scope.Length);
        while (match.Success)
        {
            var index = (scopeText is null ? 0 : scope.Start) + match.Index;
            var (entry, length) = Resolve(0, match, prose, scope, index);
            Report(prose, scope, index, entry, length, results);
            if (entry >= 0 && length < match.Length)
            {
                // A shorter key listed earlier won: go on right after it, as the alternation of every
                // entry would. The scope alone is the input, so that the search sees what it saw before.
                scopeText ??= prose.Substring(scope.Start, scope.Length);
                match = pattern.Match(scopeText, index + length - scope.Start);
            }
            else
            {
                match = match.NextMatch();
            }
        }
    }

    /// <summary>
    /// The matches of several alternations, merged as one alternation of all their groups finds them: the
    /// leftmost, and at one position the entry listed first (each alternation's match there is its own first
    /// entry that matches). The next search starts where the winner ended (one past an empty match, or right
    /// after a shorter key that won), and a match another alternation found at or after that point still stands.
    /// </summary>
    private void MatchMerged(string prose, TextSpan scope, List<RuleMatch> results)
    {
        // The scope alone is the input of every search, so that each restart sees the same edges.
        var scopeText = prose.Substring(scope.Start, scope.Length);
        var next = new Match[_patterns.Length];
        var resolved = new (int Entry, int Length)[_patterns.Length];
        for (var k = 0; k < _patterns.Length; k++)
        {
            next[k] = _patterns[k].Match(scopeText, 0);
            resolved[k] = next[k].Success ? Resolve(k, next[k], prose, scope, scope.Start + next[k].Index) : default;
        }

        while (true)
        {
            var best = -1;
            for (var k = 0; k < _patterns.Length; k++)
            {
                if (next[k].Success && (best < 0 || next[k].Index < next[best].Index ||
                    (next[k].Index == next[best].Index && Rank(resolved[k].Entry) < Rank(resolved[best].Entry))))
                {
                    best = k;
                }
            }

            if (best < 0)
            {
                return;
            }

            var match = next[best];
            var (entry, length) = resolved[best];
            Report(prose, scope, scope.Start + match.Index, entry, length, results);
            var position = entry >= 0 && length < match.Length ? match.Index + length : match.Index + Math.Max(match.Length, 1);
            for (var k = 0; k < _patterns.Length; k++)
            {
                if (next[k].Success && next[k].Index < position)
                {
                    next[k] = position <= scopeText.Length ? _patterns[k].Match(scopeText, position) : System.Text.RegularExpressions.Match.Empty;
                    resolved[k] = next[k].Success ? Resolve(k, next[k], prose, scope, scope.Start + next[k].Index) : default;
                }
            }
        }

        // A match whose text names no key comes after any entry at the same position.
        static int Rank(int entry) => entry >= 0 ? entry : int.MaxValue;
    }

    private void Report(string prose, TextSpan scope, int index, int entry, int length, List<RuleMatch> results)
    {
        if (length > 0 && entry >= 0 && !prose.AsSpan(index, length).Equals(_replacements[entry], StringComparison.OrdinalIgnoreCase))
        {
            var replacement = CaseAdapter.Adapt(prose.AsSpan(index, length), _written[entry], _replacements[entry]);
            results.Add(new RuleMatch(new TextSpan(index, length), scope, values: ImmutableDictionary<string, string>.Empty.Add(SwapRuleMatcher.ReplacementValue, replacement)));
        }
    }

    /// <summary>The alternation holding group <paramref name="name"/> and the group's number there (-1 when none holds it).</summary>
    private static (int Pattern, int Number) GroupOf(Regex[] patterns, string name)
    {
        for (var k = 0; k < patterns.Length; k++)
        {
            if (patterns[k].GroupNumberFromName(name) is var number and >= 0)
            {
                return (k, number);
            }
        }

        return (-1, -1);
    }

    /// <summary>The entry that matched in alternation <paramref name="pattern"/> and the length of its match (-1 when a run's text names no key).</summary>
    private (int Entry, int Length) Resolve(int pattern, Match match, string prose, TextSpan scope, int index)
    {
        foreach (var (holder, number, entry, run) in _groups)
        {
            if (holder != pattern || !match.Groups[number].Success)
            {
                continue;
            }

            return run is null ? (entry, match.Length) : run.Winner(prose.AsSpan(scope.Start, scope.Length), index - scope.Start, match.Length);
        }

        return (-1, match.Length);
    }

    /// <summary>A run of plain entries: its keys (the first listed wins among equal ones) and their lengths.</summary>
    private sealed class Run
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _entries;
        private readonly int[] _lengths;

        public Run(string[] plainKeys, int first, int last, bool ignoreCase)
        {
            var entries = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            for (var i = first; i <= last; i++)
            {
                entries.TryAdd(plainKeys[i], i);
            }

            _entries = entries.GetAlternateLookup<ReadOnlySpan<char>>();
            _lengths = [.. entries.Keys.Select(k => k.Length).Distinct().Order()];
        }

        /// <summary>
        /// Of the keys that match at <paramref name="start"/> (the trie matched the longest, <paramref name="longest"/>
        /// characters; shorter ones match where a word boundary follows them), the one listed first.
        /// </summary>
        public (int Entry, int Length) Winner(ReadOnlySpan<char> scopeText, int start, int longest)
        {
            var best = (Entry: -1, Length: longest);
            foreach (var length in _lengths)
            {
                if (length > longest)
                {
                    break;
                }

                if (_entries.TryGetValue(scopeText.Slice(start, length), out var entry) && (best.Entry < 0 || entry < best.Entry)
                    && (length == longest || BoundaryAt.IsMatch(scopeText, start + length)))
                {
                    best = (entry, length);
                }
            }

            return best;
        }
    }
}
