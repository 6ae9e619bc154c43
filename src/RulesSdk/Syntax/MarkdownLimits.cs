using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Bounds what Markdig is given, so that parsing stays near-linear and never fails on a document
/// under the size limit: container nesting (block quotes, lists) deeper than
/// <see cref="MaxContainerDepth"/> and table rows wider than <see cref="MaxTableColumns"/> are read
/// as plain text, and a line whose '[' times its length pass <see cref="MaxLinkScan"/> gets no links. Markdig's cost grows
/// with the square of the nesting (a list 1,000 deep: 4.6 s) and it throws beyond about 128 levels; a
/// 200,000-column table is a million syntax nodes; unclosed inline links ("[a](b" repeated) on one line cost
/// the square of their number (300 KB: 24 s).
/// </summary>
/// <remarks>
/// The parser input keeps every position of the source: lines nested too deep are blanked (their
/// text becomes plain-text blocks of their own), and the pipes of a row too wide are replaced by
/// a character that is not markup, so the row stays a paragraph.
/// </remarks>
internal static class MarkdownLimits
{
    /// <summary>Container levels a line may open (a list level is two Markdig blocks, a quote one).</summary>
    public const int MaxContainerDepth = 32;

    /// <summary>Pipes a line may hold and still be read as a table row.</summary>
    public const int MaxTableColumns = 1_000;

    /// <summary>
    /// Link openers ('[') a line may hold and still be parsed for links, times the line's length: Markdig may
    /// read from each opener to the end of the line, so it is the product that must stay bounded (a 300-character
    /// line of many links keeps them; a 300 KB line keeps up to about 160).
    /// </summary>
    public const long MaxLinkScan = 50_000_000;

    // Stands in for '|' in rows too wide to be a table: one UTF-16 unit, no Markdown meaning.
    private const char NotAPipe = '\u00A6';

    // Stands in for '[' in lines of too many link openers for their length: one UTF-16 unit, no Markdown meaning.
    private const char NotABracket = '\u2045';

    /// <summary>The text Markdig should parse, and the plain-text blocks standing in for the lines blanked in it.</summary>
    public static string Limit(string source, out List<PlainBlock> plainBlocks)
    {
        plainBlocks = [];
        char[]? input = null;
        PlainBlock? current = null;
        var lineStart = 0;
        while (lineStart < source.Length)
        {
            var lineEnd = source.AsSpan(lineStart).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? source.Length : lineStart + lineEnd;
            var (depth, prefixEnd, kind) = MeasurePrefix(source, lineStart, lineEnd);
            if (depth > MaxContainerDepth)
            {
                input ??= source.ToCharArray();
                input.AsSpan(lineStart, lineEnd - lineStart).Fill(' ');
                if (prefixEnd < lineEnd)
                {
                    current ??= new PlainBlock(kind);
                    current.Lines.Add(TextSpan.FromBounds(prefixEnd, lineEnd));
                }
            }
            else
            {
                CloseBlock(ref current, plainBlocks);
                var line = source.AsSpan(lineStart, lineEnd - lineStart);
                if (line.Count('|') > MaxTableColumns)
                {
                    input ??= source.ToCharArray();
                    input.AsSpan(lineStart, lineEnd - lineStart).Replace('|', NotAPipe);
                }

                if ((long)line.Count('[') * line.Length > MaxLinkScan)
                {
                    input ??= source.ToCharArray();
                    input.AsSpan(lineStart, lineEnd - lineStart).Replace('[', NotABracket);
                }
            }

            lineStart = lineEnd;
            if (lineStart < source.Length)
            {
                lineStart += source[lineStart] == '\r' && lineStart + 1 < source.Length && source[lineStart + 1] == '\n' ? 2 : 1;
            }
        }

        CloseBlock(ref current, plainBlocks);
        return input is null ? source : new string(input);
    }

    private static void CloseBlock(ref PlainBlock? current, List<PlainBlock> blocks)
    {
        if (current is not null)
        {
            blocks.Add(current);
            current = null;
        }
    }

    /// <summary>
    /// An upper bound of the containers a line opens or continues, from its prefix of quote markers,
    /// list markers and indentation: a quote level takes at least one column ('>'), a list level at
    /// least two (a marker and a space, or two columns of indentation).
    /// </summary>
    /// <returns>The bound, where the prefix ends, and the kind its first marker makes (a paragraph when it has none).</returns>
    private static (int Depth, int PrefixEnd, BlockKind Kind) MeasurePrefix(string s, int start, int end)
    {
        var quotes = 0;
        var columns = 0;
        BlockKind? kind = null;
        var i = start;
        while (i < end)
        {
            var c = s[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
                i++;
            }
            else if (c == '>')
            {
                quotes++;
                kind ??= BlockKind.Quote;
                i += i + 1 < end && s[i + 1] == ' ' ? 2 : 1;
            }
            else if (c is '-' or '*' or '+' && IsMarkerEnd(s, i + 1, end))
            {
                kind ??= BlockKind.ListItem;
                columns += 2;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerLength(s, i, end) is > 0 and var length)
            {
                kind ??= BlockKind.ListItem;
                columns += length + 1;
                i += length;
            }
            else
            {
                break;
            }
        }

        return (quotes + (columns / 2), i, kind ?? BlockKind.Paragraph);
    }

    private static bool IsMarkerEnd(string s, int i, int end) => i == end || s[i] is ' ' or '\t';

    // "1." or "12)" followed by a space or the end of the line (CommonMark allows up to nine digits).
    private static int OrderedMarkerLength(string s, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 9 && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i < end && s[i] is '.' or ')' && IsMarkerEnd(s, i + 1, end) ? i + 1 - start : 0;
    }

    /// <summary>Consecutive lines nested too deep: read as one plain block, without their container markers.</summary>
    internal sealed class PlainBlock(BlockKind kind)
    {
        public BlockKind Kind { get; } = kind;

        public List<TextSpan> Lines { get; } = [];

        public TextSpan Span => TextSpan.FromBounds(Lines[0].Start, Lines[^1].End);
    }
}
