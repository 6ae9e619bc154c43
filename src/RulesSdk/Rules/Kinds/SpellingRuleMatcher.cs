using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RulesSdk.Spelling;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// Vale's <c>spelling</c>: every word of the scope that no dictionary accepts, with up to
/// <c>maxSuggestions</c> corrections. Words with digits, ALL-CAPS acronyms, e-mail addresses,
/// URLs and paths are never checked (code and markup are not prose at all); accepted words and
/// patterns are skipped; with <c>skipCapitalized</c>, so are capitalised words inside a sentence
/// (proper nouns). Each word is checked once per document: the verdicts are cached per document.
/// With <c>splitWords</c> it reports words cut in two instead (<see cref="JoinedValue"/>).
/// </summary>
public sealed class SpellingRuleMatcher : RuleMatcher
{
    /// <summary>The value holding the misspelled word, read as <c>{word}</c>.</summary>
    public const string WordValue = "word";

    /// <summary>The value holding the best correction ("" when there is none), read as <c>{suggestion}</c>.</summary>
    public const string SuggestionValue = "suggestion";

    /// <summary>The value holding every correction, comma-separated, read as <c>{suggestions}</c>.</summary>
    public const string SuggestionsValue = "suggestions";

    /// <summary>In <c>split words</c> mode, the dictionary word that the two pieces make, read as <c>{joined}</c>.</summary>
    public const string JoinedValue = "joined";

    private const string Separator = ", ";

    private readonly string[] _dictionaryNames;
    private readonly HashSet<string> _accepted;
    private readonly Regex[] _acceptedPatterns;
    private readonly bool _skipCapitalized;
    private readonly int _maxSuggestions;
    private readonly bool _splitWords;

    // Split-word mode reads every word of every document: its verdicts are kept across documents (a word's verdict
    // depends only on the dictionaries and the accepted words), up to a bound that hostile input cannot raise.
    private const int MaxKnownVerdicts = 200_000;
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DocumentSyntax, ConcurrentDictionary<string, string[]?>> _verdicts = [];
    private Loaded? _loaded;

    /// <param name="dictionaries">Bundled names ("en", "fr") or .aff/.dic paths; a word is right when any accepts it.</param>
    /// <param name="acceptedWords">Words that are always right (a lower-case entry also accepts its Capitalised and ALL-CAPS forms).</param>
    /// <param name="acceptedPatterns">Words any of these match are right (Vale's <c>filters</c>; not anchored unless written so).</param>
    /// <param name="splitWords">Report words that a space or a hyphen at a line's end cut in two ("bilat eral", "govern-⏎ment") instead of misspelt words.</param>
    public SpellingRuleMatcher(IEnumerable<string> dictionaries, IEnumerable<string> acceptedWords, IEnumerable<Regex> acceptedPatterns, bool skipCapitalized = false, int maxSuggestions = 3, bool splitWords = false)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        ArgumentNullException.ThrowIfNull(acceptedWords);
        ArgumentNullException.ThrowIfNull(acceptedPatterns);
        _dictionaryNames = [.. dictionaries];
        _accepted = new HashSet<string>(acceptedWords.Select(w => w.Replace('’', '\'')), StringComparer.Ordinal);
        _acceptedPatterns = [.. acceptedPatterns];
        _skipCapitalized = skipCapitalized;
        _maxSuggestions = Math.Max(0, maxSuggestions);
        _splitWords = splitWords;
    }

    /// <summary>One copy of <paramref name="match"/> per correction, each with <c>{suggestion}</c> set to it: one code action each.</summary>
    public static IEnumerable<RuleMatch> PerSuggestion(RuleMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (!match.Values.TryGetValue(SuggestionsValue, out var all) || all.Length == 0)
        {
            yield break;
        }

        foreach (var suggestion in all.Split(Separator))
        {
            yield return new RuleMatch(match.Span, match.Scope, match.Captures, match.Values.SetItem(SuggestionValue, suggestion));
        }
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);

        // Loaded on first use (a bundled dictionary once per process); a file gone since compile time is a HunspellFormatException naming it.
        var loaded = _loaded ??= Load();
        var dictionaries = loaded.Dictionaries;
        if (_splitWords)
        {
            MatchSplitWords(syntax, scope, loaded, results);
            return;
        }

        var verdicts = _verdicts.GetValue(syntax, _ => new ConcurrentDictionary<string, string[]?>(StringComparer.Ordinal));
        var prose = syntax.Prose;
        foreach (var (start, position, skipped) in Words(prose, scope, loaded))
        {
            if (skipped)
            {
                continue;
            }

            var word = prose[start..position];

            var suggestions = verdicts.GetOrAdd(word, w => Verdict(dictionaries, w));
            if (suggestions is null)
            {
                continue;
            }

            var values = ImmutableDictionary<string, string>.Empty
                .Add(WordValue, word)
                .Add(SuggestionValue, suggestions.Length > 0 ? suggestions[0] : string.Empty)
                .Add(SuggestionsValue, string.Join(Separator, suggestions));
            results.Add(new RuleMatch(new TextSpan(start, position - start), scope, values: values));
        }
    }

    /// <summary>
    /// Two neighbouring pieces that make one dictionary word when joined, at least one of them being no word on its
    /// own ("bilat eral", "gover nment", "govern-⏎ment"): a rewrite cut the word. Two real words ("a part", "any one",
    /// "per cent") may be meant apart and are left alone; so is a capitalised second piece (a name) and any piece
    /// that the spelling check itself would skip (digits, acronyms, addresses).
    /// </summary>
    private void MatchSplitWords(DocumentSyntax syntax, TextSpan scope, Loaded loaded, List<RuleMatch> results)
    {
        var known = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        bool IsKnown(ReadOnlySpan<char> word)
        {
            if (known.TryGetValue(word, out var verdict))
            {
                return verdict;
            }

            var text = word.ToString();
            verdict = IsAccepted(text) || loaded.Dictionaries.Any(d => d.Check(text));
            if (_known.Count < MaxKnownVerdicts)
            {
                _known.TryAdd(text, verdict);
            }

            return verdict;
        }

        var prose = syntax.Prose;
        (int Start, int End)? previous = null;
        foreach (var (start, position, skipped) in Words(prose, scope, loaded))
        {
            if (skipped)
            {
                previous = null;
                continue;
            }

            if (previous is { } before && SplitGap(prose, before.End, start) is { } hyphenated && char.IsLower(prose[start]))
            {
                var first = prose.AsSpan(before.Start, before.End - before.Start);
                var second = prose.AsSpan(start, position - start);

                // The joined form is built only for a pair with an unknown piece, which is rare in real prose.
                // A hyphen that ends a line also breaks a compound ("well-⏎known"): that is no cut word.
                if ((!IsKnown(first) || !IsKnown(second)) && string.Concat(first, second) is var joined && IsKnown(joined)
                    && !(hyphenated && IsKnown(string.Concat(first, "-", second))))
                {
                    var values = ImmutableDictionary<string, string>.Empty
                        .Add(WordValue, prose[before.Start..position])
                        .Add(JoinedValue, joined);
                    results.Add(new RuleMatch(new TextSpan(before.Start, position - before.Start), scope, values: values));
                    previous = null;
                    continue;
                }
            }

            previous = (start, position);
        }
    }

    /// <summary>The words of the scope in order, each with whether the check skips it (digits, acronyms, addresses, names).</summary>
    private IEnumerable<(int Start, int End, bool Skipped)> Words(string prose, TextSpan scope, Loaded loaded)
    {
        var end = Math.Min(scope.End, prose.Length);
        var position = scope.Start;
        while (position < end)
        {
            if (!IsWordCharacter(prose[position]))
            {
                position++;
                continue;
            }

            var start = position;
            position = WordEnd(prose, start, end, loaded.Joiners, out var hasDigit);
            yield return (start, position, hasDigit || ShouldSkip(prose, start, position, prose.AsSpan(start, position - start), scope.Start));
        }
    }

    /// <summary>The end of the word that starts at <paramref name="start"/>: letters, digits and marks, with joiners between them.</summary>
    private static int WordEnd(string prose, int start, int end, string joiners, out bool hasDigit)
    {
        hasDigit = false;
        var position = start;
        while (position < end)
        {
            var c = prose[position];
            if (IsWordCharacter(c))
            {
                hasDigit |= char.IsDigit(c);
                position++;
            }
            else if (IsJoiner(c, joiners) && position + 1 < end && IsWordCharacter(prose[position + 1]))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>False for one space between the pieces, true for a hyphen that ends a line; null when they are not neighbours.</summary>
    private static bool? SplitGap(string prose, int firstEnd, int secondStart)
    {
        var gap = prose.AsSpan(firstEnd, secondStart - firstEnd);
        if (gap is " " or "\u00A0")
        {
            return false;
        }

        return gap is "-\n" or "-\r\n" ? true : null;
    }

    private Loaded Load()
    {
        // Inside words: apostrophes, hyphens and the dictionaries' other WORDCHARS (fr: "." and "·").
        var dictionaries = _dictionaryNames.Select(SpellingDictionaries.Get).ToArray();
        return new Loaded(dictionaries, "-'’" + string.Concat(dictionaries.SelectMany(d => d.WordCharacters).Where(c => !char.IsLetterOrDigit(c)).Distinct()));
    }

    /// <summary>Null for a right word; else its corrections (possibly none).</summary>
    private string[]? Verdict(HunspellDictionary[] dictionaries, string word)
    {
        if (IsAccepted(word) || dictionaries.Any(d => d.Check(word)))
        {
            return null;
        }

        return [.. dictionaries.SelectMany(d => d.Suggest(word, _maxSuggestions)).Distinct(StringComparer.Ordinal).Take(_maxSuggestions)];
    }

    private bool IsAccepted(string word)
    {
        var normalized = word.Replace('’', '\'');
        return _accepted.Contains(normalized) ||
            _accepted.Contains(normalized.ToLower(CultureInfo.InvariantCulture)) ||
            _accepted.Contains(char.ToLowerInvariant(normalized[0]) + normalized[1..]) ||
            _acceptedPatterns.Any(p => p.IsMatch(word));
    }

    private bool ShouldSkip(string prose, int start, int end, ReadOnlySpan<char> word, int scopeStart)
    {
        // After an elided article or pronoun (l', d', qu', jusqu'), the word proper decides: l'ONU, d'Ansar.
        var core = WithoutElision(word);

        // ALL-CAPS acronyms (NATO, UE, ONU): a dictionary rarely has them and they are deliberate.
        if (core.Length > 1 && HasLetter(core) && !HasLower(core))
        {
            return true;
        }

        // Part of an e-mail address, a URL, a path or a file name left in the prose.
        var runStart = start;
        while (runStart > 0 && !char.IsWhiteSpace(prose[runStart - 1]))
        {
            runStart--;
        }

        var runEnd = end;
        while (runEnd < prose.Length && !char.IsWhiteSpace(prose[runEnd]))
        {
            runEnd++;
        }

        var run = prose.AsSpan(runStart, runEnd - runStart);
        if (run.Contains('@') || run.Contains("://", StringComparison.Ordinal) || run.Contains('/') || run.Contains('\\') ||
            run.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || run.Contains('_'))
        {
            return true;
        }

        return _skipCapitalized && char.IsUpper(core[0]) && (core.Length < word.Length || !IsSentenceStart(prose, start, scopeStart));
    }

    /// <summary>The word without a leading elision of up to six letters ("l'", "qu’", "jusqu'"); the word itself when it has none.</summary>
    private static ReadOnlySpan<char> WithoutElision(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe is > 0 and <= 6 && apostrophe + 1 < word.Length && IsAllLower(word[..apostrophe]) ? word[(apostrophe + 1)..] : word;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceStart(string prose, int position, int scopeStart)
    {
        for (var i = position - 1; i >= scopeStart; i--)
        {
            var c = prose[i];
            if (char.IsWhiteSpace(c) || c is '«' or '»' or '"' or '“' or '”' or '(' or '\u00A0' or '\u202F' or '—' or '–' or '-' or '*')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '…' or ':';
        }

        return true;
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c, string joiners) => joiners.Contains(c, StringComparison.Ordinal);

    private sealed record Loaded(HunspellDictionary[] Dictionaries, string Joiners);
}
