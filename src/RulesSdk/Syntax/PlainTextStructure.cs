using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>Plain text: blocks separated by blank lines; a short first line without final punctuation is the headline.</summary>
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

        return new DocumentStructure(prose, blocks, ImmutableDictionary<string, string>.Empty, null);
    }

    private static void AddBlock(List<(BlockKind, TextSpan, int)> blocks, SourceText text, int start, int end, int lineCount)
    {
        var span = TextSpan.FromBounds(start, end);
        var isHeadline = blocks.Count == 0 && lineCount == 1 && span.Length <= MaxHeadlineLength && !EndsLikeSentence(text.AsSpan(span));
        blocks.Add(isHeadline ? (BlockKind.Heading, span, 1) : (BlockKind.Paragraph, span, 0));
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
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
