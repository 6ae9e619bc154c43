using System.Collections.Immutable;

namespace RulesSdk.Vale;

/// <summary>
/// What RulesSdk reads of a <c>.vale.ini</c>: <c>StylesPath</c>, <c>MinAlertLevel</c>, and from
/// the format sections <c>BasedOnStyles</c> and <c>Style.Rule = YES|NO|suggestion|warning|error</c>.
/// Other keys are reported as warnings with their line.
/// </summary>
public sealed record ValeConfig(
    string Path,
    string StylesPath,
    string MinAlertLevel,
    ImmutableArray<string> BasedOnStyles,
    ImmutableDictionary<string, string> RuleSettings,
    ImmutableArray<ValeDiagnostic> Diagnostics)
{
    /// <summary>The line of the <c>BasedOnStyles</c> that first names each style (for diagnostics about that style).</summary>
    public ImmutableDictionary<string, int> StyleLines { get; init; } = ImmutableDictionary<string, int>.Empty;

    private static readonly string[] Levels = ["suggestion", "warning", "error"];

    /// <summary>Whether Vale would report rule <paramref name="valeName"/> (Style.Rule) at <paramref name="level"/>.</summary>
    public bool Enables(string valeName, string level)
    {
        var style = valeName.Split('.')[0];
        if (RuleSettings.TryGetValue(valeName, out var setting))
        {
            if (setting.Equals("NO", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (Array.IndexOf(Levels, setting.ToLowerInvariant()) >= 0)
            {
                level = setting.ToLowerInvariant();
            }
        }
        else if (!BasedOnStyles.Contains(style, StringComparer.Ordinal))
        {
            return false;
        }

        return Array.IndexOf(Levels, level) >= Math.Max(0, Array.IndexOf(Levels, MinAlertLevel.ToLowerInvariant()));
    }

    public static ValeConfig Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var diagnostics = ImmutableArray.CreateBuilder<ValeDiagnostic>();
        var stylesPath = ".";
        var minAlertLevel = "suggestion";
        var styles = ImmutableArray.CreateBuilder<string>();
        var settings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var styleLines = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        string? section = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                diagnostics.Add(new ValeDiagnostic(ValeDiagnosticIds.Configuration, true, $"expected 'key = value', found '{line}'", path, i + 1, 1));
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            switch (key)
            {
                case "StylesPath" when section is null:
                    stylesPath = value;
                    break;
                case "MinAlertLevel" when section is null:
                    minAlertLevel = value;
                    break;
                case "BasedOnStyles":
                    foreach (var style in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        styles.Add(style);
                        styleLines.TryAdd(style, i + 1);
                    }

                    break;
                case var rule when section is not null && rule.Contains('.', StringComparison.Ordinal):
                    settings[rule] = value;
                    break;
                default:
                    diagnostics.Add(new ValeDiagnostic(ValeDiagnosticIds.Configuration, false, $"'{key}' is not read by the importer (RulesSdk settings live in .docrules.json)", path, i + 1, 1));
                    break;
            }
        }

        return new ValeConfig(path, stylesPath, minAlertLevel, styles.ToImmutable(), settings.ToImmutable(), diagnostics.ToImmutable())
        {
            StyleLines = styleLines.ToImmutable(),
        };
    }

    private static string StripComment(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith(';'))
        {
            return string.Empty;
        }

        // An inline comment starts at " #".
        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }
}
