using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundConditionalMatcher(BoundRegexMatcher First, BoundRegexMatcher Second, bool Before, ImmutableArray<string> Exceptions)
    : BoundMatcher(["term"], First.PrefilterLiterals);
