using System.Collections.Frozen;

namespace RulesSdk.Syntax;

/// <summary>Language codes the SDK knows, and detection from function words.</summary>
public static class DocumentLanguage
{
    public const string French = "fr";
    public const string English = "en";
    public const string Unknown = "und";

    // Function words: frequent, short, and rarely shared between the two languages. Elided French
    // forms (j’, l’, qu’) count through their letters before the apostrophe.
    private static readonly FrozenSet<string> FrenchWords = new[]
    {
        "le", "la", "les", "des", "est", "et", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec", "à", "été",
        "je", "il", "elle", "nous", "vous", "ils", "ce", "cette", "mais", "ou", "où", "selon", "son", "sa", "ses", "aux", "par", "j", "l", "qu", "d", "c", "n",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> EnglishWords = new[]
    {
        "the", "and", "is", "of", "to", "in", "that", "it", "was", "for", "on", "with", "are", "has", "have", "by",
        "i", "he", "she", "we", "they", "this", "but", "or", "according", "his", "her", "their", "at", "from", "will", "been",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
        var frenchLookup = FrenchWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var englishLookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (frenchLookup.Contains(word))
            {
                french++;
            }

            if (englishLookup.Contains(word))
            {
                english++;
            }
        }

        if (french + english < 2 || french == english)
        {
            return Unknown;
        }

        return french > english ? French : English;
    }
}
