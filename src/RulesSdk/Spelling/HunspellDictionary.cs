using System.Globalization;
using RulesSdk.Workspaces;

namespace RulesSdk.Spelling;

/// <summary>
/// A Hunspell dictionary (<c>.aff</c> + <c>.dic</c>), read by this project's own reader: no .NET
/// Hunspell library is available, so this implements the part of the format dictionary-en and
/// dictionary-fr use — affixes (with strip, add, conditions, cross product and two levels of
/// continuation), flag aliases, NEEDAFFIX, FORBIDDENWORD, KEEPCASE, NOSUGGEST, ICONV/OCONV, BREAK,
/// and case (a lower-case entry accepts its Capitalised and ALL-CAPS forms, not the reverse).
/// Compounding (COMPOUNDRULE/COMPOUNDFLAG) is not applied: compound-only words are refused.
/// Loading parses the tables only; no word form is generated ahead of a check. Immutable once
/// loaded, so one instance serves every thread.
/// </summary>
public sealed class HunspellDictionary
{
    /// <summary>Hyphenated (BREAK) words with more parts are not checked part by part.</summary>
    private const int MaxBreakParts = 10;

    /// <summary>Longer "words" (a run of letters pasted without spaces) are neither checked nor corrected: they are reported as unknown.</summary>
    private const int MaxWordLength = 100;

    private readonly AffixFile _affix;
    private readonly Dictionary<string, FlagSet[]> _words;
    private readonly Dictionary<string, FlagSet[]>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, AffixEntry[]>.AlternateLookup<ReadOnlySpan<char>> _suffixes;
    private readonly Dictionary<string, AffixEntry[]>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly int _longestSuffix;
    private readonly int _longestPrefix;
    private readonly HashSet<int> _secondLevelSuffixFlags;
    private readonly SpellingSuggester _suggester;

    private HunspellDictionary(AffixFile affix, Dictionary<string, FlagSet[]> words)
    {
        _affix = affix;
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixes = Index(affix.Suffixes, out _longestSuffix).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = Index(affix.Prefixes, out _longestPrefix).GetAlternateLookup<ReadOnlySpan<char>>();

        // A suffix flag some other suffix carries as continuation can be the outer of two suffixes.
        var suffixFlags = affix.Suffixes.Select(s => s.Flag).ToHashSet();
        _secondLevelSuffixFlags = [.. suffixFlags.Where(flag => affix.Suffixes.Any(s => s.Continuation.Contains(flag)))];
        _suggester = new SpellingSuggester(this, affix);
        WordCharacters = affix.WordCharacters;
    }

    /// <summary>The number of entries of the .dic (homonyms counted once).</summary>
    public int WordCount => _words.Count;

    /// <summary>Characters besides letters that belong to words (the .aff's <c>WORDCHARS</c>).</summary>
    public string WordCharacters { get; }

    /// <summary>Reads a dictionary from its two files; a missing, unreadable or malformed file is a <see cref="HunspellFormatException"/> naming it.</summary>
    public static HunspellDictionary Load(string affixPath, string dictionaryPath)
    {
        ArgumentNullException.ThrowIfNull(affixPath);
        ArgumentNullException.ThrowIfNull(dictionaryPath);
        return Load(ReadBytes(affixPath), ReadBytes(dictionaryPath), affixPath, dictionaryPath);
    }

    /// <summary>Reads a dictionary from the bytes of its two files, decoded as the .aff's <c>SET</c> line says.</summary>
    public static HunspellDictionary Load(byte[] affix, byte[] dictionary, string affixName, string dictionaryName)
    {
        ArgumentNullException.ThrowIfNull(affix);
        ArgumentNullException.ThrowIfNull(dictionary);
        var encoding = HunspellText.EncodingOf(affix, affixName);
        return Parse(HunspellText.Decode(affix, encoding, affixName), HunspellText.Decode(dictionary, encoding, dictionaryName), affixName, dictionaryName);
    }

    /// <summary>Reads a dictionary from the text of its two files.</summary>
    public static HunspellDictionary Parse(string affixText, string dictionaryText, string affixName = "index.aff", string dictionaryName = "index.dic")
    {
        ArgumentNullException.ThrowIfNull(affixText);
        ArgumentNullException.ThrowIfNull(dictionaryText);
        var affix = AffixFile.Parse(affixText, affixName);
        return new HunspellDictionary(affix, ReadWords(affix, dictionaryText, dictionaryName));
    }

    /// <summary>True when <paramref name="word"/> is a word of the dictionary (in any form its affixes and case rules allow).</summary>
    public bool Check(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length == 0 || (word.Length <= MaxWordLength && CheckConverted(Convert(word, _affix.InputConversions), forSuggestion: false, depth: 0));
    }

    /// <summary>
    /// Up to <paramref name="maxCount"/> corrections of a misspelled word, best first: the .aff's REP
    /// replacements and MAP variants, swapped letters, keyboard neighbours (KEY), then one deletion,
    /// insertion or replacement from the TRY characters; the work per word is capped. Empty for a correct word.
    /// </summary>
    public IReadOnlyList<string> Suggest(string word, int maxCount = 5)
    {
        ArgumentNullException.ThrowIfNull(word);
        return maxCount <= 0 || word.Length == 0 || word.Length > MaxWordLength / 2 || Check(word) ? [] : _suggester.Suggest(word, maxCount);
    }

    internal bool CheckConverted(string word, bool forSuggestion, int depth)
    {
        var found = CheckCase(word, forSuggestion);
        if (found != Result.None)
        {
            return found == Result.Found;
        }

        // BREAK: "porte-monnaie" is right when both halves are; "^'" / "'$" drop a leading / trailing apostrophe.
        if (depth >= 2)
        {
            return false;
        }

        foreach (var pattern in _affix.Breaks)
        {
            if (pattern.Length > 1 && pattern[0] == '^')
            {
                var head = pattern[1..];
                if (word.Length > head.Length && word.StartsWith(head, StringComparison.Ordinal) && CheckConverted(word[head.Length..], forSuggestion, depth + 1))
                {
                    return true;
                }
            }
            else if (pattern.Length > 1 && pattern[^1] == '$')
            {
                var tail = pattern[..^1];
                if (word.Length > tail.Length && word.EndsWith(tail, StringComparison.Ordinal) && CheckConverted(word[..^tail.Length], forSuggestion, depth + 1))
                {
                    return true;
                }
            }
            else
            {
                // Every part must be a word; splitting once on all occurrences keeps this linear ("a-b-c-…").
                var parts = word.Split(pattern);
                if (parts.Length is >= 2 and <= MaxBreakParts && parts.All(p => p.Length > 0) && parts.All(p => CheckConverted(p, forSuggestion, depth + 1)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal static string Convert(string word, List<(string From, string To)> table)
    {
        if (table.Count == 0)
        {
            return word;
        }

        // Longest match at each position, left to right, as Hunspell's conversion tables work.
        System.Text.StringBuilder? builder = null;
        for (var i = 0; i < word.Length; i++)
        {
            var best = -1;
            for (var t = 0; t < table.Count; t++)
            {
                var from = table[t].From;
                if (from.Length > 0 && string.CompareOrdinal(word, i, from, 0, from.Length) == 0 && (best < 0 || from.Length > table[best].From.Length))
                {
                    best = t;
                }
            }

            if (best < 0)
            {
                builder?.Append(word[i]);
                continue;
            }

            builder ??= new System.Text.StringBuilder(word.Length).Append(word, 0, i);
            builder.Append(table[best].To);
            i += table[best].From.Length - 1;
        }

        return builder?.ToString() ?? word;
    }

    private Result CheckCase(string word, bool forSuggestion)
    {
        var exact = Find(word, caseChanged: false, forSuggestion);
        if (exact != Result.None)
        {
            return exact;
        }

        switch (WordCase.Of(word))
        {
            case WordCasing.Capitalized:
                return Find(WordCase.LowerFirst(word), caseChanged: true, forSuggestion);
            case WordCasing.AllCaps:
                var lower = word.ToLower(CultureInfo.InvariantCulture);
                var found = Find(lower, caseChanged: true, forSuggestion);
                return found != Result.None ? found : Find(WordCase.UpperFirst(lower), caseChanged: true, forSuggestion);
            default:
                return Result.None;
        }
    }

    private Result Find(string word, bool caseChanged, bool forSuggestion)
    {
        if (_words.TryGetValue(word, out var homonyms))
        {
            if (!caseChanged && homonyms.Any(h => h.Contains(_affix.Forbidden)))
            {
                return Result.Forbidden;
            }

            if (homonyms.Any(h => Accepts(h, caseChanged, forSuggestion) && !h.Contains(_affix.NeedAffix)))
            {
                return Result.Found;
            }
        }

        return CheckSuffixes(word, null, 0, caseChanged, forSuggestion) || CheckPrefixes(word, caseChanged, forSuggestion) ? Result.Found : Result.None;
    }

    private bool Accepts(FlagSet flags, bool caseChanged, bool forSuggestion) =>
        !flags.Contains(_affix.Forbidden) &&
        !flags.Contains(_affix.OnlyInCompound) &&
        !(caseChanged && flags.Contains(_affix.KeepCase)) &&
        !(forSuggestion && flags.Contains(_affix.NoSuggest));

    /// <summary>
    /// Is <paramref name="word"/> a root plus a suffix? With <paramref name="prefix"/>, the prefix was
    /// already removed and must combine (cross product; the root or the suffix carries its flag). With
    /// <paramref name="outerFlag"/>, an outer suffix was removed and this suffix must allow it.
    /// </summary>
    private bool CheckSuffixes(string word, AffixEntry? prefix, int outerFlag, bool caseChanged, bool forSuggestion)
    {
        var limit = Math.Min(word.Length, _longestSuffix);
        for (var length = 0; length <= limit; length++)
        {
            if (!_suffixes.TryGetValue(word.AsSpan(word.Length - length), out var entries))
            {
                continue;
            }

            var baseLength = word.Length - length;
            foreach (var suffix in entries)
            {
                if (baseLength + suffix.Strip.Length == 0 || (baseLength == 0 && !_affix.FullStrip) ||
                    (prefix is not null && !suffix.CrossProduct) ||
                    (outerFlag != 0 && !suffix.Continuation.Contains(outerFlag)) ||
                    suffix.Continuation.Contains(_affix.OnlyInCompound))
                {
                    continue;
                }

                var stem = string.Concat(word.AsSpan(0, baseLength), suffix.Strip);
                if (!suffix.Condition.MatchesEnd(stem))
                {
                    continue;
                }

                // A suffix marked NEEDAFFIX makes a form that is a word only with another affix.
                var needsMore = suffix.Continuation.Contains(_affix.NeedAffix) && prefix is null && outerFlag == 0;
                if (!needsMore && _wordLookup.TryGetValue(stem, out var homonyms))
                {
                    foreach (var flags in homonyms)
                    {
                        if (flags.Contains(suffix.Flag) && Accepts(flags, caseChanged, forSuggestion) &&
                            (prefix is null || flags.Contains(prefix.Flag) || suffix.Continuation.Contains(prefix.Flag)))
                        {
                            return true;
                        }
                    }
                }

                // Two suffixes: this one was the outer; the stem is a root plus an inner suffix that allows it.
                if (outerFlag == 0 && _secondLevelSuffixFlags.Contains(suffix.Flag) && CheckSuffixes(stem, prefix, suffix.Flag, caseChanged, forSuggestion))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool CheckPrefixes(string word, bool caseChanged, bool forSuggestion)
    {
        var limit = Math.Min(word.Length, _longestPrefix);
        for (var length = 0; length <= limit; length++)
        {
            if (!_prefixes.TryGetValue(word.AsSpan(0, length), out var entries))
            {
                continue;
            }

            foreach (var prefix in entries)
            {
                if (word.Length - length + prefix.Strip.Length == 0 || prefix.Continuation.Contains(_affix.OnlyInCompound))
                {
                    continue;
                }

                var stem = string.Concat(prefix.Strip, word.AsSpan(length));
                if (!prefix.Condition.MatchesStart(stem))
                {
                    continue;
                }

                if (!prefix.Continuation.Contains(_affix.NeedAffix) && _wordLookup.TryGetValue(stem, out var homonyms) &&
                    homonyms.Any(flags => flags.Contains(prefix.Flag) && Accepts(flags, caseChanged, forSuggestion)))
                {
                    return true;
                }

                if (prefix.CrossProduct && CheckSuffixes(stem, prefix, 0, caseChanged, forSuggestion))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Dictionary<string, AffixEntry[]> Index(List<AffixEntry> entries, out int longest)
    {
        longest = entries.Count == 0 ? 0 : entries.Max(e => e.Add.Length);
        return entries.GroupBy(e => e.Add, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private static Dictionary<string, FlagSet[]> ReadWords(AffixFile affix, string text, string fileName)
    {
        var lines = text.Split('\n');
        var first = lines.Length > 0 ? lines[0].Trim() : string.Empty;
        if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var declared))
        {
            throw new HunspellFormatException(fileName, 1, $"expected the word count on the first line, found '{Shorten(first)}'");
        }

        var words = new Dictionary<string, FlagSet[]>(Math.Min(declared, 1_000_000), StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] is '\t' or '#')
            {
                continue;
            }

            var (word, flagText) = SplitEntry(line);
            if (word.Length == 0)
            {
                continue;
            }

            var flags = affix.ParseFlags(flagText, i + 1, fileName);
            words[word] = words.TryGetValue(word, out var existing) ? [.. existing, flags] : [flags];
        }

        return words;
    }

    /// <summary>"word/FLAGS morphology": the word (with <c>\/</c> unescaped) and its flags.</summary>
    private static (string Word, string Flags) SplitEntry(string line)
    {
        // Morphological fields follow a tab (or a space, in older files): not needed for checking.
        var end = line.IndexOf('\t', StringComparison.Ordinal);
        var entry = end < 0 ? line : line[..end];
        var slash = -1;
        for (var i = 1; i < entry.Length; i++)
        {
            if (entry[i] == '/' && entry[i - 1] != '\\')
            {
                slash = i;
                break;
            }
        }

        var word = slash < 0 ? entry : entry[..slash];
        var flags = slash < 0 ? string.Empty : entry[(slash + 1)..];
        var space = flags.IndexOf(' ', StringComparison.Ordinal);
        flags = space < 0 ? flags : flags[..space];
        if (slash < 0 && word.IndexOf(' ', StringComparison.Ordinal) is var wordSpace and > 0)
        {
            word = word[..wordSpace];
        }

        return (word.Trim().Replace("\\/", "/", StringComparison.Ordinal), flags.Trim());
    }

    // The largest dictionaries shipped with Hunspell are a few megabytes; a FIFO, a device or a huge file
    // named by a rule hung or exhausted memory.
    internal const long MaxFileBytes = 64 * 1024 * 1024;

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return BoundedFile.TryReadAllBytes(path, MaxFileBytes, out var failure)
                ?? throw new IOException(failure!.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new HunspellFormatException(path, $"cannot be read ({exception.Message})", exception);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private enum Result
    {
        None,
        Found,
        Forbidden,
    }
}
