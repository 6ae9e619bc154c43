using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// Person names one or two letters off a public figure's official spelling ("Emmanuel Macorn",
/// "Volodymyr Zelenksy"); official variants ("Zelenskyy") never match. The template function
/// <c>canonical_name</c> gives the spelling to write.
/// </summary>
public sealed class NearMissNameMatcher : RuleMatcher
{
    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var entity in DocumentSemantics.For(syntax).GetEntities(scope))
        {
            if (entity.IsNearMiss && scope.Contains(entity.Span))
            {
                results.Add(new RuleMatch(entity.Span, scope));
            }
        }
    }
}
