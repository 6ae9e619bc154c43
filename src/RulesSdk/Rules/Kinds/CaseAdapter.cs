namespace RulesSdk.Rules.Kinds;

/// <summary>
/// Gives a replacement the case of the text it replaces, relative to how the entry was written:
/// "suite au" → "à la suite du" also turns "Suite au" into "À la suite du" and "SUITE AU" into
/// "À LA SUITE DU", while "javascript" → "JavaScript" keeps its written capitals.
/// </summary>
public static class CaseAdapter
{
    public static string Adapt(ReadOnlySpan<char> matched, string written, string replacement)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(replacement);
        if (matched.SequenceEqual(written))
        {
            return replacement;
        }

        if (IsAllCapitals(matched) && !IsAllCapitals(written))
        {
            return replacement.ToUpperInvariant();
        }

        var m = FirstLetter(matched);
        var w = FirstLetter(written);
        var r = FirstLetter(replacement);
        if (m < 0 || w < 0 || r < 0)
        {
            return replacement;
        }

        var matchedUpper = char.IsUpper(matched[m]);
        var writtenUpper = char.IsUpper(written[w]);
        var replacementUpper = char.IsUpper(replacement[r]);
        if (matchedUpper == writtenUpper || replacementUpper != writtenUpper)
        {
            // Same case as written, or the replacement's first letter has a case of its own (a name).
            return replacement;
        }

        var flipped = matchedUpper ? char.ToUpperInvariant(replacement[r]) : char.ToLowerInvariant(replacement[r]);
        return string.Concat(replacement.AsSpan(0, r), new ReadOnlySpan<char>(in flipped), replacement.AsSpan(r + 1));
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    private static int FirstLetter(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
