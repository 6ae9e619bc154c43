using System.Text;
using RulesSdk.Text;

namespace RulesSdk.Cli.Formatting;

/// <summary>
/// The part of a line to show around a span (prose lines are often whole paragraphs): at most
/// <see cref="MaxWidth"/> characters, cut with "…" on either side, and the underline beneath it.
/// </summary>
public readonly record struct LineExcerpt(string Text, int UnderlineStart, int UnderlineLength)
{
    public const int MaxWidth = 120;

    private const int Context = 40;

    /// <summary>The excerpt of the line holding <paramref name="span"/>'s start; the underline stops at the line's end.</summary>
    public static LineExcerpt Create(SourceText text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.Lines.GetLineFromPosition(span.Start);
        var start = span.Start - line.Start;
        var length = Math.Max(1, Math.Min(span.End, line.End) - span.Start);
        return Clip(text.ToString(line.Span), start, length);
    }

    /// <summary>Cuts <paramref name="line"/> to a window around [start, start+length).</summary>
    public static LineExcerpt Clip(string line, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(line);
        var from = 0;
        var to = line.Length;
        if (line.Length > MaxWidth)
        {
            from = Math.Max(0, start - Context);
            to = Math.Min(line.Length, Math.Max(start + Math.Min(length, MaxWidth - (2 * Context)) + Context, from + MaxWidth));
            to = Math.Min(to, from + MaxWidth);
        }

        var builder = new StringBuilder();
        var prefix = 0;
        if (from > 0)
        {
            builder.Append('…');
            prefix = 1;
        }

        builder.Append(line, from, to - from);
        if (to < line.Length)
        {
            builder.Append('…');
        }

        var underlineStart = prefix + Math.Max(0, start - from);
        var underlineLength = Math.Max(1, Math.Min(start + length, to) - Math.Max(start, from));
        return new LineExcerpt(builder.ToString(), underlineStart, underlineLength);
    }

    /// <summary>"^~~~" under the span; tabs before it are kept so the caret lines up.</summary>
    public string Underline()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < UnderlineStart && i < Text.Length; i++)
        {
            builder.Append(Text[i] == '\t' ? '\t' : ' ');
        }

        builder.Append('^');
        builder.Append('~', Math.Max(0, UnderlineLength - 1));
        return builder.ToString();
    }
}
