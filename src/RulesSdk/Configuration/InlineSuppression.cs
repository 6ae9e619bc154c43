using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Configuration;

/// <summary>One <c>docrules-disable…</c> comment: the rules it names (empty: all) and the text it covers.</summary>
public sealed record InlineSuppression(ImmutableArray<string> RuleIds, TextSpan Range, TextSpan CommentSpan, string? Reason)
{
    public bool Covers(string ruleId, int position) =>
        Range.Contains(position) && (RuleIds.IsEmpty || RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase));
}
