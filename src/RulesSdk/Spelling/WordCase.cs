using System.Globalization;

namespace RulesSdk.Spelling;

/// <summary>Case helpers for words: Hunspell's rule that "paris" does not accept "Paris" but "house" accepts "House" and "HOUSE".</summary>
internal static class WordCase
{
    public static WordCasing Of(string word) => Of(word.AsSpan());

    public static WordCasing Of(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        var firstUpper = false;
        var seenLetter = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
                firstUpper |= !seenLetter;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }

            seenLetter |= char.IsLetter(c);
        }

        return upper == 0 ? WordCasing.Lower
            : lower == 0 && upper > 1 ? WordCasing.AllCaps
            : firstUpper && upper == 1 ? WordCasing.Capitalized
            : WordCasing.Mixed;
    }

    public static string LowerFirst(string word) => Change(word, char.ToLowerInvariant);

    public static string UpperFirst(string word) => Change(word, char.ToUpperInvariant);

    /// <summary>The word in the case pattern of <paramref name="casing"/> (for suggestions to a Capitalised or ALL-CAPS word).</summary>
    public static string Apply(string word, WordCasing casing) => casing switch
    {
        WordCasing.Capitalized => UpperFirst(word),
        WordCasing.AllCaps => word.ToUpper(CultureInfo.InvariantCulture),
        _ => word,
    };

    private static string Change(string word, Func<char, char> change)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                return string.Concat(word.AsSpan(0, i), change(word[i]).ToString(), word.AsSpan(i + 1));
            }
        }

        return word;
    }
}
