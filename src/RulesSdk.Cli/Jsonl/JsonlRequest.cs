using System.Text.Json;
using RulesSdk.Text;

namespace RulesSdk.Cli.Jsonl;

/// <summary>
/// One input line of <c>--jsonl</c>: an object with an id (string or number) and a text (string) at the
/// fields <see cref="JsonlFieldMap"/> names, optional <c>"language"</c> and <c>"path"</c>, and any other
/// fields, which are kept to be written back unchanged. Dispose it once its result is written.
/// </summary>
/// <param name="RawId">The id exactly as written (a JSON string or number), echoed back in the result.</param>
/// <param name="Source">The whole parsed line, for the fields passed through.</param>
public sealed record JsonlRequest(string RawId, string Text, string? Language, string? Path, JsonDocument Source) : IDisposable
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public void Dispose() => Source.Dispose();

    /// <summary>Reads a line of UTF-8 JSON; on failure <paramref name="error"/> says what is wrong with it.</summary>
    public static JsonlRequest? Parse(ReadOnlyMemory<byte> utf8Line, JsonlFieldMap fields, out string error)
    {
        ArgumentNullException.ThrowIfNull(fields);
        error = string.Empty;
        if (!System.Text.Unicode.Utf8.IsValid(utf8Line.Span))
        {
            // The same policy as files: bytes that are not UTF-8 are refused, with where they are.
            error = $"invalid UTF-8 at byte offset {FirstInvalidUtf8Offset(utf8Line.Span)} of the line; JSON lines are UTF-8";
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Line, Options);
        }
        catch (JsonException ex)
        {
            error = "invalid JSON: " + FirstSentence(ex.Message);
            return null;
        }

        var request = Read(document, fields, out error);
        if (request is null)
        {
            document.Dispose();
        }

        return request;
    }

    /// <summary>Reads a line given as text (tests, callers that already decoded it).</summary>
    public static JsonlRequest? Parse(string line, JsonlFieldMap fields, out string error)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Parse(System.Text.Encoding.UTF8.GetBytes(line), fields, out error);
    }

    private static JsonlRequest? Read(JsonDocument document, JsonlFieldMap fields, out string error)
    {
        error = string.Empty;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"expected a JSON object with \"{fields.IdField}\" and \"{fields.TextField}\"";
            return null;
        }

        if (!JsonlFieldMap.TryGet(root, fields.IdPath, out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            error = $"\"{fields.IdField}\" is missing or not a string or number";
            return null;
        }

        if (!JsonlFieldMap.TryGet(root, fields.TextPath, out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            error = $"\"{fields.TextField}\" is missing or not a string";
            return null;
        }

        if (!TryGetOptionalString(root, "language", out var language) || !TryGetOptionalString(root, "path", out var path))
        {
            error = "\"language\" and \"path\" must be valid strings when present";
            return null;
        }

        if (!TryGetText(textElement, fields.TextField, out var text, out error))
        {
            return null;
        }

        return new JsonlRequest(id.GetRawText(), text, language, path, document);
    }

    private static bool TryGetText(JsonElement element, string field, out string text, out string error)
    {
        text = string.Empty;
        error = string.Empty;
        try
        {
            text = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escape such as \ud800 without its pair decodes to no Unicode text: as invalid as bad UTF-8 in a file.
            error = $"\"{field}\" is not valid Unicode: it holds an unpaired surrogate escape (\\uD800–\\uDFFF without its pair)";
            return false;
        }

        var binary = SourceText.IndexOfBinaryCharacter(text);
        if (binary >= 0)
        {
            // Files with NUL or these control characters are skipped as binary; a JSON line gets the same answer.
            error = $"binary content (control character U+{(int)text[binary]:X4} at character offset {binary} of \"{field}\"); only text documents can be analysed";
            return false;
        }

        return true;
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

        try
        {
            value = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            // An unpaired surrogate escape: not a usable string.
            return false;
        }
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
