using System.Buffers;

namespace RulesSdk.Syntax;

/// <summary>Language codes the SDK knows, and detection from function words.</summary>
public static class DocumentLanguage
{
    public const string French = "fr";
    public const string English = "en";
    public const string Unknown = "und";

    private static readonly SearchValues<string> FrenchWords = SearchValues.Create(
        [" le ", " la ", " les ", " des ", " est ", " et ", " une ", " du ", " que ", " qui ", " dans ", " pour ", " pas ", " sur ", " au ", " avec ", " à ", " été "],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> EnglishWords = SearchValues.Create(
        [" the ", " and ", " is ", " of ", " to ", " in ", " that ", " it ", " was ", " for ", " on ", " with ", " are ", " has ", " have ", " by "],
        StringComparison.OrdinalIgnoreCase);

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

    /// <summary>Detects French or English from the frequency of function words in the first 20 000 characters.</summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        var french = Count(sample, FrenchWords);
        var english = Count(sample, EnglishWords);
        if (french + english < 3)
        {
            return Unknown;
        }

        return french >= english ? French : English;
    }

    private static int Count(ReadOnlySpan<char> text, SearchValues<string> words)
    {
        var count = 0;
        while (true)
        {
            var index = text.IndexOfAny(words);
            if (index < 0)
            {
                return count;
            }

            count++;
            // Step past the word but keep its trailing space, so adjacent function words both count.
            var next = text[(index + 1)..].IndexOf(' ');
            if (next < 0)
            {
                return count;
            }

            text = text[(index + 1 + next)..];
        }
    }
}
