using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// A social-media post embedded in an article as scraped: the post's text, then its attribution line
/// "— Name (@handle) October 20, 2024" (the text every embed leaves behind), on the same line or as the
/// next block, or as the block's first line before the post's text. The post is its author's voice, not the narrator's, and its attribution line is not the
/// article's publication metadata. Found from the end of a block only, so it is cheap.
/// </summary>
internal static partial class EmbeddedPost
{
    /// <summary>Whether <paramref name="block"/> is a post: its text ends with an attribution, or the next block is only one.</summary>
    public static bool IsPost(BlockSyntax block)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        if (EndsWithAttribution(block.Prose) || HeaderAttribution().IsMatch(block.Prose))
        {
            return true;
        }

        var blocks = block.Document.Blocks;
        return block.Index + 1 < blocks.Length
            && blocks[block.Index + 1].Kind == BlockKind.Paragraph
            && IsAttributionLine(blocks[block.Index + 1].Prose);
    }

    /// <summary>Whether <paramref name="line"/> is only a post's attribution: "— Name (@handle) date".</summary>
    public static bool IsAttributionLine(ReadOnlySpan<char> line) => AttributionLine().IsMatch(line);

    private static bool EndsWithAttribution(ReadOnlySpan<char> prose)
    {
        // The attribution is short: only the block's last characters are read.
        var tail = prose.TrimEnd();
        return Attribution().IsMatch(tail[Math.Max(0, tail.Length - 160)..]);
    }

    // A dash, the author's name, the handle in parentheses, and what follows
    // it on the line (the date of the post, a link text), up to the end.
    [GeneratedRegex(@"(?:^|\s)(?:—|–|--|-)\s*[^\s!?()@—–][^!?()@—–\n]{0,80}\(\s*@\w{1,30}\s*\)[^\n()@]{0,60}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Attribution();

    // The attribution as the post's first line, the way some sites print an embed: "Lionel Tardy (@LionelTardy)
    // 6 novembre 2012", then the post's text on the next lines of the same block.
    [GeneratedRegex(@"\A\s*(?:(?:—|–|--|-)\s*)?[^\s!?()@—–][^!?()@—–\n]{0,80}\(\s*@\w{1,30}\s*\)[^\n()@]{0,60}\r?\n\s*\S", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeaderAttribution();

    [GeneratedRegex(@"\A\s*(?:—|–|--|-)\s*[^\s!?()@—–][^!?()@—–\n]{0,80}\(\s*@\w{1,30}\s*\)[^\n()@]{0,60}\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AttributionLine();
}
