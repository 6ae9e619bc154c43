using System.Text.Json;

namespace RulesSdk.Cli.Jsonl;

/// <summary>
/// Writes the fields of an input line that are not the result's own back into its result line,
/// unchanged and in input order: the text field is left out (check) or replaced by the repaired text
/// (fix), at its place even inside nested objects; an id field named <c>id</c> is written once.
/// </summary>
public static class JsonlPassThrough
{
    /// <summary>A top-level input field whose name the result line uses for itself, or null.</summary>
    public static string? FindClash(JsonElement root, JsonlFieldMap fields, JsonlMode mode)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var own = mode == JsonlMode.Check ? "diagnostics" : "fixes";
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals(own) ||
                (property.NameEquals("id") && !IsPath(fields.IdPath, "id")))
            {
                return property.Name;
            }
        }

        return null;
    }

    /// <summary>Writes every passed-through property of <paramref name="root"/>; <paramref name="replacementText"/> null leaves the text out.</summary>
    public static void Write(Utf8JsonWriter json, JsonElement root, JsonlFieldMap fields, string? replacementText)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var property in root.EnumerateObject())
        {
            if (IsPath(fields.IdPath, "id") && property.NameEquals("id"))
            {
                continue;
            }

            WriteProperty(json, property, fields.TextPath, 0, replacementText);
        }
    }

    private static void WriteProperty(Utf8JsonWriter json, JsonProperty property, IReadOnlyList<string> textPath, int depth, string? replacementText)
    {
        if (!property.NameEquals(textPath[depth]))
        {
            property.WriteTo(json);
            return;
        }

        if (depth == textPath.Count - 1)
        {
            if (replacementText is not null)
            {
                json.WriteString(property.Name, replacementText);
            }

            return;
        }

        json.WritePropertyName(property.Name);
        if (property.Value.ValueKind != JsonValueKind.Object)
        {
            property.Value.WriteTo(json);
            return;
        }

        json.WriteStartObject();
        foreach (var inner in property.Value.EnumerateObject())
        {
            WriteProperty(json, inner, textPath, depth + 1, replacementText);
        }

        json.WriteEndObject();
    }

    private static bool IsPath(IReadOnlyList<string> path, string name) => path.Count == 1 && path[0] == name;
}
