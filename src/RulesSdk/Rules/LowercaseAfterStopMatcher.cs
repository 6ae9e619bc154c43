using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesSdk.Spelling;
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
                // An acronym in capitals ("le PP. la dernière campagne") is no abbreviation, even when its letters
                // spell one in lower case ("pp." for pages).
                (WordCase.Of(prose[before.Start..before.End]) == WordCasing.AllCaps || !_exceptions.Contains(prose[before.Start..before.End])))
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
    // lower-case word of two or more letters, an elided word ("l’ex", "d’un") or "à". A day's number
    // before a month written in lower case ("les 9 et 10. juillet") is a date cut by the stop, too.
    private static bool TryMatchAt(ReadOnlySpan<char> prose, int dot, int end, out TextSpan before, out TextSpan after)
    {
        before = after = default;
        var start = dot;
        while (start > 0 && char.IsLetter(prose[start - 1]))
        {
            start--;
        }

        var dayNumber = false;
        if (start == dot)
        {
            while (start > 0 && char.IsAsciiDigit(prose[start - 1]) && dot - start < 2)
            {
                start--;
            }

            // One or two digits after a space: a day, not a list number at a line's start.
            dayNumber = start < dot && start > 0 && prose[start - 1] == ' ';
            if (!dayNumber)
            {
                return false;
            }
        }
        else if (dot - start < 2 || (start > 0 && prose[start - 1] == '.'))
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

        // An elided article or pronoun: one lower-case letter, an apostrophe, then the word it is glued to.
        var elided = wordEnd - next == 1 && wordEnd + 1 < end && prose[wordEnd] is '’' or '\'' && char.IsLetter(prose[wordEnd + 1]) && char.IsLower(prose[next]);
        if (elided)
        {
            wordEnd++;
            while (wordEnd < end && char.IsLetter(prose[wordEnd]))
            {
                wordEnd++;
            }
        }

        var lowerWord = elided
            || (wordEnd - next >= 2 && char.IsLower(prose[next]) && char.IsLower(prose[next + 1]))
            || (wordEnd - next == 1 && prose[next] == 'à');
        if (!lowerWord || (dayNumber && !IsMonth(prose[next..wordEnd])))
        {
            return false;
        }

        before = TextSpan.FromBounds(start, dot);
        after = TextSpan.FromBounds(next, wordEnd);
        return true;
    }

    // Months written in lower case: French (English months take a capital and never match).
    private static bool IsMonth(ReadOnlySpan<char> word) => word is "janvier" or "février" or "mars" or "avril" or "mai" or "juin" or "juillet" or "août" or "aout" or "septembre" or "octobre" or "novembre" or "décembre";
}
