using System.Text;
using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A block that repeats an earlier block, compared on its words only: case, accents, markup
/// (**, *, #), quotation marks, punctuation (a trailing full stop) and a "Titre :" / "Title:" /
/// "Headline:" label do not count. With <c>firstOnly</c>, only the first body block repeating the
/// headline, where the headline is the first block that is not an assistant preface (the semantic
/// model's title). The decorated one of the pair ("**Title**" over "Title") is the copy.
/// </summary>
public sealed partial class RepeatedBlockMatcher(bool firstOnly) : RuleMatcher
{
    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        var blocks = syntax.Blocks;
        if (firstOnly)
        {
            if (blocks.Length < 2)
            {
                return;
            }

            // Cheap case first: the plain copy right under the first block needs no model.
            var (title, copy) = Normalize(blocks[0]) == Normalize(blocks[1]) ? (blocks[0], blocks[1]) : TitleAndNext(syntax);
            if (title is not null && copy is not null && Normalize(title) is { Length: > 0 } headline && headline == Normalize(copy))
            {
                // The copy is the decorated one ("**Title**", "Titre : « Title. »"); when the headline itself
                // carries the decoration and the block under it is plain, the headline is the copy.
                var decoratedHeadline = IsDecorated(title) && !IsDecorated(copy);
                results.Add(new RuleMatch((decoratedHeadline ? title : copy).Span, scope));
            }

            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var key = Normalize(block);
            if (key.Length >= 20 && !seen.Add(key))
            {
                results.Add(new RuleMatch(block.Span, scope));
            }
        }
    }

    private static (BlockSyntax? Title, BlockSyntax? Copy) TitleAndNext(DocumentSyntax syntax)
    {
        var semantics = DocumentSemantics.For(syntax);
        if (semantics.Title is not { } title)
        {
            return (null, null);
        }

        var next = syntax.Blocks.Skip(title.Index + 1).FirstOrDefault(b => !semantics.IsMetaBlock(b));
        return (title, next);
    }

    /// <summary>The block's words, folded, without a title label: "**Titre : « Le Pont. »**" → "le pont".</summary>
    private static string Normalize(BlockSyntax block)
    {
        var folded = TextFolding.Fold(block.Prose);
        folded = Label().Replace(folded, string.Empty, 1);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[\s\p{P}\p{S}]*(?:titre|title|headline|titel|titulo)\s*:\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Label();

    /// <summary>
    /// Emphasis, quotation marks, a label or a closing full stop around the block's words, as written
    /// (a Markdown heading's "#" is structure, not decoration).
    /// </summary>
    private static bool IsDecorated(BlockSyntax block) => Decoration().IsMatch(block.Text.Trim());

    [GeneratedRegex(@"^(?:[*_>«“""]|(?:titre|title|headline)\s*:)|[*_»”""]$|(?<!\.)\.$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Decoration();
}
