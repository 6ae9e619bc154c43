using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// A set of evaluation cases stored as injections over carrier documents (tests/corpus/heldout,
/// tests/corpus/dev): the carriers themselves stay outside the repository.
/// </summary>
internal sealed record InjectionSet(
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("cases")] ImmutableArray<InjectionCase> Cases)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static InjectionSet Load(string path)
    {
        try
        {
            var set = JsonSerializer.Deserialize<InjectionSet>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path}: the file is empty");
            return set.Cases.IsDefault ? set with { Cases = [] } : set;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }
}
