using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A run of two to eight words written twice in a row ("since the start since the start", "de réduire ses
/// effectifs de réduire ses effectifs"): a rewrite that lost its place. The run's words are one space apart, and
/// the copy follows after one space, or after a comma and a space when the run has three words or more (speech
/// repeats a short phrase for weight: "a name, a name and…") or ends on a name ("au Caire, au Caire,"), that last
/// shape outside quotation marks only, where a chant repeats on purpose ("“to Kyiv, to Kyiv”"). The run starts
/// with a lower-case word: a sentence's opening said twice ("Step by step, step by step,") is speech's emphasis.
/// A run of two words that ends on a function word ("de bureau en bureau en", "from door to door to") is an idiom,
/// not a copy; a longer one is a copy ("the spread of the spread of the pandemic") unless it holds a noun that
/// nests on purpose ("a friend of a friend of", « la moitié de la moitié de »). Numbers are words ("de 3 000 emplois, de 3 000 emplois"). The longest run
/// that repeats wins. The match covers both copies; <c>phrase</c> captures the first
/// and <c>sep</c> what stands between them. The words are read once and compared by length first, so a
/// paragraph costs a few comparisons a word, whatever its length.
/// </summary>
public sealed class RepeatedPhraseMatcher : RuleMatcher
{
    private const int MaxWords = 8;

    // Words a copied run cannot end on, in both languages: with them the repeat is an idiom.
    private static readonly string[] DefaultFunctionWords =
    [
        "en", "à", "de", "du", "des", "le", "la", "les", "un", "une", "et", "ou", "par", "sur", "au", "aux",
        "to", "of", "by", "in", "on", "the", "a", "an", "and", "or", "for", "at", "from", "with",
    ];

    // Nouns that nest on purpose before a function word: with one of them a longer run ending on that word is an idiom.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NestingNouns = new[]
    {
        "friend", "friends", "half", "quarter", "third", "fraction", "part", "copy", "shadow", "son", "daughter",
        "moitié", "quart", "tiers", "partie", "copie", "ombre", "fils", "fille", "cousin", "cousine", "ami", "amie", "amis",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionWords;

    public RepeatedPhraseMatcher()
        : this([])
    {
    }

    /// <param name="functionWords">More words a copied run may not end on, besides the built-in French and English ones; case is ignored.</param>
    public RepeatedPhraseMatcher(IEnumerable<string> functionWords)
    {
        ArgumentNullException.ThrowIfNull(functionWords);
        _functionWords = DefaultFunctionWords.Concat(functionWords)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        var prose = syntax.Prose.AsSpan();
        var words = Words(prose, scope);
        var i = 0;
        while (i < words.Count)
        {
            if (char.IsLower(prose[words[i].Start]) && TryRepeatAt(syntax, prose, words, i, out var length, out var separator))
            {
                var phrase = TextSpan.FromBounds(words[i].Start, words[i + length - 1].End);
                var captures = ImmutableDictionary.CreateRange([
                    KeyValuePair.Create("phrase", phrase),
                    KeyValuePair.Create("sep", separator)]);
                results.Add(new RuleMatch(TextSpan.FromBounds(phrase.Start, words[i + (2 * length) - 1].End), scope, captures));
                i += 2 * length;
                continue;
            }

            i++;
        }
    }

    /// <summary>The longest run of words from <paramref name="first"/> that the next words repeat.</summary>
    private bool TryRepeatAt(DocumentSyntax syntax, ReadOnlySpan<char> prose, List<TextSpan> words, int first, out int length, out TextSpan separator)
    {
        for (length = Math.Min(MaxWords, (words.Count - first) / 2); length >= 2; length--)
        {
            var last = words[first + length - 1];
            var copy = words[first + length];
            separator = TextSpan.FromBounds(last.End, copy.Start);
            var between = prose[separator.Start..separator.End];
            var afterComma = between is [',', ' ' or '\u00A0'];
            var spaced = between is [' ' or '\u00A0'];
            // A short run after a comma counts when it ends on a name, not on "I" ("and I, and I must stress"), and
            // outside quotation marks only: a chant repeats on purpose ("“to Kyiv, to Kyiv”").
            var endsOnName = last.Length > 1 && char.IsUpper(prose[last.Start]);
            var shortAfterComma = afterComma && length < 3;
            if ((spaced || (afterComma && (length >= 3 || endsOnName)))
                && SingleSpaced(prose, words, first, length)
                && (!_functionWords.Contains(prose[last.Start..last.End]) || (length > 2 && !HoldsNestingNoun(prose, words, first, length)))
                && SameRun(prose, words, first, first + length, length)
                && (!shortAfterComma || !syntax.IsInQuote(words[first].Start)))
            {
                return true;
            }
        }

        separator = default;
        return false;
    }

    private static bool HoldsNestingNoun(ReadOnlySpan<char> prose, List<TextSpan> words, int first, int length)
    {
        for (var k = first; k < first + length; k++)
        {
            if (NestingNouns.Contains(prose[words[k].Start..words[k].End]))
            {
                return true;
            }
        }

        return false;
    }

    // The words of a run stand one space apart, as the copy's must then too (SameRun compares the gaps).
    private static bool SingleSpaced(ReadOnlySpan<char> prose, List<TextSpan> words, int first, int length)
    {
        for (var k = first; k < first + length - 1; k++)
        {
            if (words[k + 1].Start - words[k].End != 1 || prose[words[k].End] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameRun(ReadOnlySpan<char> prose, List<TextSpan> words, int a, int b, int length)
    {
        if (b + length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            var (x, y) = (words[a + k], words[b + k]);
            if (x.Length != y.Length || !prose[x.Start..x.End].SequenceEqual(prose[y.Start..y.End]))
            {
                return false;
            }

            // The copy's gaps must be the run's too: one space between its words.
            if (k < length - 1 && (words[b + k + 1].Start - y.End != 1 || prose[y.End] != prose[x.End]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of the scope: runs of letters, digits, marks, apostrophes and hyphens.</summary>
    private static List<TextSpan> Words(ReadOnlySpan<char> prose, TextSpan scope)
    {
        var words = new List<TextSpan>();
        var i = scope.Start;
        while (i < scope.End)
        {
            if (!IsWordChar(prose[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < scope.End && IsWordChar(prose[i]))
            {
                i++;
            }

            words.Add(TextSpan.FromBounds(start, i));
        }

        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '’' or '\'' or '-' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
}
