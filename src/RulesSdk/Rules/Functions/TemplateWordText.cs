using System.Globalization;
using System.Text;

namespace RulesSdk.Rules;

/// <summary>
/// Word-level plumbing shared by <see cref="TemplateFunctions"/>: finding the word to inflect inside a template
/// argument, building a lookup key (NFC, invariant lower case, straight apostrophes) and putting the input's
/// capitalisation, apostrophe style and normalisation form back on the result. Nothing here throws.
/// </summary>
internal static class TemplateWordText
{
    /// <summary>The apostrophe used when the input has none and the output needs one (French typography).</summary>
    internal const char TypographicApostrophe = '\u2019';

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    internal static bool ContainsLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Inflects the first word of <paramref name="text"/> with <paramref name="map"/> (which receives and returns
    /// lookup keys; null means "leave unchanged") and keeps everything around that word as it was, so
    /// "give up" → "gave up" and "« ai »" → "« a »". With <paramref name="skipFrenchNe"/>, a leading negation
    /// "ne" is stepped over and the verb after it inflected, eliding "ne" when the new form starts with a vowel
    /// ("ne suis" → "n’est").
    /// </summary>
    internal static string InflectFirstWord(string? text, Func<string, string?> map, bool skipFrenchNe)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var start = FindWordStart(text, 0);
        if (start < 0)
        {
            return text;
        }

        var end = FindWordEnd(text, start);
        var ne = -1;
        if (skipFrenchNe && end - start == 2 && text.AsSpan(start, 2).Equals("ne", StringComparison.OrdinalIgnoreCase))
        {
            var next = FindWordStart(text, end);
            if (next >= 0 && text.AsSpan(end, next - end).IsWhiteSpace())
            {
                ne = start;
                start = next;
                end = FindWordEnd(text, next);
            }
        }

        var word = text[start..end];
        var inflected = Inflect(word, map, '\'');
        if (inflected is null || string.Equals(inflected, word, StringComparison.Ordinal))
        {
            return text;
        }

        if (ne >= 0 && StartsWithVowel(inflected) && !StartsWithVowel(word))
        {
            // "ne" + "suis" → "n’est": French elides "ne" before a vowel.
            var elided = string.Concat(text.AsSpan(ne, 1), TypographicApostrophe.ToString());
            return string.Concat(text.AsSpan(0, ne), elided, inflected, text.AsSpan(end));
        }

        return string.Concat(text.AsSpan(0, start), inflected, text.AsSpan(end));
    }

    private static bool StartsWithVowel(string word) =>
        word.Length > 0 && "aeiouyàâäéèêëîïôöùûüh".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal);

    /// <summary>
    /// Runs <paramref name="map"/> on the lookup key of <paramref name="original"/> and dresses the result like the
    /// original. <paramref name="defaultApostrophe"/> replaces straight apostrophes in the result when the original
    /// has none of its own. Returns null when <paramref name="map"/> does.
    /// </summary>
    internal static string? Inflect(string original, Func<string, string?> map, char defaultApostrophe)
    {
        var result = map(ToKey(original));
        return result is null ? null : Dress(original, result, defaultApostrophe);
    }

    /// <summary>NFC, invariant lower case, every apostrophe variant as a straight apostrophe.</summary>
    internal static string ToKey(string text)
    {
        var lower = SafeNormalize(text, NormalizationForm.FormC).ToLowerInvariant();
        return string.Create(lower.Length, lower, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = IsApostrophe(source[i]) ? '\'' : source[i];
            }
        });
    }

    /// <summary>Applies the original's apostrophe style, capitalisation and (NFD) normalisation to a key-shaped result.</summary>
    internal static string Dress(string original, string result, char defaultApostrophe)
    {
        var apostrophe = FirstApostrophe(original) ?? defaultApostrophe;
        if (apostrophe != '\'')
        {
            result = result.Replace('\'', apostrophe);
        }

        result = ApplyCase(original, result);
        if (!SafeIsNormalized(original, NormalizationForm.FormC) && SafeIsNormalized(original, NormalizationForm.FormD))
        {
            result = SafeNormalize(result, NormalizationForm.FormD);
        }

        return result;
    }

    /// <summary>
    /// "AI" → all upper (two letters or more, all upper case); "Ai" → first letter upper; otherwise as computed.
    /// </summary>
    internal static string ApplyCase(string original, string result)
    {
        var letters = 0;
        var upper = 0;
        var firstUpper = false;
        for (var i = 0; i < original.Length; i++)
        {
            if (!char.IsLetter(original, i))
            {
                continue;
            }

            var isUpper = char.IsUpper(original, i);
            if (letters == 0)
            {
                firstUpper = isUpper;
            }

            letters++;
            if (isUpper)
            {
                upper++;
            }
        }

        if (letters >= 2 && upper == letters)
        {
            return result.ToUpperInvariant();
        }

        return firstUpper ? UpperFirstLetter(result, skipOpeningPunctuation: false) : result;
    }

    /// <summary>
    /// Upper-cases the first letter. Leading whitespace (and, with <paramref name="skipOpeningPunctuation"/>, quotes,
    /// opening brackets and dashes) is stepped over; anything else before a letter (a digit, a symbol) stops the search.
    /// </summary>
    internal static string UpperFirstLetter(string text, bool skipOpeningPunctuation)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(text, i))
            {
                if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
                {
                    return text;
                }

                var upperRune = Rune.ToUpperInvariant(rune);
                if (upperRune == rune || upperRune.Utf16SequenceLength != consumed)
                {
                    return text;
                }

                Span<char> buffer = stackalloc char[2];
                var written = upperRune.EncodeToUtf16(buffer);
                return string.Concat(text.AsSpan(0, i), buffer[..written], text.AsSpan(i + consumed));
            }

            if (char.IsWhiteSpace(c) || IsApostrophe(c))
            {
                continue;
            }

            if (skipOpeningPunctuation && IsOpeningPunctuation(c))
            {
                continue;
            }

            return text;
        }

        return text;
    }

    private static bool IsOpeningPunctuation(char c)
    {
        if (c is '"' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u00BF' or '\u00A1')
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.DashPunctuation;
    }

    private static char? FirstApostrophe(string text)
    {
        foreach (var c in text)
        {
            if (IsApostrophe(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>First index of a word: a letter, or an apostrophe directly followed by a letter ("'m").</summary>
    private static int FindWordStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsLetter(text, i))
            {
                return i;
            }

            if (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text, i + 1))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>End (exclusive) of the word at <paramref name="start"/>: letters, combining marks, and inner apostrophes or hyphens.</summary>
    private static int FindWordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (char.IsLetter(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(text[i]);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }

            if ((IsApostrophe(text[i]) || text[i] == '-') && i + 1 < text.Length && char.IsLetter(text, i + 1))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static string SafeNormalize(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            // Ill-formed UTF-16 (a lone surrogate): work on the text as it is.
            return text;
        }
    }

    private static bool SafeIsNormalized(string text, NormalizationForm form)
    {
        try
        {
            return text.IsNormalized(form);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
