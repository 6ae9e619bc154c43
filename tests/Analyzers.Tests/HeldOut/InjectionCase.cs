using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// One evaluation document: a carrier (a path under the evaluation texts, or <c>repo:</c> and a path
/// under tests/corpus), the operations that damage it, the spans a detector must flag and the text
/// an ideal repair produces. A case of kind <see cref="CleanKind"/> carries no labels. <c>acceptable</c>
/// lists other repairs its author, writing before any tuning, would also accept (a speaker's
/// first person restored as "X said he …" where the carrier quoted X): they count for the
/// accepted-repair rate, never for the exact one.
/// </summary>
internal sealed record InjectionCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("carrier")] string Carrier,
    [property: JsonPropertyName("operations")] ImmutableArray<InjectionOperation> Operations,
    [property: JsonPropertyName("labels")] ImmutableArray<InjectionLabel> Labels,
    [property: JsonPropertyName("expected")] ExpectedRepair? Expected,
    [property: JsonPropertyName("note")] string? Note = null,
    [property: JsonPropertyName("acceptable")] ImmutableArray<ExpectedRepair> Acceptable = default)
{
    public const string CleanKind = "clean";

    public bool IsClean => Kind == CleanKind;
}
