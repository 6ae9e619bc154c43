using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Finds quotation regions in one block of prose: « », “ ”, ‘ ’, straight double quotes and straight
/// single quotes used as quotation marks ('like this', as scraped British text has them), nested, with
/// unclosed quotes running to the end of the block. A straight single quote inside a word (court's,
/// l'OTAN), an elision ('em, 'tis, the '90s) or a plural possessive (the members' vote) is an apostrophe, and an
/// unclosed straight single quote runs to the end of the block only when it opens the block.
/// </summary>
public static class QuoteScanner
{
    public static ImmutableArray<QuoteRegion> Scan(ReadOnlySpan<char> prose, int offset)
    {
        var regions = ImmutableArray.CreateBuilder<QuoteRegion>();
        Span<(int Start, char Mark)> stack = stackalloc (int, char)[16];
        var depth = 0;
        // Where the last straight single quote stands, so that a plural possessive can tell whether a closer is
        // still to come without scanning the rest of the block each time.
        var lastSingleQuote = prose.LastIndexOf('\'');
        for (var i = 0; i < prose.Length; i++)
        {
            var c = prose[i];
            switch (c)
            {
                case '«':
                case '“':
                case '„':
                    Push(ref depth, stack, i, c);
                    break;
                case '‘':
                    // An opening single quote only when it starts a word, not as a misused apostrophe.
                    if (i + 1 < prose.Length && !char.IsWhiteSpace(prose[i + 1]) && (i == 0 || !char.IsLetterOrDigit(prose[i - 1])))
                    {
                        Push(ref depth, stack, i, c);
                    }

                    break;
                case '»':
                    Close(ref depth, stack, i, '«', regions, offset);
                    break;
                case '”':
                    // Also closes „ (German style) and a straight quote opened with a curly closer missing.
                    if (!Close(ref depth, stack, i, '“', regions, offset))
                    {
                        Close(ref depth, stack, i, '„', regions, offset);
                    }

                    break;
                case '’':
                    // Apostrophe inside a word (l’OTAN, don’t) is not a closing quote.
                    if (i + 1 < prose.Length && char.IsLetter(prose[i + 1]))
                    {
                        break;
                    }

                    Close(ref depth, stack, i, '‘', regions, offset);
                    break;
                case '\'':
                    ScanStraightSingleQuote(prose, i, lastSingleQuote, ref depth, stack, regions, offset);
                    break;
                case '"':
                    // A straight double quote closes the open one even across an unclosed single quote inside it
                    // ("Tell 'em no," she said).
                    if (!Close(ref depth, stack, i, '"', regions, offset))
                    {
                        Push(ref depth, stack, i, c);
                    }

                    break;
            }
        }

        // Unclosed quotes run to the end of the block; a straight single quote only when it opens the block (a
        // quotation over several paragraphs), since elsewhere an unclosed one is more likely an elision.
        var blockStart = prose.Length - prose.TrimStart().Length;
        while (depth > 0)
        {
            depth--;
            if (depth < stack.Length && (stack[depth].Mark != '\'' || stack[depth].Start == blockStart))
            {
                var (start, mark) = stack[depth];
                regions.Add(new QuoteRegion(TextSpan.FromBounds(offset + start, offset + prose.Length), mark, depth, IsClosed: false));
            }
        }

        regions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return regions.ToImmutable();
    }

    private static void ScanStraightSingleQuote(ReadOnlySpan<char> prose, int i, int lastSingleQuote, ref int depth, Span<(int Start, char Mark)> stack, ImmutableArray<QuoteRegion>.Builder regions, int offset)
    {
        var previous = i == 0 ? ' ' : prose[i - 1];
        var next = i + 1 < prose.Length ? prose[i + 1] : ' ';
        if ((char.IsLetterOrDigit(previous) && char.IsLetter(next)) || IsElision(prose[(i + 1)..]))
        {
            return;
        }

        // Opening: at the start of a word, after a space, a bracket, a dash or another quotation mark, and not
        // an elided year ("the '90s").
        var opens = !char.IsWhiteSpace(next) && !char.IsDigit(next) && next != '\''
            && (char.IsWhiteSpace(previous) || previous is '(' or '[' or '—' or '–' or '"' or '“' or '«' or ':');
        var innermostIsSingle = depth > 0 && depth <= stack.Length && stack[depth - 1].Mark == '\'';
        if (innermostIsSingle && !char.IsWhiteSpace(previous) && !IsPluralPossessive(prose, i, lastSingleQuote))
        {
            // A closer only of the innermost quotation, and only when it is a straight single one; otherwise an
            // apostrophe ("the members' vote").
            Close(ref depth, stack, i, '\'', regions, offset);
            return;
        }

        if (opens)
        {
            Push(ref depth, stack, i, '\'');
        }
    }

    // "'em", "'tis", "'twas", "'cause", "'til", "'bout", "rock 'n' roll": a word that lost its first letters.
    private static bool IsElision(ReadOnlySpan<char> rest)
    {
        // The longest elision has five letters: look no further, whatever the length of the word.
        var length = 0;
        while (length < rest.Length && length <= 5 && char.IsLetter(rest[length]))
        {
            length++;
        }

        return length is > 0 and <= 5 && rest[..length] is "em" or "Em" or "tis" or "Tis" or "twas" or "Twas" or "cause" or "Cause" or "cos" or "til" or "Til" or "bout" or "round" or "n" or "ere";
    }

    // "the members' vote": an s, a space and a lower-case word, with another straight quote still to come that
    // can close the quotation.
    private static bool IsPluralPossessive(ReadOnlySpan<char> prose, int i, int lastSingleQuote) =>
        i > 0 && prose[i - 1] is 's' or 'S'
        && i + 2 < prose.Length && prose[i + 1] == ' ' && char.IsLower(prose[i + 2])
        && lastSingleQuote > i;

    private static void Push(ref int depth, Span<(int Start, char Mark)> stack, int index, char mark)
    {
        if (depth < stack.Length)
        {
            stack[depth] = (index, mark);
        }

        depth++;
    }

    private static bool Close(ref int depth, Span<(int Start, char Mark)> stack, int index, char openingMark, ImmutableArray<QuoteRegion>.Builder regions, int offset)
    {
        // Close the innermost matching opener; openers above it are left unclosed inside it.
        for (var level = Math.Min(depth, stack.Length) - 1; level >= 0; level--)
        {
            if (stack[level].Mark != openingMark)
            {
                continue;
            }

            for (var inner = depth - 1; inner > level; inner--)
            {
                if (inner < stack.Length)
                {
                    regions.Add(new QuoteRegion(TextSpan.FromBounds(offset + stack[inner].Start, offset + index), stack[inner].Mark, inner, IsClosed: false));
                }
            }

            regions.Add(new QuoteRegion(TextSpan.FromBounds(offset + stack[level].Start, offset + index + 1), openingMark, level, IsClosed: true));
            depth = level;
            return true;
        }

        return false;
    }
}
