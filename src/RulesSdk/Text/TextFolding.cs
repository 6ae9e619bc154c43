using System.Globalization;
using System.Text;

namespace RulesSdk.Text;

/// <summary>
/// Case- and accent-insensitive comparison that keeps positions: every character folds to exactly
/// one character (É → e, ’ → ', no-break spaces → space), so a match in folded text is a match
/// at the same offsets in the original.
/// </summary>
public static partial class TextFolding
{
    private const int TableSize = 0x2100;
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < TableSize ? Table[c] : Punctuation(c) ?? char.ToLowerInvariant(c);

    public static string Fold(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text.ToString(), static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = Fold(source[i]);
            }
        });
    }

    public static bool EqualsFolded(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = Punctuation(c) ?? FoldSlow(c);
        }

        return table;
    }

    // Typographic variants that news copy mixes freely: curly and straight quotes, dashes, spaces.
    private static char? Punctuation(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' => '"',
        '\u00A0' or '\u202F' or '\u2009' or '\u200A' or '\u2007' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
        _ => null,
    };

    private static char FoldSlow(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        var lower = char.ToLowerInvariant(c);
        if (LatinBase(lower) is { } latin)
        {
            return latin;
        }

        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
        {
            return decomposed[0];
        }

        return lower;
    }
}
