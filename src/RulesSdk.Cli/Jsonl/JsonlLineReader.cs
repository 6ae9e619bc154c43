using System.Buffers;
using System.IO.Pipelines;

namespace RulesSdk.Cli.Jsonl;

/// <summary>
/// Splits a byte stream into lines at <c>\n</c> (a <c>\r</c> before it is dropped), holding at most
/// <c>maxLineBytes</c> of a line: a longer line is consumed and discarded as it arrives and comes back as
/// <see cref="JsonlLine.IsTooLong"/>, and reading resumes at the next newline. A UTF-8 byte order mark at
/// the start of the stream is skipped.
/// </summary>
public sealed class JsonlLineReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly PipeReader _reader;
    private readonly long _maxLineBytes;
    private bool _atStart = true;

    public JsonlLineReader(Stream input, long maxLineBytes)
        : this(input, maxLineBytes, pool: null)
    {
    }

    /// <param name="pool">Where the read buffers come from (tests count what is held at once).</param>
    internal JsonlLineReader(Stream input, long maxLineBytes, MemoryPool<byte>? pool)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _reader = PipeReader.Create(input, new StreamPipeReaderOptions(pool, bufferSize: 1 << 16, leaveOpen: true));
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The next line, or null at the end of the stream.</summary>
    public async ValueTask<JsonlLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        long scanned = 0;
        long skipped = 0;
        var skipping = false;
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (_atStart)
            {
                if (buffer.Length < ByteOrderMark.Length && !result.IsCompleted)
                {
                    // Too few bytes yet to tell whether the stream starts with a byte order mark.
                    _reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                _atStart = false;
                if (StartsWithByteOrderMark(buffer))
                {
                    _reader.AdvanceTo(buffer.GetPosition(ByteOrderMark.Length));
                    continue;
                }
            }

            // Only the bytes not searched yet are searched again: a long line costs one pass.
            var newline = buffer.Slice(scanned).PositionOf((byte)'\n');
            if (skipping)
            {
                if (newline is not { } end)
                {
                    skipped += buffer.Length;
                    _reader.AdvanceTo(buffer.End);
                    if (result.IsCompleted)
                    {
                        return new JsonlLine(null, skipped);
                    }

                    continue;
                }

                skipped += buffer.Slice(0, end).Length;
                _reader.AdvanceTo(buffer.GetPosition(1, end));
                return new JsonlLine(null, skipped);
            }

            if (newline is { } position)
            {
                var line = buffer.Slice(0, position);
                JsonlLine read = line.Length > _maxLineBytes ? new JsonlLine(null, line.Length) : Copy(line);
                _reader.AdvanceTo(buffer.GetPosition(1, position));
                return read;
            }

            if (buffer.Length > _maxLineBytes)
            {
                // Over the limit before its end: drop what arrived and every byte up to the newline.
                skipping = true;
                skipped = buffer.Length;
                scanned = 0;
                _reader.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    return new JsonlLine(null, skipped);
                }

                continue;
            }

            if (result.IsCompleted)
            {
                if (buffer.IsEmpty)
                {
                    await _reader.CompleteAsync().ConfigureAwait(false);
                    return null;
                }

                var last = Copy(buffer);
                _reader.AdvanceTo(buffer.End);
                return last;
            }

            scanned = buffer.Length;
            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool StartsWithByteOrderMark(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < ByteOrderMark.Length)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[3];
        buffer.Slice(0, ByteOrderMark.Length).CopyTo(head);
        return head.SequenceEqual(ByteOrderMark);
    }

    private static JsonlLine Copy(ReadOnlySequence<byte> line)
    {
        var bytes = line.ToArray();
        var length = bytes.Length;
        if (length > 0 && bytes[length - 1] == '\r')
        {
            Array.Resize(ref bytes, length - 1);
        }

        return new JsonlLine(bytes, bytes.Length);
    }
}
