using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// The text an ideal repair produces: the carrier itself (<c>from: carrier</c>, the default), or the
/// damaged document unchanged (<c>from: composed</c>, for clean cases), with optional further
/// operations where the ideal repair differs from both.
/// </summary>
internal sealed record ExpectedRepair(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("operations")] ImmutableArray<InjectionOperation> Operations)
{
    public const string FromCarrier = "carrier";
    public const string FromComposed = "composed";

    public static ExpectedRepair Carrier { get; } = new(FromCarrier, []);
}
