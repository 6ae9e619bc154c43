using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Regex search over prose that keeps capture groups: <c>Prose</c> is a span, and a span's
/// <c>EnumerateMatches</c> gives no groups. Each search runs on the part of the document's prose
/// asked for (anchors and lookarounds see only that part) and returns document positions.
/// </summary>
public static class ProseSearch
{
    /// <summary>The matches in a block's prose (markup, code and URLs blanked).</summary>
    public static IEnumerable<ProseMatch> Matches(this BlockSyntax block, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Document.Matches(pattern, block.Span);
    }

    /// <summary>The matches in a sentence's prose.</summary>
    public static IEnumerable<ProseMatch> Matches(this SentenceSyntax sentence, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Block.Document.Matches(pattern, sentence.Span);
    }

    /// <summary>The matches in the document's prose within <paramref name="span"/> (a line's span, say).</summary>
    public static IEnumerable<ProseMatch> Matches(this DocumentSyntax syntax, Regex pattern, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(pattern);
        if (span.End > syntax.Prose.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span ends past the document (length {syntax.Prose.Length}).");
        }

        return Search(syntax.Prose, pattern, span);
    }

    /// <summary>The matches in the whole document's prose.</summary>
    public static IEnumerable<ProseMatch> Matches(this DocumentSyntax syntax, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return syntax.Matches(pattern, new TextSpan(0, syntax.Prose.Length));
    }

    private static IEnumerable<ProseMatch> Search(string prose, Regex pattern, TextSpan span)
    {
        for (var match = pattern.Match(prose, span.Start, span.Length); match.Success; match = match.NextMatch())
        {
            yield return new ProseMatch(match, pattern);
        }
    }
}
