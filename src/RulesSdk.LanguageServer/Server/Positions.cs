using RulesSdk.Text;
using LspPosition = RulesSdk.LanguageServer.Protocol.Position;
using LspRange = RulesSdk.LanguageServer.Protocol.Range;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// LSP positions are zero-based lines and UTF-16 offsets, as <see cref="LinePosition"/> is; positions
/// past the end of a line or of the text are clamped, as the protocol asks.
/// </summary>
internal static class Positions
{
    public static int ToOffset(SourceText text, LspPosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        var lines = text.Lines;
        if (position.Line >= lines.Count)
        {
            return text.Length;
        }

        var line = lines[position.Line];
        return line.Start + Math.Clamp(position.Character, 0, line.Span.Length);
    }

    public static TextSpan ToSpan(SourceText text, LspRange range)
    {
        var start = ToOffset(text, range.Start);
        var end = ToOffset(text, range.End);
        return end >= start ? TextSpan.FromBounds(start, end) : TextSpan.FromBounds(end, start);
    }

    public static LspRange ToRange(SourceText text, TextSpan span)
    {
        var lines = text.Lines;
        var start = lines.GetLinePosition(Math.Min(span.Start, text.Length));
        var end = lines.GetLinePosition(Math.Min(span.End, text.Length));
        return new LspRange(new LspPosition(start.Line, start.Character), new LspPosition(end.Line, end.Character));
    }

    public static LspRange ToRange(LinePositionSpan span) =>
        new(new LspPosition(span.Start.Line, span.Start.Character), new LspPosition(span.End.Line, span.End.Character));

    public static bool Intersects(LspRange a, LspRange b) =>
        Compare(a.Start, b.End) <= 0 && Compare(b.Start, a.End) <= 0;

    public static bool Contains(LspRange range, LspPosition position) =>
        Compare(range.Start, position) <= 0 && Compare(position, range.End) <= 0;

    private static int Compare(LspPosition a, LspPosition b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}
