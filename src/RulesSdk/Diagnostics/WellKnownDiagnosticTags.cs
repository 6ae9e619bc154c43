namespace RulesSdk.Diagnostics;

/// <summary>
/// Custom tags with a meaning for the driver, as Roslyn's <c>WellKnownDiagnosticTags</c>.
/// </summary>
public static class WellKnownDiagnosticTags
{
    /// <summary>
    /// Prefix of a precedence tag: <c>yields-to:narrator-witness</c> drops a finding of this rule
    /// when a finding of the named rule (its id or category) overlaps it in the same document, so a
    /// general rule gives way to a specific one that explains the same text (DSL: <c>yields to</c>).
    /// </summary>
    public const string YieldsToPrefix = "yields-to:";
}
