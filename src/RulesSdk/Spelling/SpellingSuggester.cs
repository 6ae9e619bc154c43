using System.Globalization;
using System.Text;

namespace RulesSdk.Spelling;

/// <summary>
/// Corrections one edit away, ranked by how likely the edit is: the .aff's REP table (common
/// misspellings) and MAP groups (accents), then swapped neighbours and keyboard neighbours (KEY),
/// then one deleted, inserted or replaced TRY character, then a missing space. Candidates are made
/// from the lower-case word and given the word's case back; at most <see cref="MaxChecks"/> are checked.
/// </summary>
internal sealed class SpellingSuggester(HunspellDictionary dictionary, AffixFile affix)
{
    private readonly char[] _tryLetters = (affix.TryCharacters.Length > 0 ? affix.TryCharacters : "esianrtolcdugmphbyfvkwz").Where(c => !char.IsUpper(c)).Distinct().ToArray();

    /// <summary>The cap on dictionary look-ups per misspelled word (a 12-letter French word needs about 2,400).</summary>
    public const int MaxChecks = 4_000;

    public IReadOnlyList<string> Suggest(string word, int maxCount)
    {
        var keepStraightApostrophe = word.Contains('\'', StringComparison.Ordinal);
        var converted = HunspellDictionary.Convert(word, affix.InputConversions);
        var casing = WordCase.Of(converted);
        var lower = casing is WordCasing.Capitalized or WordCasing.AllCaps ? converted.ToLower(CultureInfo.InvariantCulture) : converted;

        // Each stage has a cost; a stage runs only while it could still place a candidate among the best.
        (int Cost, IEnumerable<string> Candidates)[] stages =
        [
            (0, Replacements(lower)),
            (0, CaseVariant(lower)),
            (1, MapVariants(lower)),
            (1, Swaps(lower)),
            (1, DoubledLetters(lower)),
            (2, KeyNeighbours(lower)),
            (3, Insertions(lower)),
            (3, Substitutions(lower)),
            (4, Deletions(lower)),
            (5, Splits(lower)),
        ];

        var found = new List<(string Word, int Cost)>();
        var tried = new HashSet<string>(StringComparer.Ordinal) { lower };
        var checks = 0;
        foreach (var (cost, candidates) in stages)
        {
            if (found.Count >= maxCount && found.Order(CostOrder.Instance).Take(maxCount).Max(f => f.Cost) < cost)
            {
                break;
            }

            foreach (var candidate in candidates)
            {
                if (checks >= MaxChecks)
                {
                    break;
                }

                if (!tried.Add(candidate))
                {
                    continue;
                }

                checks++;
                var cased = WordCase.Apply(candidate, casing);
                var valid = candidate.Contains(' ', StringComparison.Ordinal)
                    ? cased.Split(' ').All(part => part.Length > 0 && dictionary.CheckConverted(part, forSuggestion: true, depth: 0))
                    : dictionary.CheckConverted(cased, forSuggestion: true, depth: 0);
                if (valid)
                {
                    found.Add((cased, cost));
                }
            }
        }

        // Stable: within a cost, the order of generation (REP table order, TRY frequency order).
        return [.. found.Order(CostOrder.Instance).Take(maxCount)
            .Select(f => keepStraightApostrophe ? f.Word : HunspellDictionary.Convert(f.Word, affix.OutputConversions))];
    }

    private IEnumerable<string> Replacements(string word)
    {
        foreach (var (from, to) in affix.Replacements)
        {
            var anchoredStart = from.StartsWith('^');
            var anchoredEnd = from.EndsWith('$');
            var text = from.Trim('^', '$');
            if (text.Length == 0)
            {
                continue;
            }

            for (var at = word.IndexOf(text, StringComparison.Ordinal); at >= 0; at = word.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                if ((anchoredStart && at != 0) || (anchoredEnd && at + text.Length != word.Length))
                {
                    continue;
                }

                yield return string.Concat(word.AsSpan(0, at), to, word.AsSpan(at + text.Length));
            }
        }
    }

    /// <summary>A proper noun written in lower case ("paris" → "Paris").</summary>
    private static IEnumerable<string> CaseVariant(string word)
    {
        yield return WordCase.UpperFirst(word);
    }

    private IEnumerable<string> MapVariants(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            foreach (var group in affix.MapGroups)
            {
                if (!group.Contains(word[i], StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var other in group)
                {
                    if (other != word[i])
                    {
                        yield return Replace(word, i, other);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Swaps(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] != word[i + 1])
            {
                var chars = word.ToCharArray();
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                yield return new string(chars);
            }
        }
    }

    private IEnumerable<string> KeyNeighbours(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            foreach (var row in affix.KeyRows)
            {
                for (var at = row.IndexOf(word[i], StringComparison.Ordinal); at >= 0; at = row.IndexOf(word[i], at + 1))
                {
                    if (at > 0)
                    {
                        yield return Replace(word, i, row[at - 1]);
                    }

                    if (at + 1 < row.Length)
                    {
                        yield return Replace(word, i, row[at + 1]);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }
    }

    /// <summary>A letter typed once where it is doubled ("runing" → "running").</summary>
    private static IEnumerable<string> DoubledLetters(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                yield return word.Insert(i, word[i].ToString());
            }
        }
    }

    private IEnumerable<string> Insertions(string word)
    {
        foreach (var c in _tryLetters)
        {
            for (var i = 0; i <= word.Length; i++)
            {
                yield return word.Insert(i, c.ToString());
            }
        }
    }

    private IEnumerable<string> Substitutions(string word)
    {
        foreach (var c in _tryLetters)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] != c)
                {
                    yield return Replace(word, i, c);
                }
            }
        }
    }

    /// <summary>A missing space; parts of one or two letters ("occur ed", "a peller") are left to REP entries such as "alot" → "a lot".</summary>
    private static IEnumerable<string> Splits(string word)
    {
        for (var i = 3; i + 3 <= word.Length; i++)
        {
            yield return new StringBuilder(word.Length + 1).Append(word, 0, i).Append(' ').Append(word, i, word.Length - i).ToString();
        }
    }

    private sealed class CostOrder : IComparer<(string Word, int Cost)>
    {
        public static readonly CostOrder Instance = new();

        public int Compare((string Word, int Cost) x, (string Word, int Cost) y) => x.Cost.CompareTo(y.Cost);
    }

    private static string Replace(string word, int index, char c) => string.Concat(word.AsSpan(0, index), c.ToString(), word.AsSpan(index + 1));
}
