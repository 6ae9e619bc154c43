using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public abstract record BoundMatcher(ImmutableArray<string> Captures, ImmutableArray<string> PrefilterLiterals)
{
    /// <summary>The literals are matched ignoring accents (phrases and token literals), not just case.</summary>
    public bool PrefilterIgnoresAccents { get; init; }
}
