using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// The same token twice in a row, "the the" (Vale's <c>repetition</c>): two consecutive matches of
/// the token pattern, equal ignoring case, with only white space between them. The report covers
/// both; <c>{word}</c> captures the repeated one.
/// </summary>
public sealed class RepetitionRuleMatcher(Regex token) : RuleMatcher
{
    public const string WordCapture = "word";

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var prose = syntax.Prose;
        Match? previous = null;
        for (var match = token.Match(prose, scope.Start, scope.Length); match.Success; match = match.NextMatch())
        {
            if (match.Length == 0)
            {
                continue;
            }

            if (previous is not null &&
                prose.AsSpan(previous.Index + previous.Length, match.Index - previous.Index - previous.Length).IsWhiteSpace() &&
                previous.ValueSpan.Equals(match.ValueSpan, StringComparison.OrdinalIgnoreCase))
            {
                var span = TextSpan.FromBounds(previous.Index, match.Index + match.Length);
                results.Add(new RuleMatch(span, scope, ImmutableDictionary<string, TextSpan>.Empty.Add(WordCapture, new TextSpan(match.Index, match.Length))));
                previous = null;
                continue;
            }

            previous = match;
        }
    }
}
