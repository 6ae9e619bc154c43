using System.Text;
using System.Text.Json;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Turns a rule off in a <c>.docrules.json</c> text by one insertion or replacement, so its
/// comments, order and layout stay as the user wrote them (rewriting the JSON would drop comments).
/// </summary>
internal static class ConfigurationEditor
{
    public const string Off = "none";

    /// <summary>The text of a new configuration that turns <paramref name="ruleId"/> off.</summary>
    public static string NewFile(string ruleId, string newLine = "\n") =>
        $"{{{newLine}  \"rules\": {{{newLine}    {Quote(ruleId)}: \"{Off}\"{newLine}  }}{newLine}}}{newLine}";

    /// <summary>The change to <paramref name="text"/> that sets <c>rules.ID</c> to <c>none</c>.</summary>
    /// <exception cref="FormatException">The text is not a JSON object, or its <c>rules</c> is not an object.</exception>
    public static TextChange DisableRule(string text, string ruleId)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
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

    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
