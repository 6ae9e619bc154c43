using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using RulesSdk.Diagnostics;

namespace RulesSdk.Configuration;

/// <summary>Settings that apply to the documents matching <see cref="Files"/> (globs relative to the config file).</summary>
public sealed class ConfigurationOverride
{
    private readonly Matcher _matcher;

    public ConfigurationOverride(
        ImmutableArray<string> files,
        ImmutableDictionary<string, ReportDiagnostic> rules,
        ImmutableDictionary<string, string> options,
        string? language)
    {
        Files = files;
        Rules = rules;
        Options = options;
        Language = language;
        _matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in files)
        {
            _matcher.AddInclude(glob);
        }
    }

    public ImmutableArray<string> Files { get; }

    public ImmutableDictionary<string, ReportDiagnostic> Rules { get; }

    public ImmutableDictionary<string, string> Options { get; }

    public string? Language { get; }

    public bool Matches(string relativePath) => _matcher.Match(relativePath.Replace('\\', '/')).HasMatches;
}
