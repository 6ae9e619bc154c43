using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>
/// A span of the damaged document a detector must flag: the <see cref="Occurrence"/>-th
/// <see cref="Text"/>; its kind is the case's unless given (a headline under an assistant preface
/// carries two kinds).
/// </summary>
internal sealed record InjectionLabel(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("occurrence")] int Occurrence = 1,
    [property: JsonPropertyName("kind")] string? Kind = null);
