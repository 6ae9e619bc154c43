using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundPhraseMatcher(ImmutableArray<string> Phrases, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher([], PrefilterLiterals);
