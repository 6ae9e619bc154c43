using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Splits prose into words, numbers and punctuation. French elisions are split after the
/// apostrophe (j’ai → j’ + ai, qu’il → qu’ + il) so rules can match the verb; other French words
/// with an apostrophe (aujourd’hui) and English contractions (I'm) stay whole.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="prose"/>, whose first character is at document position <paramref name="offset"/>.</summary>
    public static ImmutableArray<SyntaxToken> Tokenize(ReadOnlySpan<char> prose, int offset, string language, Func<int, bool> isInQuote) =>
        Tokenize(prose.ToString(), offset, new TextSpan(offset, prose.Length), language, isInQuote);

    /// <summary>
    /// Tokens of the <paramref name="range"/> (document positions) of <paramref name="source"/>, whose first character is at
    /// document position <paramref name="sourceOffset"/>; the tokens point into <paramref name="source"/>.
    /// </summary>
    public static ImmutableArray<SyntaxToken> Tokenize(string source, int sourceOffset, TextSpan range, string language, Func<int, bool> isInQuote)
    {
        var tokens = Scan(source, sourceOffset, range, language, isInQuote);
        var result = ImmutableArray.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        Release(tokens);
        return result;
    }

    /// <summary>
    /// The same tokens in a buffer of the calling thread, valid until its next tokenization: for a scan
    /// that reads each token once and should not keep the tokens of every sentence alive.
    /// </summary>
    internal static ReadOnlySpan<SyntaxToken> TokenizeTransient(string source, int sourceOffset, TextSpan range, string language, Func<int, bool> isInQuote)
    {
        var tokens = Scan(source, sourceOffset, range, language, isInQuote);
        var result = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        Release(tokens);
        return result;
    }

    private static List<SyntaxToken> Scan(string source, int sourceOffset, TextSpan range, string language, Func<int, bool> isInQuote)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(isInQuote);
        var prose = source.AsSpan(range.Start - sourceOffset, range.Length);
        var offset = range.Start;

        // One scratch list per thread, copied once into an exact-size array: no growth garbage.
        var tokens = t_scratch ??= new List<SyntaxToken>(256);
        tokens.Clear();
        var splitElision = language == DocumentLanguage.French;
        var i = 0;
        while (i < prose.Length)
        {
            var c = prose[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                // 3.5, 3,5, 1 000 (narrow no-break space), 18:41, 2024-05-31
                i++;
                while (i < prose.Length && (char.IsDigit(prose[i]) || (prose[i] is '.' or ',' or ':' or '-' or '\u202F' or '\u00A0' && i + 1 < prose.Length && char.IsDigit(prose[i + 1]))))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < prose.Length)
                {
                    var d = prose[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                    }
                    else if (d is '-' or '\u2011' && i + 1 < prose.Length && char.IsLetter(prose[i + 1]))
                    {
                        i++;
                    }
                    else if (d is '\'' or '’' && i + 1 < prose.Length && char.IsLetter(prose[i + 1]))
                    {
                        i++;
                        if (splitElision && IsElision(prose[start..(i - 1)]))
                        {
                            break;
                        }
                    }
                    else
                    {
                        break;
                    }
                }

                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }

            var span = new TextSpan(offset + start, i - start);
            tokens.Add(new SyntaxToken(span, kind, source, sourceOffset, isInQuote(span.Start)));
        }

        return tokens;
    }

    private static void Release(List<SyntaxToken> tokens)
    {
        if (tokens.Capacity > 4096)
        {
            // A huge sentence should not pin a huge buffer on the thread.
            t_scratch = null;
        }
    }

    [ThreadStatic]
    private static List<SyntaxToken>? t_scratch;

    // French words that elide before a vowel (l’, qu’, jusqu’…). Other apostrophes are inside a
    // word and keep it whole: aujourd’hui, presqu’île, quelqu’un, prud’hommes.
    private static bool IsElision(ReadOnlySpan<char> word) =>
        Elisions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly FrozenSet<string> Elisions = new[]
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
