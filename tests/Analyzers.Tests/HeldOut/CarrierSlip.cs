using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// A real error in a real carrier text (tests/corpus/carrier-slips.json): not injected by any case, but
/// an artifact all the same ("Claude Bertolone" for Claude Bartolone in a Wikinews article). A finding
/// of its kind on it is neither a true nor a false positive, and the ideal repair corrects it.
/// </summary>
internal sealed record CarrierSlip(
    [property: JsonPropertyName("carrier")] string Carrier,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("fixed")] string Fixed,
    [property: JsonPropertyName("note")] string? Note = null)
{
    public static IReadOnlyList<CarrierSlip> Load(string path) =>
        File.Exists(path) ? CorpusJson.Read<CarrierSlip[]>(path) : [];
}
