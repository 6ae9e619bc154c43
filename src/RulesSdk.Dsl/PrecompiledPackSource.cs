using System.Collections.Immutable;

namespace RulesSdk.Dsl;

/// <summary>
/// What <see cref="RulePack.Precompile"/> hands a build: the pack's C# and the manifest to embed in
/// the assembly (resource <see cref="ManifestResourceName"/>), or the DSL errors that stopped it.
/// </summary>
public sealed class PrecompiledPackSource(
    string? packId,
    ImmutableDictionary<string, string> generatedSources,
    string manifestResourceName,
    string manifestJson,
    ImmutableArray<DslDiagnostic> diagnostics)
{
    /// <summary>The pack's id; null when it did not compile.</summary>
    public string? PackId { get; } = packId;

    /// <summary>File name → C#; regexes are <c>[GeneratedRegex]</c> methods for the .NET SDK's generator.</summary>
    public ImmutableDictionary<string, string> GeneratedSources { get; } = generatedSources;

    public string ManifestResourceName { get; } = manifestResourceName;

    public string ManifestJson { get; } = manifestJson;

    public ImmutableArray<DslDiagnostic> Diagnostics { get; } = diagnostics;

    public bool Success => PackId is not null && !Diagnostics.Any(d => !d.IsWarning);
}
