using System.Text;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// The text of one open document as the client edits it. Ranged changes go into an <see cref="EditBuffer"/>
/// kept across <c>didChange</c> messages, so a keystroke costs the edit, not a copy of the text; the
/// <see cref="SourceText"/> is built only when asked for (an analysis, a hover, a code action…) and kept until
/// the next edit. Not thread-safe: its owner serialises access.
/// </summary>
internal sealed class EditedText
{
    // The current text when _pending is false; otherwise an earlier one, kept for its encoding and byte order mark.
    private SourceText _text;

    // The current text when _pending is true; when not null and _pending is false, the same text as _text.
    private EditBuffer? _buffer;
    private bool _pending;

    public EditedText(SourceText text) => _text = text;

    /// <summary>The length in UTF-16 code units, without building the text.</summary>
    public int Length => _pending ? _buffer!.Length : _text.Length;

    /// <summary>Whether edits are waiting to be turned into a <see cref="SourceText"/>.</summary>
    public bool IsPending => _pending;

    /// <summary>
    /// Applies the content changes of one <c>didChange</c>, in order: each change's range is relative to the text
    /// after the previous one, in UTF-16 positions clamped as <see cref="Positions"/> does; a change without a
    /// range replaces the whole text.
    /// </summary>
    /// <exception cref="ArgumentNullException">A change without a range has no text; then nothing is applied.</exception>
    public void Apply(IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        // Checked first: the buffer is edited in place, so a message must not stop half-applied.
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                ArgumentNullException.ThrowIfNull(change.Text, "text");
            }
        }

        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                _text = SourceText.From(change.Text!); // checked above
                _buffer = null;
                _pending = false;
                continue;
            }

            _buffer ??= new EditBuffer(_text.ToString());
            var start = _buffer.ToOffset(change.Range.Start);
            var end = _buffer.ToOffset(change.Range.End);
            _buffer.Replace(Math.Min(start, end), Math.Max(start, end), change.Text ?? string.Empty);
            _pending = true;
        }
    }

    /// <summary>The current text, built from the buffer if edits are pending.</summary>
    public SourceText ToSourceText()
    {
        if (_pending)
        {
            _text = _text.WithText(_buffer!.ToString());
            _pending = false;
        }

        return _text;
    }

    /// <summary>The text's size in UTF-8 bytes when it is over <paramref name="maxBytes"/>, without building the text; otherwise null.</summary>
    public long? Utf8LengthOver(long maxBytes)
    {
        // A UTF-16 unit is at most 3 UTF-8 bytes: a short text needs no count.
        if ((long)Length * 3 <= maxBytes)
        {
            return null;
        }

        var bytes = _pending ? _buffer!.Utf8Length() : Encoding.UTF8.GetByteCount(_text.AsSpan());
        return bytes > maxBytes ? bytes : null;
    }
}
