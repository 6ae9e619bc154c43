using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundRule(
    string Id,
    string Name,
    string Title,
    string MessageFormat,
    ImmutableArray<string> MessageCaptures,
    DiagnosticSeverity Severity,
    string Category,
    string HelpLink,
    string Description,
    ImmutableArray<string> Tags,
    bool IsEnabledByDefault,
    string Scope,
    QuoteFilter Quotes,
    bool FirstOnly,
    bool LastOnly,
    bool FirstInParagraph,
    string Language,
    ImmutableArray<BoundOption> Options,
    BoundMatcher Matcher,
    ImmutableArray<BoundMatcher> Unless,
    ImmutableArray<BoundFix> Fixes,
    ImmutableArray<RuleExample> Examples,
    SourcePosition Position)
{
    /// <summary>The conditions of the rule's <c>where</c> clause over the semantic model (empty: none).</summary>
    public ImmutableArray<BoundPredicate> Predicates { get; init; } = [];

    public string ScopeDescription =>
        string.Join(' ', new[]
        {
            Scope,
            Quotes == QuoteFilter.OutsideQuotes ? "outside quotes" : Quotes == QuoteFilter.InsideQuotes ? "inside quotes" : null,
            FirstOnly ? "first" : null,
            LastOnly ? "last" : null,
            FirstInParagraph ? "first in paragraph" : null,
            Predicates.IsEmpty ? null : "where " + string.Join(" and ", Predicates),
        }.Where(s => s is not null));
}
