namespace RulesSdk.Diagnostics;

/// <summary>How serious a diagnostic is, in Roslyn's order (Hidden &lt; Info &lt; Warning &lt; Error).</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not shown to users; still offers fixes in an editor.</summary>
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
