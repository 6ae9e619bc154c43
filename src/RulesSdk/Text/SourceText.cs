using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace RulesSdk.Text;

/// <summary>
/// An immutable document text. It remembers how it was stored (encoding, byte order mark,
/// newline style) so that writing it back reproduces the original bytes exactly.
/// </summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _text;
    private TextLineCollection? _lines;
    private string? _contentHash;

    private SourceText(string text, Encoding encoding, bool hasByteOrderMark)
    {
        _text = text;
        Encoding = encoding;
        HasByteOrderMark = hasByteOrderMark;
    }

    /// <summary>The encoding the text was decoded from, used again when it is written.</summary>
    public Encoding Encoding { get; }

    /// <summary>Whether the stored bytes started with a byte order mark.</summary>
    public bool HasByteOrderMark { get; }

    public int Length => _text.Length;

    public char this[int position] => _text[position];

    /// <summary>The line map, built on first use.</summary>
    public TextLineCollection Lines => _lines ??= TextLineCollection.Create(this);

    /// <summary>The dominant line break of the text ("\n" when it has none).</summary>
    public string NewLine => Lines.DominantNewLine;

    public static SourceText From(string text, Encoding? encoding = null, bool hasByteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, encoding ?? Utf8NoBom, hasByteOrderMark);
    }

    /// <summary>
    /// Decodes stored bytes. A byte order mark selects UTF-8, UTF-16 or UTF-32; without one the
    /// bytes must be valid UTF-8, or <paramref name="fallbackEncoding"/> is used when given.
    /// </summary>
    /// <exception cref="InvalidTextException">The bytes are binary or not valid in the encoding.</exception>
    public static SourceText Decode(ReadOnlySpan<byte> bytes, Encoding? fallbackEncoding = null)
    {
        var (encoding, bomLength) = DetectByteOrderMark(bytes);
        if (encoding is null)
        {
            return DecodeWithoutByteOrderMark(bytes, fallbackEncoding);
        }

        var body = bytes[bomLength..];
        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidTextException(
                TextDecodingErrorKind.InvalidEncoding,
                bomLength + Math.Max(ex.Index, 0),
                $"invalid {encoding.WebName} data at byte offset {bomLength + Math.Max(ex.Index, 0)}");
        }

        ThrowIfBinary(text, charIndex => bomLength + (long)encoding.GetByteCount(text.AsSpan(0, charIndex)));
        return new SourceText(text, encoding, hasByteOrderMark: true);
    }

    /// <summary>
    /// Reads a UTF-8 file without a byte order mark in two streaming passes (validate and count,
    /// then decode into the final string), so the file's bytes are never held in memory at once.
    /// Returns null when the file starts with a byte order mark or is not valid UTF-8: read the
    /// bytes and call <see cref="Decode(ReadOnlySpan{byte}, Encoding?)"/>, which reports the problem.
    /// </summary>
    /// <param name="hash">SHA-256 of the file's bytes, computed on the way.</param>
    /// <exception cref="InvalidTextException">The file holds NUL bytes or control characters.</exception>
    public static SourceText? TryDecodeUtf8File(string path, out byte[] hash)
    {
        ArgumentNullException.ThrowIfNull(path);
        hash = [];
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var chars = ArrayPool<char>.Shared.Rent(64 * 1024 + 4);
        try
        {
            long charCount = 0;
            long offset = 0;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                var carry = 0;
                while (true)
                {
                    var read = stream.Read(buffer, carry, 64 * 1024 - carry);
                    var final = read == 0;
                    var length = carry + read;
                    if (offset == 0 && length >= 2 && (buffer[0] is 0xEF or 0xFE or 0xFF || (buffer[0] == 0 && buffer[1] == 0)))
                    {
                        // A possible byte order mark: the in-memory decoder handles every encoding.
                        return null;
                    }

                    var chunk = buffer.AsSpan(0, length);
                    hasher.AppendData(buffer, carry, read);
                    var nul = chunk.IndexOf((byte)0);
                    if (nul >= 0)
                    {
                        throw new InvalidTextException(TextDecodingErrorKind.Binary, offset + nul, $"binary content (NUL byte at byte offset {offset + nul}); only text documents can be analysed");
                    }

                    var status = Utf8.ToUtf16(chunk, chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: final);
                    if (status == OperationStatus.InvalidData)
                    {
                        return null;
                    }

                    charCount += written;
                    offset += consumed;
                    carry = length - consumed;
                    if (final)
                    {
                        break;
                    }

                    // A sequence cut by the chunk boundary moves to the front of the next chunk.
                    chunk[consumed..].CopyTo(buffer);
                }
            }

            hash = hasher.GetHashAndReset();
            if (charCount > int.MaxValue)
            {
                return null;
            }

            var text = string.Create((int)charCount, path, static (destination, file) =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
                using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
                var total = 0;
                int read;
                while (total < destination.Length && (read = reader.Read(destination[total..])) > 0)
                {
                    total += read;
                }

                // The file changed between the passes: the caller re-reads it the ordinary way.
                if (total != destination.Length || reader.Peek() >= 0)
                {
                    throw new IOException("the file changed while it was read");
                }
            });
            ThrowIfBinary(text, charIndex => Encoding.UTF8.GetByteCount(text.AsSpan(0, charIndex)));
            return new SourceText(text, Utf8NoBom, hasByteOrderMark: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static SourceText Decode(Stream stream, Encoding? fallbackEncoding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fallbackEncoding);
    }

    /// <summary>The bytes to store: same encoding and byte order mark as decoded.</summary>
    /// <exception cref="EncoderFallbackException">
    /// The text holds a character the encoding cannot store (a "€" in a Latin-1 file); writing
    /// a replacement character instead would lose data.
    /// </exception>
    public byte[] Encode()
    {
        var encoding = Encoding;
        if (encoding.EncoderFallback is not EncoderExceptionFallback)
        {
            encoding = (Encoding)encoding.Clone();
            encoding.EncoderFallback = EncoderFallback.ExceptionFallback;
        }

        var preamble = HasByteOrderMark ? encoding.GetPreamble() : [];
        var bytes = new byte[preamble.Length + encoding.GetByteCount(_text)];
        preamble.CopyTo(bytes, 0);
        encoding.GetBytes(_text, 0, _text.Length, bytes, preamble.Length);
        return bytes;
    }

    public override string ToString() => _text;

    public string ToString(TextSpan span)
    {
        CheckSpan(span);
        return _text.Substring(span.Start, span.Length);
    }

    public ReadOnlySpan<char> AsSpan() => _text.AsSpan();

    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return _text.AsSpan(span.Start, span.Length);
    }

    /// <summary>A SHA-256 of the characters, for caches keyed by content.</summary>
    public string GetContentHash()
    {
        return _contentHash ??= Convert.ToHexStringLower(SHA256.HashData(MemoryMarshalBytes(_text)));

        static ReadOnlySpan<byte> MemoryMarshalBytes(string s) =>
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.AsSpan());
    }

    /// <summary>
    /// Applies non-overlapping changes, all expressed against this text. The result keeps the
    /// encoding, byte order mark and newline style.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A change lies outside the text.</exception>
    /// <exception cref="ArgumentException">Two changes overlap.</exception>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        var ordered = OrderAndCheck(changes);
        if (ordered.Count == 0)
        {
            return this;
        }

        var builder = new StringBuilder(_text.Length);
        var position = 0;
        foreach (var change in ordered)
        {
            builder.Append(_text, position, change.Span.Start - position);
            builder.Append(change.NewText);
            position = change.Span.End;
        }

        builder.Append(_text, position, _text.Length - position);
        return new SourceText(builder.ToString(), Encoding, HasByteOrderMark);
    }

    /// <summary>
    /// Throws what <see cref="WithChanges(IEnumerable{TextChange})"/> would throw for these changes,
    /// without building the new text: fix-all checks every fix this way, in time proportional to
    /// the fix rather than to the document.
    /// </summary>
    public void CheckChanges(IEnumerable<TextChange> changes) => OrderAndCheck(changes);

    private List<TextChange> OrderAndCheck(IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // An insertion sorts before a replacement starting at the same point: they share no
        // character, so they must apply whatever order they were given in.
        var ordered = changes.Select((change, index) => (change, index))
            .OrderBy(c => c.change.Span.Start)
            .ThenBy(c => c.change.Span.IsEmpty ? 0 : 1)
            .ThenBy(c => c.index)
            .Select(c => c.change)
            .ToList();
        var position = 0;
        TextChange? previous = null;
        foreach (var change in ordered)
        {
            if (change.Span.End > _text.Length)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(changes),
                    $"Change {change} ends at {change.Span.End}, beyond the end of the text ({_text.Length}).");
            }

            if (change.Span.Start < position)
            {
                throw new ArgumentException($"Change {change} overlaps change {previous}.", nameof(changes));
            }

            position = change.Span.End;
            previous = change;
        }

        return ordered;
    }

    public SourceText WithChanges(params TextChange[] changes) => WithChanges((IEnumerable<TextChange>)changes);

    /// <summary>The same text with other content, keeping how it is stored.</summary>
    public SourceText WithText(string text) => new(text, Encoding, HasByteOrderMark);

    public bool ContentEquals(SourceText other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    private void CheckSpan(TextSpan span)
    {
        if (span.End > _text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} is outside the text (length {_text.Length}).");
        }
    }

    private static (Encoding? Encoding, int BomLength) DetectByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE must be checked before UTF-16 LE: its mark starts with the same two bytes.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    private static SourceText DecodeWithoutByteOrderMark(ReadOnlySpan<byte> bytes, Encoding? fallbackEncoding)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InvalidTextException(
                TextDecodingErrorKind.Binary,
                nul,
                $"binary content (NUL byte at byte offset {nul}); only text documents can be analysed");
        }

        // Valid UTF-8 decodes straight into the final string: no intermediate buffer as large as the text.
        if (Utf8.IsValid(bytes))
        {
            var text = Encoding.UTF8.GetString(bytes);
            ThrowIfBinary(text, charIndex => Encoding.UTF8.GetByteCount(text.AsSpan(0, charIndex)));
            return new SourceText(text, Utf8NoBom, hasByteOrderMark: false);
        }

        if (fallbackEncoding is not null)
        {
            var text = fallbackEncoding.GetString(bytes);
            ThrowIfBinary(text, charIndex => fallbackEncoding.GetByteCount(text.AsSpan(0, charIndex)));
            return new SourceText(text, fallbackEncoding, hasByteOrderMark: false);
        }

        var offset = FirstInvalidUtf8Offset(bytes);
        throw new InvalidTextException(
            TextDecodingErrorKind.InvalidEncoding,
            offset,
            $"invalid UTF-8 at byte offset {offset} (byte 0x{bytes[offset]:X2}); re-save the file as UTF-8 or name its encoding");
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        // Decode in small chunks only to find where the invalid sequence starts.
        Span<char> chunk = stackalloc char[1024];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], chunk, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return Math.Min(offset, bytes.Length - 1);
            }
        }
    }

    /// <summary>
    /// Where <paramref name="text"/> holds a character that marks binary content (NUL or a C0 control
    /// other than tab, newlines, form feed and escape), or -1. Hosts that receive text rather than
    /// bytes (JSON lines) apply the same policy as files with it.
    /// </summary>
    public static int IndexOfBinaryCharacter(ReadOnlySpan<char> text) => text.IndexOfAny(BinaryControlCharacters);

    private static void ThrowIfBinary(string text, Func<int, long> byteOffsetOf)
    {
        var index = IndexOfBinaryCharacter(text);
        if (index >= 0)
        {
            var offset = byteOffsetOf(index);
            throw new InvalidTextException(
                TextDecodingErrorKind.Binary,
                offset,
                $"binary content (control character U+{(int)text[index]:X4} at byte offset {offset}); only text documents can be analysed");
        }
    }

    // C0 controls that never occur in prose; tab, newlines, form feed and escape are allowed.
    private static readonly SearchValues<char> BinaryControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001C\u001D\u001E\u001F");
}
