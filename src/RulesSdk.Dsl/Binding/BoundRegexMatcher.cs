using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundRegexMatcher(string Pattern, bool IgnoreCase, bool Multiline, bool Singleline, bool IgnoreWhitespace, ImmutableArray<string> Captures, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher(Captures, PrefilterLiterals)
{
    /// <summary>The <c>l</c> flag: the pattern runs on .NET's non-backtracking engine, in linear time (<see cref="LinearRegex"/>).</summary>
    public bool Linear { get; init; }
}
