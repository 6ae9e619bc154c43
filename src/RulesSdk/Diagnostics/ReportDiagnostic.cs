namespace RulesSdk.Diagnostics;

/// <summary>A configured severity for a rule, as in Roslyn's ReportDiagnostic: <see cref="Suppress"/> turns it off.</summary>
public enum ReportDiagnostic
{
    Default,
    Error,
    Warn,
    Info,
    Hidden,
    Suppress,
}
