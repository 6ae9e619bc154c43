using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>One edit of the ideal repair, applied to the carrier: the first occurrence of Find becomes With.</summary>
internal sealed record DevEdit(
    [property: JsonPropertyName("find")] string Find,
    [property: JsonPropertyName("with")] string With);
