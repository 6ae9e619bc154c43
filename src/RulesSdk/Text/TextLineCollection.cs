using System.Buffers;
using System.Collections;

namespace RulesSdk.Text;

/// <summary>The lines of a <see cref="SourceText"/>; position lookups are a binary search.</summary>
public sealed class TextLineCollection : IReadOnlyList<TextLine>
{
    private readonly SourceText _text;
    private readonly int[] _lineStarts;

    private TextLineCollection(SourceText text, int[] lineStarts, string dominantNewLine)
    {
        _text = text;
        _lineStarts = lineStarts;
        DominantNewLine = dominantNewLine;
    }

    public int Count => _lineStarts.Length;

    internal string DominantNewLine { get; }

    public TextLine this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var start = _lineStarts[index];
            var endIncludingBreak = index + 1 < Count ? _lineStarts[index + 1] : _text.Length;
            var end = endIncludingBreak;
            if (end > start && LineBreaks.Contains(_text[end - 1]))
            {
                end--;
                if (end > start && _text[end] == '\n' && _text[end - 1] == '\r')
                {
                    end--;
                }
            }

            return new TextLine(_text, index, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, endIncludingBreak));
        }
    }

    public int IndexOf(int position)
    {
        if (position < 0 || position > _text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Position {position} is outside the text (length {_text.Length}).");
        }

        var index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    public TextLine GetLineFromPosition(int position) => this[IndexOf(position)];

    public LinePosition GetLinePosition(int position)
    {
        var line = IndexOf(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0 || position.Line >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Line {position.Line + 1} does not exist (the text has {Count}).");
        }

        var line = this[position.Line];
        if (position.Character < 0 || position.Character > line.SpanIncludingLineBreak.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Character {position.Character + 1} is outside line {position.Line + 1}.");
        }

        return line.Start + position.Character;
    }

    public IEnumerator<TextLine> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static TextLineCollection Create(SourceText text)
    {
        var span = text.AsSpan();
        // Lines average tens of characters: jump from break to break with a vectorised search.
        var starts = new List<int>(Math.Max(16, span.Count('\n') + 1)) { 0 };
        int crlf = 0, lf = 0, cr = 0;
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(LineBreaks);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (span[i] == '\r')
            {
                if (i + 1 < span.Length && span[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (span[i] == '\n')
            {
                lf++;
            }

            i++;
            starts.Add(i);
        }

        var dominant = crlf >= lf && crlf >= cr && crlf > 0 ? "\r\n" : cr > lf ? "\r" : "\n";
        return new TextLineCollection(text, [.. starts], dominant);
    }

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");
}
