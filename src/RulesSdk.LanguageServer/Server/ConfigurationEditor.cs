using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Turns a rule off in a <c>.docrules.json</c> text by one insertion or replacement, so its
/// comments, order and layout stay as the user wrote them (rewriting the JSON would drop comments).
/// </summary>
internal static partial class ConfigurationEditor
{
    public const string Off = "none";

    // As the configuration reader reads it (DocRulesConfiguration.Parse): comments and trailing commas allowed.
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The text of a new configuration that turns <paramref name="ruleId"/> off.</summary>
    public static string NewFile(string ruleId, string newLine = "\n") =>
        $"{{{newLine}  \"rules\": {{{newLine}    {Quote(ruleId)}: \"{Off}\"{newLine}  }}{newLine}}}{newLine}";

    /// <summary>The change to <paramref name="text"/> that sets <c>rules.ID</c> to <c>none</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule id (letters then digits).</exception>
    /// <exception cref="FormatException">
    /// The text is not valid JSON as the configuration reader reads it (comments and trailing commas allowed), not a JSON
    /// object, or its <c>rules</c> is not an object.
    /// </exception>
    public static TextChange DisableRule(string text, string ruleId)
    {
        if (!IsRuleId(ruleId))
        {
            throw new ArgumentException($"'{Printable(ruleId)}' is not a rule id (letters then digits, like PL0001)", nameof(ruleId));
        }

        // The edit below reads only up to the rules it changes: the whole file must be valid first,
        // or an edit of a broken file would be answered as a success and leave it broken.
        var bytes = Encoding.UTF8.GetBytes(text);
        RequireValidJson(bytes);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        int Offset(long bytePosition) => Encoding.UTF8.GetCharCount(bytes, 0, (int)bytePosition);
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException("the configuration is not a JSON object");
            }

            var rootOpen = Offset(reader.TokenStartIndex);
            var rootEmpty = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                rootEmpty = false;
                var isRules = reader.ValueTextEquals("rules"u8);
                reader.Read();
                if (!isRules)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new FormatException("'rules' is not an object");
                }

                var rulesOpen = Offset(reader.TokenStartIndex);
                var rulesEmpty = true;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    rulesEmpty = false;
                    var same = string.Equals(reader.GetString(), ruleId, StringComparison.OrdinalIgnoreCase);
                    reader.Read();
                    if (same)
                    {
                        var start = Offset(reader.TokenStartIndex);
                        reader.Skip();
                        var end = Offset(reader.BytesConsumed);
                        return new TextChange(TextSpan.FromBounds(start, end), $"\"{Off}\"");
                    }

                    reader.Skip();
                }

                var entry = $"{newLine}    {Quote(ruleId)}: \"{Off}\"{(rulesEmpty ? newLine + "  " : ",")}";
                return new TextChange(new TextSpan(rulesOpen + 1, 0), entry);
            }

            var rules = $"{newLine}  \"rules\": {{{newLine}    {Quote(ruleId)}: \"{Off}\"{newLine}  }}{(rootEmpty ? newLine : ",")}";
            return new TextChange(new TextSpan(rootOpen + 1, 0), rules);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"the configuration is not valid JSON (line {ex.LineNumber + 1})", ex);
        }
    }

    /// <summary>Letters then digits, as rule ids are declared and as suppression comments name them.</summary>
    public static bool IsRuleId(string? value) => value is not null && RuleIdPattern().IsMatch(value);

    private static void RequireValidJson(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"the configuration is not valid JSON (line {(ex.LineNumber ?? 0) + 1})", ex);
        }
    }

    private static string Printable(string value) => value.Length > 40
        ? JsonSerializer.Serialize(value[..40])[1..^1] + "…"
        : JsonSerializer.Serialize(value)[1..^1];

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    [GeneratedRegex(@"\A[A-Za-z]+[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
