using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundRegexMatcher(string Pattern, bool IgnoreCase, bool Multiline, bool Singleline, bool IgnoreWhitespace, ImmutableArray<string> Captures, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher(Captures, PrefilterLiterals);
