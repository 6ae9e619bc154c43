using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// One edit of a carrier, applied in order to the text as the previous edits left it:
/// <c>prepend</c>/<c>append</c> a paragraph, <c>insertParagraph</c> before paragraph <see cref="Index"/>
/// (0-based, paragraphs split at blank lines), <c>replace</c> the <see cref="Occurrence"/>-th
/// <see cref="Find"/> with <see cref="Text"/>, or <c>insertBefore</c>/<c>insertAfter</c> it.
/// </summary>
internal sealed record InjectionOperation(
    [property: JsonPropertyName("op")] string Op,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("find")] string? Find = null,
    [property: JsonPropertyName("occurrence")] int Occurrence = 1,
    [property: JsonPropertyName("index")] int? Index = null)
{
    public override string ToString() =>
        Find is null ? $"{Op}{(Index is { } i ? $" #{i}" : "")}" : $"{Op} \"{Find}\" #{Occurrence}";
}
