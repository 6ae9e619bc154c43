using System.Collections.Immutable;
using System.Text.Json;
using RulesSdk.Diagnostics;

namespace RulesSdk.LanguageServer.Server;

/// <summary>The client's <c>docrules.*</c> settings.</summary>
internal sealed record ServerSettings(bool Enable, ImmutableArray<string> RulesPaths, DiagnosticSeverity SeverityThreshold)
{
    public static ServerSettings Default { get; } = new(true, [], DiagnosticSeverity.Hidden);

    /// <summary>
    /// <c>documentDebounceMs</c>: quiet time after an edit before a document is analysed again;
    /// null keeps <see cref="LanguageServerOptions.DocumentDebounce"/>. Benchmarks set it to 0.
    /// </summary>
    public TimeSpan? DocumentDebounce { get; init; }

    /// <summary>Reads <c>{ "docrules": { … } }</c> or the inner object; unknown or malformed values keep <paramref name="current"/>'s.</summary>
    public static ServerSettings Read(JsonElement? settings, ServerSettings current)
    {
        if (settings is not { ValueKind: JsonValueKind.Object } root)
        {
            return current;
        }

        var section = root.TryGetProperty("docrules", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
        var result = current;
        if (section.TryGetProperty("enable", out var enable) && enable.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            result = result with { Enable = enable.GetBoolean() };
        }

        if (section.TryGetProperty("rulesPaths", out var paths) && paths.ValueKind == JsonValueKind.Array)
        {
            result = result with
            {
                RulesPaths = [.. paths.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!).Where(p => p.Length > 0 && !p.Contains('\0', StringComparison.Ordinal))],
            };
        }

        if (section.TryGetProperty("severityThreshold", out var threshold) && threshold.ValueKind == JsonValueKind.String &&
            ParseThreshold(threshold.GetString()) is { } severity)
        {
            result = result with { SeverityThreshold = severity };
        }

        if (section.TryGetProperty("documentDebounceMs", out var debounce) && debounce.ValueKind == JsonValueKind.Number &&
            debounce.TryGetInt32(out var milliseconds) && milliseconds is >= 0 and <= 60_000)
        {
            result = result with { DocumentDebounce = TimeSpan.FromMilliseconds(milliseconds) };
        }

        return result;
    }

    public static DiagnosticSeverity? ParseThreshold(string? text) => text?.ToLowerInvariant() switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        "info" or "information" => DiagnosticSeverity.Info,
        "hint" or "hidden" => DiagnosticSeverity.Hidden,
        _ => null,
    };
}
