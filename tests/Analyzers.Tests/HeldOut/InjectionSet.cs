using System.Collections.Immutable;
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
    public static InjectionSet Load(string path)
    {
        var set = CorpusJson.Read<InjectionSet>(path);
        return set.Cases.IsDefault ? set with { Cases = [] } : set;
    }
}
