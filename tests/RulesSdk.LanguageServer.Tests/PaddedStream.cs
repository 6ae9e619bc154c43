namespace RulesSdk.LanguageServer.Tests;

/// <summary>A read-only stream of a head, many copies of one byte, then a tail: a huge input made up as it is read.</summary>
internal sealed class PaddedStream(byte[] head, long fill, byte fillByte, byte[] tail) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => head.Length + fill + tail.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < Length)
        {
            buffer[offset + written] = _position < head.Length ? head[_position]
                : _position < head.Length + fill ? fillByte
                : tail[_position - head.Length - fill];
            written++;
            _position++;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
