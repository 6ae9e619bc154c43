using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundConsistencyMatcher(ImmutableArray<(BoundRegexMatcher First, BoundRegexMatcher Second)> Pairs) : BoundMatcher([], []);
