using System.Buffers;
using System.Text;
using RulesSdk.Cli.Jsonl;

namespace RulesSdk.Cli.Tests.Unit.Jsonl;

public sealed class JsonlLineReaderTests
{
    [Fact]
    public async Task ReadLine_SplitsAtNewlines_DropsCarriageReturnsAndTheByteOrderMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a\r\n\nbé\nlast")).ToArray();
        var reader = new JsonlLineReader(new MemoryStream(bytes), maxLineBytes: 100);

        var lines = await ReadAllAsync(reader);

        Assert.Equal(["a", "", "bé", "last"], lines.Select(l => Encoding.UTF8.GetString(l.Utf8!)));
    }

    [Fact]
    public async Task ReadLine_ALineOverTheLimit_IsSkippedWithoutBeingHeld_AndReadingResumesAtTheNextLine()
    {
        const long longLine = 20L * 1024 * 1024;
        const long limit = 1024 * 1024;
        var pool = new CountingPool();
        using var input = new GeneratedStream(longLine, "\n{\"id\":2}\nend");
        var reader = new JsonlLineReader(input, limit, pool);

        var lines = await ReadAllAsync(reader);

        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].IsTooLong);
        Assert.Equal(longLine, lines[0].Length);
        Assert.Equal("{\"id\":2}", Encoding.UTF8.GetString(lines[1].Utf8!));
        Assert.Equal("end", Encoding.UTF8.GetString(lines[2].Utf8!));
        // The 20 MB line never sat in memory: the pipe held at most the limit and one read buffer beyond it.
        Assert.InRange(pool.PeakBytes, 1, limit + (256 * 1024));
    }

    [Fact]
    public async Task ReadLine_ALongLineWithoutANewlineAtTheEnd_IsReportedTooLong()
    {
        using var input = new GeneratedStream(5000, string.Empty);
        var reader = new JsonlLineReader(input, maxLineBytes: 1000);

        var line = Assert.Single(await ReadAllAsync(reader));

        Assert.True(line.IsTooLong);
        Assert.Equal(5000, line.Length);
    }

    [Fact]
    public async Task ReadLine_ALineOfExactlyTheLimit_IsRead()
    {
        var reader = new JsonlLineReader(new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 64) + "\n")), maxLineBytes: 64);

        var line = Assert.Single(await ReadAllAsync(reader));

        Assert.False(line.IsTooLong);
        Assert.Equal(64, line.Utf8!.Length);
    }

    private static async Task<List<JsonlLine>> ReadAllAsync(JsonlLineReader reader)
    {
        var lines = new List<JsonlLine>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary><c>length</c> bytes of 'a' made as they are read, then <c>tail</c>: a huge line that never exists whole.</summary>
    private sealed class GeneratedStream(long length, string tail) : Stream
    {
        private readonly byte[] _tail = Encoding.UTF8.GetBytes(tail);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = length + _tail.Length;
            var n = (int)Math.Min(count, total - _position);
            for (var i = 0; i < n; i++, _position++)
            {
                buffer[offset + i] = _position < length ? (byte)'a' : _tail[_position - length];
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Hands out buffers and records the most bytes rented at one time.</summary>
    private sealed class CountingPool : MemoryPool<byte>
    {
        private long _rented;

        public long PeakBytes { get; private set; }

        public override int MaxBufferSize => int.MaxValue;

        public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
        {
            var size = Math.Max(minBufferSize, 4096);
            lock (this)
            {
                _rented += size;
                PeakBytes = Math.Max(PeakBytes, _rented);
            }

            return new Owner(this, new byte[size]);
        }

        protected override void Dispose(bool disposing)
        {
        }

        private void Return(int size)
        {
            lock (this)
            {
                _rented -= size;
            }
        }

        private sealed class Owner(CountingPool pool, byte[] array) : IMemoryOwner<byte>
        {
            private bool _returned;

            public Memory<byte> Memory => array;

            public void Dispose()
            {
                if (!_returned)
                {
                    _returned = true;
                    pool.Return(array.Length);
                }
            }
        }
    }
}
