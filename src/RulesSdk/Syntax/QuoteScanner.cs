using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Finds quotation regions in one block of prose: « », “ ”, ‘ ’, straight double quotes and straight
/// single quotes used as quotation marks ('like this', as scraped British text has them), nested, with
/// unclosed quotes running to the end of the block. A straight single quote inside a word (court's,
/// l'OTAN) or after one (the members' vote, with no quotation open) is an apostrophe.
/// </summary>
public static class QuoteScanner
{
    public static ImmutableArray<QuoteRegion> Scan(ReadOnlySpan<char> prose, int offset)
    {
        var regions = ImmutableArray.CreateBuilder<QuoteRegion>();
        Span<(int Start, char Mark)> stack = stackalloc (int, char)[16];
        var depth = 0;
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
                    ScanStraightSingleQuote(prose, i, ref depth, stack, regions, offset);
                    break;
                case '"':
                    if (depth > 0 && stack[Math.Min(depth, stack.Length) - 1].Mark == '"')
                    {
                        Close(ref depth, stack, i, '"', regions, offset);
                    }
                    else
                    {
                        Push(ref depth, stack, i, c);
                    }

                    break;
            }
        }

        // Unclosed quotes run to the end of the block.
        while (depth > 0)
        {
            depth--;
            if (depth < stack.Length)
            {
                var (start, mark) = stack[depth];
                regions.Add(new QuoteRegion(TextSpan.FromBounds(offset + start, offset + prose.Length), mark, depth, IsClosed: false));
            }
        }

        regions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return regions.ToImmutable();
    }

    private static void ScanStraightSingleQuote(ReadOnlySpan<char> prose, int i, ref int depth, Span<(int Start, char Mark)> stack, ImmutableArray<QuoteRegion>.Builder regions, int offset)
    {
        var previous = i == 0 ? ' ' : prose[i - 1];
        var next = i + 1 < prose.Length ? prose[i + 1] : ' ';
        if (char.IsLetterOrDigit(previous) && char.IsLetter(next))
        {
            return;
        }

        // Opening: at the start of a word, after a space, a bracket, a dash or another quotation mark, and not
        // an elision of the year or of a word ("the '90s", "'em").
        var opens = !char.IsWhiteSpace(next) && !char.IsDigit(next) && next != '\''
            && (char.IsWhiteSpace(previous) || previous is '(' or '[' or '—' or '–' or '"' or '“' or '«' or ':');
        if (!opens || (depth > 0 && stack[Math.Min(depth, stack.Length) - 1].Mark == '\''))
        {
            // A closer only when a straight single quotation is open; otherwise an apostrophe ("the members' vote").
            if (!char.IsWhiteSpace(previous) && Close(ref depth, stack, i, '\'', regions, offset))
            {
                return;
            }

            if (!opens)
            {
                return;
            }
        }

        Push(ref depth, stack, i, '\'');
    }

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
