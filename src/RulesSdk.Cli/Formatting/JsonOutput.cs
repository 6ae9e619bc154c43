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

    // A report's writer hands its bytes on once this many are pending: memory stays bounded by one
    // diagnostic's worth, whatever the number of findings (a report of 100,000 was held whole, twice).
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Runs <paramref name="write"/> on a JSON writer that writes into <paramref name="writer"/> as it goes (see <see cref="FlushWhenFull"/>).</summary>
    public static void WriteTo(TextWriter writer, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new TextWriterStream(writer);
        using (var json = new Utf8JsonWriter(stream, options))
        {
            write(json);
        }

        writer.WriteLine();
    }

    /// <summary>Hands the pending bytes on to the output when there are enough of them; call it between the items of a long array.</summary>
    public static void FlushWhenFull(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
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
