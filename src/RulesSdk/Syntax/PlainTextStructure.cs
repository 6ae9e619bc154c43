using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Plain text: blocks separated by blank lines; a short first line without final punctuation is the headline.
/// A paragraph whose every line is indented is a block quote when a colon introduces it or the block quote
/// before it (a speech or a letter set out under "she said:"), unless it is a list item or more than half the
/// paragraphs are indented, which is then the text's own layout.
/// </summary>
internal static partial class PlainTextStructure
{
    private const int MaxHeadlineLength = 200;

    public static DocumentStructure Read(SourceText text)
    {
        var prose = MaskUrls(text.ToString());
        var blocks = new List<(BlockKind, TextSpan, int)>();
        var lines = text.Lines;
        var blockStart = -1;
        var blockEnd = -1;
        var blockLines = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var isBlank = text.AsSpan(line.Span).IsWhiteSpace();
            if (!isBlank)
            {
                if (blockStart < 0)
                {
                    blockStart = line.Start;
                    blockLines = 0;
                }

                blockEnd = line.End;
                blockLines++;
            }
            else if (blockStart >= 0)
            {
                AddBlock(blocks, text, blockStart, blockEnd, blockLines);
                blockStart = -1;
            }
        }

        if (blockStart >= 0)
        {
            AddBlock(blocks, text, blockStart, blockEnd, blockLines);
        }

        MarkIndentedQuotes(blocks, text);
        return new DocumentStructure(prose, blocks, ImmutableDictionary<string, string>.Empty, null);
    }

    private static void AddBlock(List<(BlockKind, TextSpan, int)> blocks, SourceText text, int start, int end, int lineCount)
    {
        var span = TextSpan.FromBounds(start, end);
        var isHeadline = blocks.Count == 0 && lineCount == 1 && span.Length <= MaxHeadlineLength && !EndsLikeSentence(text.AsSpan(span));
        blocks.Add(isHeadline ? (BlockKind.Heading, span, 1) : (BlockKind.Paragraph, span, 0));
    }

    private static void MarkIndentedQuotes(List<(BlockKind Kind, TextSpan Span, int Level)> blocks, SourceText text)
    {
        var indented = new List<int>();
        var paragraphs = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Paragraph)
            {
                continue;
            }

            paragraphs++;
            if (IsIndented(text, blocks[i].Span))
            {
                indented.Add(i);
            }
        }

        if (indented.Count * 2 > paragraphs)
        {
            return;
        }

        // Only a run of indented paragraphs that a colon introduces ("In the speech, she said:") is a block quote:
        // an indented list, a table, code, or a body indented under a byline stays the narrator's.
        // The blocks are marked in order, so the block before is already a quote when it continues one.
        foreach (var i in indented)
        {
            var introduced = i > 0 && (blocks[i - 1].Kind == BlockKind.Quote || text.AsSpan(blocks[i - 1].Span).TrimEnd().EndsWith(':'));
            if (introduced && !StartsWithListMarker(text.AsSpan(blocks[i].Span).TrimStart()))
            {
                blocks[i] = (BlockKind.Quote, blocks[i].Span, 0);
            }
        }
    }

    // "- item", "* item", "• item", "1. item", "2) item", and a dash line: the sentence segmenter's markers.
    private static bool StartsWithListMarker(ReadOnlySpan<char> line) =>
        SentenceSegmenter.ListMarkerLength(line) > 0 || SentenceSegmenter.OpensWithDash(line);

    // Every line of the block starts with a tab or at least two white-space characters (spaces, tabs, no-break spaces).
    private static bool IsIndented(SourceText text, TextSpan span)
    {
        var lines = text.Lines;
        for (var line = lines.IndexOf(span.Start); line < lines.Count && lines[line].Start < span.End; line++)
        {
            var content = text.AsSpan(lines[line].Span);
            if (content.IsWhiteSpace())
            {
                continue;
            }

            if (!(content[0] == '\t' || (content.Length > 1 && char.IsWhiteSpace(content[0]) && char.IsWhiteSpace(content[1]))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        // Emphasis marks close no sentence: "**Here is the rewritten article:**" ends on its colon.
        line = line.TrimEnd().TrimEnd("*_~");
        return line.Length > 0 && line[^1] is '.' or '!' or '?' or '…' or ':' or ';' or ',';
    }

    private static string MaskUrls(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.Ordinal))
        {
            return text;
        }

        return UrlPattern().Replace(text, m => new string(' ', m.Length));
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>«»""]+[^\s<>«»"".,;:!?)\]]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlPattern();
}
