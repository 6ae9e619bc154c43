using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

/// <summary>
/// A swap list. Literal entries compile to a trie (<see cref="RegexPattern"/> is null); when any
/// entry is a regex, all of them form one alternation with a group per entry.
/// </summary>
public sealed record BoundSwapMatcher(ImmutableArray<(string From, string To)> Entries, string? RegexPattern, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher(["replacement"], PrefilterLiterals);
