using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RulesSdk.Cli.Formatting;

/// <summary>Shared settings of the JSON the tool writes: UTF-8, accents and quotes kept readable.</summary>
public static class JsonOutput
{
    public static JsonWriterOptions Indented { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static JsonWriterOptions Compact { get; } = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on a JSON writer and returns the text.</summary>
    public static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the 1-based start and end of <paramref name="span"/> as line/column/endLine/endColumn.</summary>
    public static void WritePositions(Utf8JsonWriter writer, RulesSdk.Text.LinePositionSpan span)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("line", span.Start.Line + 1);
        writer.WriteNumber("column", span.Start.Character + 1);
        writer.WriteNumber("endLine", span.End.Line + 1);
        writer.WriteNumber("endColumn", span.End.Character + 1);
    }
}
