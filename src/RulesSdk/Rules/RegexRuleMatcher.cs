using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>A regular expression run over the prose of a scope; named groups become captures.</summary>
public sealed class RegexRuleMatcher(Regex pattern) : RuleMatcher
{
    private readonly string[] _groupNames = [.. pattern.GetGroupNames().Where(n => !int.TryParse(n, out _))];

    public Regex Pattern { get; } = pattern;

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        // Matching the document-wide prose string keeps positions without copying the scope.
        var match = Pattern.Match(syntax.Prose, scope.Start, scope.Length);
        while (match.Success)
        {
            RuleBudget.Check(match.Index);
            if (match.Length > 0)
            {
                var captures = ImmutableDictionary.CreateBuilder<string, TextSpan>();
                foreach (var name in _groupNames)
                {
                    var group = match.Groups[name];
                    if (group.Success)
                    {
                        captures[name] = new TextSpan(group.Index, group.Length);
                    }
                }

                results.Add(new RuleMatch(new TextSpan(match.Index, match.Length), scope, captures.ToImmutable()));
            }

            match = match.NextMatch();
        }
    }
}
