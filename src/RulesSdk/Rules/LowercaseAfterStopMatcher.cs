using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A full stop followed by a lower-case word inside running text ("contre ses civils.
/// infrastructures"): a sentence broken by a stray stop. Abbreviations (etc., M., e.g.), initials,
/// numbers and ellipses do not count. The match covers both words, captured as <c>before</c> and
/// <c>after</c>. Quotations are the rule's choice (its scope's quote filter), not the matcher's: a
/// paraphrase breaks quoted sentences too. It scans for stops, so text without one costs a vectorised search.
/// </summary>
public sealed class LowercaseAfterStopMatcher : RuleMatcher
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exceptions;

    public LowercaseAfterStopMatcher()
        : this([])
    {
    }

    /// <param name="exceptions">Words (abbreviations such as "art", "approx") whose stop never breaks a sentence; case is ignored.</param>
    public LowercaseAfterStopMatcher(IEnumerable<string> exceptions)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        _exceptions = exceptions.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        var prose = syntax.Prose.AsSpan();
        var position = scope.Start;
        while (position < scope.End)
        {
            var found = prose[position..scope.End].IndexOf('.');
            if (found < 0)
            {
                return;
            }

            var dot = position + found;
            position = dot + 1;
            if (TryMatchAt(prose, dot, scope.End, out var before, out var after) &&
                !SentenceSegmenter.IsAbbreviationBefore(prose, dot) &&
                !_exceptions.Contains(prose[before.Start..before.End]))
            {
                var captures = ImmutableDictionary.CreateRange([
                    KeyValuePair.Create("before", before),
                    KeyValuePair.Create("after", after)]);
                results.Add(new RuleMatch(TextSpan.FromBounds(before.Start, after.End), scope, captures));
                position = after.End;
            }
        }
    }

    // A word of two or more letters (not preceded by a letter or a stop), the stop, spaces, then a
    // lower-case word of two or more letters.
    private static bool TryMatchAt(ReadOnlySpan<char> prose, int dot, int end, out TextSpan before, out TextSpan after)
    {
        before = after = default;
        var start = dot;
        while (start > 0 && char.IsLetter(prose[start - 1]))
        {
            start--;
        }

        if (dot - start < 2 || (start > 0 && prose[start - 1] == '.'))
        {
            return false;
        }

        var next = dot + 1;
        while (next < end && prose[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next == dot + 1)
        {
            return false;
        }

        var wordEnd = next;
        while (wordEnd < end && char.IsLetter(prose[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd - next < 2 || !char.IsLower(prose[next]) || !char.IsLower(prose[next + 1]))
        {
            return false;
        }

        before = TextSpan.FromBounds(start, dot);
        after = TextSpan.FromBounds(next, wordEnd);
        return true;
    }
}
