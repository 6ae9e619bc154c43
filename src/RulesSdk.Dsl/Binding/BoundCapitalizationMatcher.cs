using System.Collections.Immutable;
using RulesSdk.Rules.Kinds;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundCapitalizationMatcher(CapitalizationStyle Style, ImmutableArray<string> Exceptions, ImmutableArray<string> Indicators, double Threshold)
    : BoundMatcher([], []);
