using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RulesSdk.Dsl.Emit;

/// <summary>
/// What a cached pack needs besides its image: the files it was built from (imports and list
/// files, with content hashes checked on load) and each rule's metadata and generated type names.
/// With it a cache hit skips parsing, binding and emitting.
/// </summary>
internal sealed record PackManifest(
    string ImageKey,
    string Id,
    string Title,
    string Language,
    ImmutableArray<string> SourcePaths,
    ImmutableArray<PackDependency> Dependencies,
    ImmutableArray<ManifestRule> Rules)
{
    public string ToJson() => JsonSerializer.Serialize(this, PackManifestJsonContext.Default.PackManifest);

    /// <summary>The manifest, or null when the text is not one (an older or damaged entry is rebuilt).</summary>
    public static PackManifest? FromJson(string json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize(json, PackManifestJsonContext.Default.PackManifest);
            // A manifest listing no rule would load an empty pack: treat it as corrupt, so the pack is rebuilt.
            return manifest is { Rules.IsDefaultOrEmpty: false, Dependencies.IsDefault: false, SourcePaths.IsDefault: false } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>True when every dependency still has the content the pack was built from.</summary>
    public bool DependenciesUnchanged(Func<string, string?> readFile) =>
        Dependencies.All(d => readFile(d.Path) is { } text && Hash(text) == d.Hash);
}
