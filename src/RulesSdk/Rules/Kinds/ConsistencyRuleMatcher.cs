using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// One of two spellings per scope, usually the document (Vale's <c>consistency</c>): for each pair,
/// when both spellings occur, the one used first is the document's choice and every occurrence of
/// the other is reported.
/// </summary>
public sealed class ConsistencyRuleMatcher : RuleMatcher
{
    private readonly (Regex First, Regex Second)[] _pairs;

    public ConsistencyRuleMatcher(IEnumerable<(Regex First, Regex Second)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = [.. pairs];
    }

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        foreach (var (first, second) in _pairs)
        {
            var a = first.Match(syntax.Prose, scope.Start, scope.Length);
            var b = second.Match(syntax.Prose, scope.Start, scope.Length);
            if (!a.Success || !b.Success)
            {
                continue;
            }

            var other = a.Index <= b.Index ? b : a;
            for (var match = other; match.Success; match = match.NextMatch())
            {
                if (match.Length > 0)
                {
                    results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope));
                }
            }
        }
    }
}
