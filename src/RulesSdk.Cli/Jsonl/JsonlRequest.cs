using System.Text.Json;

namespace RulesSdk.Cli.Jsonl;

/// <summary>One input line of <c>--jsonl</c>: <c>{"id":…,"text":…}</c> with optional <c>"language"</c> and <c>"path"</c>.</summary>
/// <param name="RawId">The id exactly as written (a JSON string or number), echoed back in the result.</param>
public sealed record JsonlRequest(string RawId, string Text, string? Language, string? Path)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads a line; on failure <paramref name="error"/> says what is wrong with it.</summary>
    public static JsonlRequest? Parse(string line, out string error)
    {
        ArgumentNullException.ThrowIfNull(line);
        error = string.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException ex)
        {
            error = "invalid JSON: " + FirstSentence(ex.Message);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object with \"id\" and \"text\"";
                return null;
            }

            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = "\"id\" is missing or not a string or number";
                return null;
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                error = "\"text\" is missing or not a string";
                return null;
            }

            if (!TryGetOptionalString(root, "language", out var language) || !TryGetOptionalString(root, "path", out var path))
            {
                error = "\"language\" and \"path\" must be strings when present";
                return null;
            }

            return new JsonlRequest(id.GetRawText(), text.GetString()!, language, path);
        }
    }

    private static bool TryGetOptionalString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString();
        return true;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
