using System.Collections.Immutable;
using System.Globalization;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// Counts the matches of a pattern in each scope (sentence, paragraph, document…) and reports the
/// scope once when the count is below <c>min</c> or above <c>max</c> (Vale's <c>occurrence</c>).
/// The report covers the scope's prose without surrounding white space; <c>{count}</c> holds the count.
/// </summary>
public sealed class OccurrenceRuleMatcher(RuleMatcher counted, int? min, int? max) : RuleMatcher
{
    public const string CountValue = "count";

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var found = new List<RuleMatch>();
        counted.Match(syntax, scope, found);
        var count = found.Count;
        if ((min is { } low && count < low) || (max is { } high && count > high))
        {
            var span = ScopeText.Trim(syntax.Prose, scope);
            results.Add(new RuleMatch(span, scope, values: ImmutableDictionary<string, string>.Empty.Add(CountValue, count.ToString(CultureInfo.InvariantCulture))));
        }
    }
}
