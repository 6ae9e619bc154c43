using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// A dev or held-out set file: cases that write one artifact into a clean carrier document.
/// Carriers are "repo:fr/fr-001.txt" (tests/corpus) or "eval:fr/x.txt" (../shared/eval/clean).
/// </summary>
internal sealed record DevSet(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("cases")] ImmutableArray<DevCase> Cases)
{
    public static DevSet Load(string path) =>
        JsonSerializer.Deserialize<DevSet>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty");

    public string ReadCarrier(string carrier)
    {
        var separator = carrier.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new InvalidOperationException($"carrier \"{carrier}\" has no repo: or eval: prefix");
        }

        var relative = carrier[(separator + 1)..];
        var root = carrier[..separator] switch
        {
            "repo" => Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus"),
            "eval" => Path.Combine(BuiltInPacks.RepoRoot, "..", "shared", "eval", "clean"),
            var other => throw new InvalidOperationException($"carrier \"{carrier}\": unknown source \"{other}\""),
        };
        return File.ReadAllText(Path.Combine(root, relative));
    }
}
