using RulesSdk.Diagnostics;

namespace RulesSdk.Cli.Formatting;

/// <summary>Plain ANSI colour codes; applied only when the stream is a terminal and NO_COLOR is unset.</summary>
public static class Ansi
{
    public const string Reset = "\u001b[0m";
    public const string Bold = "\u001b[1m";
    public const string Dim = "\u001b[2m";
    public const string Red = "\u001b[31m";
    public const string Green = "\u001b[32m";
    public const string Yellow = "\u001b[33m";
    public const string Cyan = "\u001b[36m";

    public static string Paint(string text, string code, bool enabled) => enabled ? code + text + Reset : text;

    public static string ForSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Red,
        DiagnosticSeverity.Warning => Yellow,
        DiagnosticSeverity.Info => Cyan,
        _ => Dim,
    };
}
