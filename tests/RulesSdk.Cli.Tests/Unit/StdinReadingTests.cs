using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.Unit;

/// <summary>Standard input is read up to the size limit and no further: an endless input was read whole first.</summary>
public sealed class StdinReadingTests
{
    [Fact]
    public void ReadAtMost_AnEndlessStream_StopsAtTheLimit()
    {
        using var endless = new EndlessStream();

        var bytes = BoundedFile.ReadAtMost(endless, 200_001);

        Assert.Equal(200_001, bytes.Length);
        Assert.True(endless.Served <= 200_001 + (64 * 1024), $"{endless.Served} bytes were read");
    }

    [Fact]
    public void ReadAtMost_AShortStream_ReturnsAllOfIt()
    {
        using var input = new MemoryStream([1, 2, 3]);

        Assert.Equal([1, 2, 3], BoundedFile.ReadAtMost(input, 10));
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'y');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
