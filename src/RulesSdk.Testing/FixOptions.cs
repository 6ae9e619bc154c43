namespace RulesSdk.Testing;

/// <summary>How <see cref="AnalyzerVerifier.VerifyFixAsync"/> runs fix-all.</summary>
public sealed record FixOptions
{
    public static FixOptions Default { get; } = new();

    /// <summary>The exact number of fix-all passes expected; null only requires a fixed point within 8 passes.</summary>
    public int? Iterations { get; init; }

    /// <summary>When false (the default), diagnostics left after fixing must have no safe fix (nothing skipped).</summary>
    public bool AllowSkippedFixes { get; init; }
}
