using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Diagnostics;
using RulesSdk.Semantics;
using RulesSdk.Text;

namespace RulesSdk.Configuration;

/// <summary>
/// Reads inline suppression comments (HTML comments, in Markdown and plain text alike):
/// <c>&lt;!-- docrules-disable-next-line PL0001 -- reason --&gt;</c>, <c>docrules-disable-line</c>,
/// <c>docrules-disable</c> / <c>docrules-enable</c> regions and <c>docrules-disable-file</c>.
/// </summary>
public sealed partial class SuppressionMap
{
    private SuppressionMap(ImmutableArray<InlineSuppression> suppressions, ImmutableArray<(TextSpan Span, string Problem)> errors)
    {
        Suppressions = suppressions;
        Errors = errors;
    }

    private SuppressionIndex? _index;

    public ImmutableArray<InlineSuppression> Suppressions { get; }

    /// <summary>Comments that look like suppressions but cannot be read.</summary>
    public ImmutableArray<(TextSpan Span, string Problem)> Errors { get; }

    public bool IsEmpty => Suppressions.IsEmpty && Errors.IsEmpty;

    public static SuppressionMap Parse(SourceText text) => Parse(text, []);

    /// <summary>Reads the suppression comments outside <paramref name="ignored"/> (code that shows a comment is not one).</summary>
    public static SuppressionMap Parse(SourceText text, ImmutableArray<TextSpan> ignored)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.ToString();
        if (!source.Contains("docrules-", StringComparison.Ordinal))
        {
            return new SuppressionMap([], []);
        }

        var code = new SpanIndex<TextSpan>(ignored.IsDefault ? [] : ignored, static span => span);

        var suppressions = ImmutableArray.CreateBuilder<InlineSuppression>();
        var errors = ImmutableArray.CreateBuilder<(TextSpan, string)>();
        var open = new List<(ImmutableArray<string> Ids, int Start, TextSpan Comment, string? Reason)>();
        var read = new HashSet<int>();
        var comments = ReadComments(source, errors, out var readUpTo);
        foreach (var match in comments)
        {
            var comment = new TextSpan(match.Index, match.Length);
            read.Add(match.Index);
            if (code.AnyOverlapping(comment))
            {
                continue;
            }

            var kind = match.Groups["kind"].Value;
            var idsText = match.Groups["ids"].Value;
            var ids = idsText.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
            var bad = ids.FirstOrDefault(id => !IdPattern().IsMatch(id));
            if (bad is not null)
            {
                errors.Add((comment, $"'{bad}' is not a rule id (expected letters and digits like PL0001; put a reason after ' -- ')"));
                continue;
            }

            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            switch (kind)
            {
                case "disable-next-line":
                    var next = NextNonBlankLine(text, comment.End);
                    if (next is { } line)
                    {
                        suppressions.Add(new InlineSuppression(ids, line.SpanIncludingLineBreak, comment, reason));
                    }

                    break;
                case "disable-line":
                    var own = text.Lines.GetLineFromPosition(comment.Start);
                    suppressions.Add(new InlineSuppression(ids, own.SpanIncludingLineBreak, comment, reason));
                    break;
                case "disable-file":
                    suppressions.Add(new InlineSuppression(ids, new TextSpan(0, text.Length), comment, reason));
                    break;
                case "disable":
                    open.Add((ids, comment.End, comment, reason));
                    break;
                case "enable":
                    // Closes the most recent region with the same ids (or all open regions when no ids).
                    for (var i = open.Count - 1; i >= 0; i--)
                    {
                        if (ids.IsEmpty || open[i].Ids.SequenceEqual(ids, StringComparer.OrdinalIgnoreCase))
                        {
                            suppressions.Add(new InlineSuppression(open[i].Ids, TextSpan.FromBounds(open[i].Start, comment.Start), open[i].Comment, open[i].Reason));
                            open.RemoveAt(i);
                            if (!ids.IsEmpty)
                            {
                                break;
                            }
                        }
                    }

                    break;
            }
        }

        // A comment that opens like a suppression (the same opening CommentPattern reads) but never closes ("<!-- docrules-disable NF0003" and no "-->")
        // suppresses nothing: say so, rather than let the author believe the rule is off.
        foreach (var opening in OpeningPattern().EnumerateMatches(source))
        {
            var span = new TextSpan(opening.Index, opening.Length);
            if (opening.Index < readUpTo && !read.Contains(opening.Index) && !code.AnyOverlapping(span))
            {
                errors.Add((span, "the docrules comment is not closed with '-->'"));
            }
        }

        // A region never enabled again runs to the end of the document.
        foreach (var (ids, start, comment, reason) in open)
        {
            suppressions.Add(new InlineSuppression(ids, TextSpan.FromBounds(start, text.Length), comment, reason));
        }

        return new SuppressionMap(suppressions.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Whether a diagnostic is suppressed; records which suppressions were used.</summary>
    public bool IsSuppressed(Diagnostic diagnostic, HashSet<(InlineSuppression, string)> used)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(used);
        var position = diagnostic.Location.SourceSpan.Start;
        var suppressed = false;
        foreach (var suppression in (_index ??= new SuppressionIndex(Suppressions)).Covering(position))
        {
            if (suppression.Covers(diagnostic.Id, position))
            {
                used.Add((suppression, suppression.RuleIds.IsEmpty ? "*" : diagnostic.Id.ToUpperInvariant()));
                suppressed = true;
            }
        }

        return suppressed;
    }

    /// <summary>
    /// The suppression comments the pattern reads, and where the reading stopped (the text's length when it read to
    /// the end). A pattern that runs out of time (hostile text) ends the reading with an error at that place: the
    /// comments read so far still count, and the run goes on.
    /// </summary>
    private static List<Match> ReadComments(string source, ImmutableArray<(TextSpan, string)>.Builder errors, out int readUpTo)
    {
        var matches = new List<Match>();
        readUpTo = source.Length;
        var from = 0;
        try
        {
            for (var match = CommentPattern().Match(source); match.Success; match = match.NextMatch())
            {
                matches.Add(match);
                from = match.Index + match.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            readUpTo = from;
            errors.Add((new TextSpan(from, 0), "the suppression comments after this point could not be read in time; none of them applies"));
        }

        return matches;
    }

    private static TextLine? NextNonBlankLine(SourceText text, int position)
    {
        var lines = text.Lines;
        for (var i = lines.IndexOf(position) + 1; i < lines.Count; i++)
        {
            if (!text.AsSpan(lines[i].Span).IsWhiteSpace())
            {
                return lines[i];
            }
        }

        return null;
    }

    // The ids and the reason stop at the next "<!--": an unclosed comment must not read on through the comments
    // after it, which made the search quadratic in a document of unclosed comments.
    [GeneratedRegex(@"<!--\s*docrules-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)\b(?<ids>(?:(?!--)[^<>])*?)\s*(?:--(?!>)\s*(?<reason>(?:(?!-->|<!--).)*?))?\s*-->", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"<!--\s*docrules-(?:disable|enable)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPattern();

    [GeneratedRegex(@"^[A-Za-z]+[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
