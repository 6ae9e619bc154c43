using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A block that repeats an earlier block verbatim (comparing prose, ignoring case, accents and
/// spacing). With <c>firstOnly</c>, only the first body block repeating the headline.
/// </summary>
public sealed class RepeatedBlockMatcher(bool firstOnly) : RuleMatcher
{
    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        var blocks = syntax.Blocks;
        if (firstOnly)
        {
            if (blocks.Length >= 2 && Normalize(blocks[0]) is { Length: > 0 } headline && headline == Normalize(blocks[1]))
            {
                results.Add(new RuleMatch(blocks[1].Span, scope));
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

    private static string Normalize(BlockSyntax block) =>
        string.Join(' ', TextFolding.Fold(block.Prose).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
