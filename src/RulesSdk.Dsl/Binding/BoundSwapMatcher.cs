using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

/// <summary>
/// A swap list. Literal entries compile to a trie (<see cref="RegexPattern"/> is null and there are no
/// <see cref="LinearPatterns"/>); when any entry is a regex, all of them form one alternation with a group per
/// entry, where a run of plain words or phrases (<see cref="PlainKeys"/> not empty) is one group holding a trie
/// of them. The groups of regex entries flagged <c>l</c> form alternations of their own, <see cref="LinearPatterns"/>.
/// </summary>
public sealed record BoundSwapMatcher(ImmutableArray<(string From, string To)> Entries, string? RegexPattern, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher(["replacement"], PrefilterLiterals)
{
    /// <summary>Per entry of a regex swap list, its literal text when it belongs to a run of plain entries, else empty.</summary>
    public ImmutableArray<string> PlainKeys { get; init; } = [];

    /// <summary>Per entry of a regex swap list, whether its plain key ignores case.</summary>
    public ImmutableArray<bool> PlainIgnoreCase { get; init; } = [];

    /// <summary>
    /// The groups of the regex entries flagged <c>l</c>, for the non-backtracking engine: one alternation, or
    /// several when one would pass the engine's size limit (empty when no entry is flagged);
    /// <see cref="RegexPattern"/> then holds the other groups, or is null when there are none.
    /// </summary>
    public ImmutableArray<string> LinearPatterns { get; init; } = [];
}
