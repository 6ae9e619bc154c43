using System.Buffers;
using System.Text;
using LspPosition = RulesSdk.LanguageServer.Protocol.Position;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// A text being edited by many ranged changes in a row: a gap buffer of characters and, beside it, a gap
/// buffer of line starts, both split at the point of the last edit. Line starts before the gap are
/// absolute; those after it are kept as distances from the end, so an edit moves neither half. An edit
/// costs the distance the gap moves plus its own length; the lines are those of
/// <see cref="Text.TextLineCollection"/> (CR, LF, CRLF, U+0085, U+2028, U+2029).
/// </summary>
internal sealed class EditBuffer
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    private char[] _chars;
    private int _gapStart;
    private int _gapEnd;

    // Line starts: [0, _frontCount) absolute and below _gapStart; [_backStart, _starts.Length) are
    // Length - start, for starts at or after _gapStart, in increasing order of start.
    private int[] _starts;
    private int _frontCount;
    private int _backStart;

    public EditBuffer(string text)
    {
        _chars = new char[text.Length + 64];
        text.CopyTo(0, _chars, 0, text.Length);
        _gapStart = text.Length;
        _gapEnd = _chars.Length;
        var starts = new List<int> { 0 };
        AddStartsOf(text, starts);
        _starts = new int[starts.Count + 64];
        starts.CopyTo(_starts);
        _frontCount = starts.Count;
        _backStart = _starts.Length;
        if (_frontCount > 0 && starts[^1] == text.Length)
        {
            // A start at the gap belongs behind it.
            _frontCount--;
            _starts[--_backStart] = 0;
        }
    }

    public int Length => _chars.Length - (_gapEnd - _gapStart);

    public int LineCount => _frontCount + (_starts.Length - _backStart);

    /// <summary>The offset of an LSP position, clamped as <see cref="Positions.ToOffset"/> clamps it.</summary>
    public int ToOffset(LspPosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= LineCount)
        {
            return Length;
        }

        var start = LineStart(position.Line);
        var end = position.Line + 1 < LineCount ? LineStart(position.Line + 1) : Length;
        if (end > start && IsBreak(CharAt(end - 1)))
        {
            end--;
            if (end > start && CharAt(end) == '\n' && CharAt(end - 1) == '\r')
            {
                end--;
            }
        }

        return start + Math.Clamp(position.Character, 0, end - start);
    }

    /// <summary>Replaces [<paramref name="start"/>, <paramref name="end"/>) by <paramref name="text"/>.</summary>
    public void Replace(int start, int end, string text)
    {
        MoveGap(start);

        // Line starts at start..end depend on a removed character, or on the one after start.
        while (_backStart < _starts.Length && Length - _starts[_backStart] <= end)
        {
            _backStart++;
        }

        _gapEnd += end - start;
        EnsureGap(text.Length);
        text.CopyTo(0, _chars, _gapStart, text.Length);
        _gapStart += text.Length;

        // The starts at start..start + text.Length, with the character before and the one after.
        var found = new List<int>();
        if (start == 0)
        {
            found.Add(0);
        }

        AddStarts(this, Math.Max(1, start), start + text.Length, found);
        foreach (var lineStart in found)
        {
            if (lineStart < _gapStart)
            {
                EnsureStartCapacity();
                _starts[_frontCount++] = lineStart;
            }
            else
            {
                EnsureStartCapacity();
                _starts[--_backStart] = Length - lineStart;
            }
        }
    }

    /// <summary>
    /// The text's size in UTF-8, as <see cref="Encoding.UTF8"/> counts it (a lone surrogate is the 3 bytes of
    /// U+FFFD), read from both halves of the buffer without joining them.
    /// </summary>
    public long Utf8Length()
    {
        var before = _chars.AsSpan(0, _gapStart);
        var after = _chars.AsSpan(_gapEnd);
        long bytes = Encoding.UTF8.GetByteCount(before) + (long)Encoding.UTF8.GetByteCount(after);

        // A pair split by the gap was counted as two lone surrogates (3 + 3 bytes) instead of one 4-byte character.
        return before.Length > 0 && after.Length > 0 && char.IsHighSurrogate(before[^1]) && char.IsLowSurrogate(after[0])
            ? bytes - 2
            : bytes;
    }

    public override string ToString() =>
        string.Concat(_chars.AsSpan(0, _gapStart), _chars.AsSpan(_gapEnd));

    private int LineStart(int line) =>
        line < _frontCount ? _starts[line] : Length - _starts[_backStart + line - _frontCount];

    private char CharAt(int offset) => offset < _gapStart ? _chars[offset] : _chars[offset + _gapEnd - _gapStart];

    private static bool IsBreak(char c) => LineBreaks.Contains(c);

    /// <summary>Whether a line starts at <paramref name="offset"/> (0 &lt; offset &lt;= Length).</summary>
    private static bool StartsLine(char before, char? at) =>
        IsBreak(before) && !(before == '\r' && at == '\n');

    private static void AddStarts(EditBuffer buffer, int from, int to, List<int> starts)
    {
        for (var offset = from; offset <= to && offset <= buffer.Length; offset++)
        {
            if (StartsLine(buffer.CharAt(offset - 1), offset < buffer.Length ? buffer.CharAt(offset) : null))
            {
                starts.Add(offset);
            }
        }
    }

    private static void AddStartsOf(string text, List<int> starts)
    {
        // Lines average tens of characters: jump from break to break with a vectorised search.
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var next = span[offset..].IndexOfAny(LineBreaks);
            if (next < 0)
            {
                break;
            }

            offset += next;
            if (StartsLine(span[offset], offset + 1 < span.Length ? span[offset + 1] : null))
            {
                starts.Add(offset + 1);
            }

            offset++;
        }
    }

    private void MoveGap(int offset)
    {
        if (offset < _gapStart)
        {
            var count = _gapStart - offset;
            Array.Copy(_chars, offset, _chars, _gapEnd - count, count);
            _gapStart = offset;
            _gapEnd -= count;
            while (_frontCount > 0 && _starts[_frontCount - 1] >= offset)
            {
                _starts[--_backStart] = Length - _starts[--_frontCount];
            }
        }
        else if (offset > _gapStart)
        {
            var count = offset - _gapStart;
            Array.Copy(_chars, _gapEnd, _chars, _gapStart, count);
            _gapStart = offset;
            _gapEnd += count;
            while (_backStart < _starts.Length && Length - _starts[_backStart] < offset)
            {
                _starts[_frontCount++] = Length - _starts[_backStart++];
            }
        }
    }

    private void EnsureGap(int needed)
    {
        if (_gapEnd - _gapStart >= needed)
        {
            return;
        }

        var after = _chars.Length - _gapEnd;
        var grown = new char[Math.Max(_chars.Length * 2, Length + needed + 64)];
        Array.Copy(_chars, 0, grown, 0, _gapStart);
        Array.Copy(_chars, _gapEnd, grown, grown.Length - after, after);
        _gapEnd = grown.Length - after;
        _chars = grown;
    }

    private void EnsureStartCapacity()
    {
        if (_frontCount < _backStart)
        {
            return;
        }

        var after = _starts.Length - _backStart;
        var grown = new int[_starts.Length * 2 + 16];
        Array.Copy(_starts, 0, grown, 0, _frontCount);
        Array.Copy(_starts, _backStart, grown, grown.Length - after, after);
        _backStart = grown.Length - after;
        _starts = grown;
    }
}
