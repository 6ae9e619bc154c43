using System.Text.Json;
using System.Text.Json.Serialization;

namespace RulesSdk.LanguageServer.Protocol;

/// <summary>The JSON shape of LSP messages: camelCase names, nulls left out.</summary>
internal static class LspJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
