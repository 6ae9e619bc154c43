using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

/// <summary>A built-in check; <see cref="Exceptions"/> are words (abbreviations) the check ignores.</summary>
public sealed record BoundCheckMatcher(string Check, ImmutableArray<string> PrefilterLiterals, ImmutableArray<string> CheckCaptures, ImmutableArray<string> Exceptions)
    : BoundMatcher(CheckCaptures, PrefilterLiterals);
