using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundPhraseMatcher(ImmutableArray<string> Phrases, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher([], PrefilterLiterals);
