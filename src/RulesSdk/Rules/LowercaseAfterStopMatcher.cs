using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A full stop followed by a lower-case word inside running text ("contre ses civils.
/// infrastructures"): a sentence broken by a stray stop. Abbreviations (etc., M., e.g.), initials,
/// numbers and ellipses do not count.
/// </summary>
public sealed partial class LowercaseAfterStopMatcher : RuleMatcher
{
    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        var prose = syntax.Prose;
        var match = BrokenStop().Match(prose, scope.Start, scope.Length);
        while (match.Success)
        {
            var dot = match.Groups["before"].Index + match.Groups["before"].Length;
            if (!SentenceSegmenter.IsAbbreviationBefore(prose.AsSpan(), dot) && !syntax.IsInQuote(match.Index))
            {
                results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope));
            }

            match = match.NextMatch();
        }
    }

    // A word of two or more letters, one stop, spaces, then a lower-case word of two or more letters.
    [GeneratedRegex(@"(?<![\p{L}.])(?<before>\p{L}{2,})\.[ \t\u00A0]+(?<after>\p{Ll}{2,})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BrokenStop();
}
