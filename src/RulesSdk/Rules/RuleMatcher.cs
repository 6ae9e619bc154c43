using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>Finds the places a declarative rule's pattern matches inside one scope of a document.</summary>
public abstract class RuleMatcher
{
    /// <summary>Adds every match inside <paramref name="scope"/> (spans are document positions) to <paramref name="results"/>.</summary>
    public abstract void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results);

    /// <summary>True when the pattern matches anywhere in <paramref name="scope"/> (used by <c>unless</c>).</summary>
    public bool IsMatch(DocumentSyntax syntax, TextSpan scope)
    {
        using var lease = RuleMatchPool.Rent();
        Match(syntax, scope, lease.Matches);
        return lease.Matches.Count > 0;
    }
}
