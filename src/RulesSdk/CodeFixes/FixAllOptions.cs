using System.Collections.Immutable;

namespace RulesSdk.CodeFixes;

public sealed record FixAllOptions
{
    public static FixAllOptions Default { get; } = new();

    /// <summary>Analyse-and-fix passes before fix-all gives up on reaching a fixed point.</summary>
    public int MaxPasses { get; init; } = 8;

    /// <summary>Only fix these rule ids (all when empty).</summary>
    public ImmutableHashSet<string> RuleIds { get; init; } = ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase);
}
