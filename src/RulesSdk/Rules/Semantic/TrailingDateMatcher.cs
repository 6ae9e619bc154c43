using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// Lines at the end of the document that are only a publication date or time ("Publié le jeudi 13
/// juin 2024 à 21h07", "Updated June 14, 2024, 8:30 a.m. BST", "2024-06-13T21:07:00+02:00"),
/// in any format the semantic model reads, also when a sign-off follows them.
/// </summary>
public sealed class TrailingDateMatcher : RuleMatcher
{
    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var line in DocumentSemantics.For(syntax).TrailingMetadata)
        {
            if (scope.Contains(line))
            {
                results.Add(new RuleMatch(line, scope));
            }
        }
    }
}
