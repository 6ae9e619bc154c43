using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace RulesSdk.Syntax;

/// <summary>Language codes the SDK knows, and detection from function words.</summary>
public static class DocumentLanguage
{
    public const string French = "fr";
    public const string English = "en";
    public const string Unknown = "und";

    // Function words: frequent, short, and rarely shared between the two languages. Elided French
    // forms (j’, l’, qu’) count through their letters before the apostrophe.
    private static readonly string[] FrenchWords =
    [
        "le", "la", "les", "des", "est", "et", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec", "à", "été",
        "je", "il", "elle", "nous", "vous", "ils", "ce", "cette", "mais", "ou", "où", "selon", "son", "sa", "ses", "aux", "par", "j", "l", "qu", "d", "c", "n",
    ];

    private static readonly string[] EnglishWords =
    [
        "the", "and", "is", "of", "to", "in", "that", "it", "was", "for", "on", "with", "are", "has", "have", "by",
        "i", "he", "she", "we", "they", "this", "but", "or", "according", "his", "her", "their", "at", "from", "will", "been",
    ];

    // Function word → true for French, false for English. ASCII words (most of them) are lower-cased
    // into a small buffer and looked up ordinally; the few others ("été", "À") case-insensitively.
    private static readonly FrozenDictionary<string, bool> IsFrenchWord =
        FrenchWords.Select(w => KeyValuePair.Create(w, true))
            .Concat(EnglishWords.Select(w => KeyValuePair.Create(w, false)))
            .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, bool> IsFrenchWordIgnoringCase = IsFrenchWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // No function word is longer ("according"): longer words are not looked up at all.
    private static readonly int LongestFunctionWord = IsFrenchWord.Keys.Max(w => w.Length);

    /// <summary>Normalises a declared language ("fr-FR", "French", "EN") to a two-letter code.</summary>
    public static string Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return Unknown;
        }

        var code = language.Trim().ToLowerInvariant();
        return code switch
        {
            "french" or "français" or "francais" => French,
            "english" or "anglais" => English,
            _ when code.Length > 2 && (code[2] == '-' || code[2] == '_') => code[..2],
            _ => code,
        };
    }

    /// <summary>
    /// Detects French or English from the frequency of function words in the first 20 000
    /// characters; a couple of words suffice, so one sentence is enough.
    /// </summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        var lookup = IsFrenchWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var ignoringCase = IsFrenchWordIgnoringCase.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[LongestFunctionWord];
        int french = 0, english = 0;
        var i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                i++;
            }

            var word = sample[start..i];
            if (word.Length > LongestFunctionWord)
            {
                continue;
            }

            var found = Ascii.ToLower(word, lower, out var length) == OperationStatus.Done
                ? lookup.TryGetValue(lower[..length], out var isFrench)
                : ignoringCase.TryGetValue(word, out isFrench);
            if (found)
            {
                if (isFrench)
                {
                    french++;
                }
                else
                {
                    english++;
                }
            }
        }

        if (french + english < 2 || french == english)
        {
            return Unknown;
        }

        return french > english ? French : English;
    }
}
