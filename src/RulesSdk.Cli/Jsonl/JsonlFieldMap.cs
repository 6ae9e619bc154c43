using System.Text.Json;

namespace RulesSdk.Cli.Jsonl;

/// <summary>
/// Where a <c>--jsonl</c> input line keeps its id and its text: a field name, or a dotted path into
/// nested objects (<c>meta.doc_id</c>).
/// </summary>
public sealed record JsonlFieldMap
{
    public JsonlFieldMap(string idField = "id", string textField = "text")
    {
        IdPath = Split(idField, "--id-field");
        TextPath = Split(textField, "--text-field");
    }

    public static JsonlFieldMap Default { get; } = new();

    public IReadOnlyList<string> IdPath { get; }

    public IReadOnlyList<string> TextPath { get; }

    public string IdField => string.Join('.', IdPath);

    public string TextField => string.Join('.', TextPath);

    /// <summary>The element at <paramref name="path"/>, or false when a step is missing or not an object.</summary>
    public static bool TryGet(JsonElement root, IReadOnlyList<string> path, out JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(path);
        value = root;
        foreach (var step in path)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step, out value))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Split(string field, string option)
    {
        ArgumentNullException.ThrowIfNull(field);
        var steps = field.Split('.');
        if (steps.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException($"{option} '{field}': expected a field name or a dotted path such as meta.id", nameof(field));
        }

        return steps;
    }
}
