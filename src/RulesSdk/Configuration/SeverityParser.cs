using RulesSdk.Diagnostics;

namespace RulesSdk.Configuration;

/// <summary>Reads the severity words of configuration files and the command line.</summary>
public static class SeverityParser
{
    public const string AcceptedWords = "error, warning, info, hidden, none, default";

    public static bool TryParse(string? text, out ReportDiagnostic severity)
    {
        severity = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "error" => ReportDiagnostic.Error,
            "warning" or "warn" => ReportDiagnostic.Warn,
            "info" or "suggestion" => ReportDiagnostic.Info,
            "hidden" or "silent" => ReportDiagnostic.Hidden,
            "none" or "off" or "suppress" => ReportDiagnostic.Suppress,
            "default" => ReportDiagnostic.Default,
            _ => (ReportDiagnostic)(-1),
        };
        return (int)severity >= 0;
    }

    public static DiagnosticSeverity? ToSeverity(ReportDiagnostic report, DiagnosticSeverity defaultSeverity) => report switch
    {
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Info => DiagnosticSeverity.Info,
        ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
        ReportDiagnostic.Suppress => null,
        _ => defaultSeverity,
    };
}
