using System.Globalization;
using System.Text;

namespace RulesSdk.LanguageServer.Framing;

/// <summary>
/// Reads LSP base-protocol frames (<c>Content-Length: N\r\n\r\n</c> then N bytes) from a stream.
/// Bad headers give a frame with an error instead of throwing, so the reader can go on.
/// </summary>
internal sealed class FrameReader(Stream stream)
{
    private const int MaxHeaderBytes = 8 * 1024;
    private const int MaxBodyBytes = 64 * 1024 * 1024;
    private const string LengthHeader = "Content-Length:";
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    // The start of the next header line when skipping a refused body stopped on a header glued to it.
    private string? _pendingLine;

    /// <summary>The next frame, or null at the end of the stream.</summary>
    public async Task<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        int? refused = null;
        string? error = null;
        var sawHeader = false;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return sawHeader ? new Frame(null, "the stream ended inside the headers") : null;
            }

            if (line.Length == 0)
            {
                if (!sawHeader)
                {
                    // Stray blank lines between frames are tolerated.
                    continue;
                }

                break;
            }

            // Resynchronise after a broken frame: a header glued to leftover bytes still counts.
            var glued = line.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
            if (glued > 0)
            {
                line = line[glued..];
                error = null;
            }

            sawHeader = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                error ??= $"malformed header line '{Truncate(line)}'";
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= MaxBodyBytes)
                {
                    length = parsed;
                    refused = null;
                }
                else if (parsed > MaxBodyBytes)
                {
                    // Refused, but its body is still on the stream: skipped below, else it would be read as headers.
                    length = null;
                    refused = parsed;
                    error ??= string.Create(CultureInfo.InvariantCulture, $"Content-Length {parsed} is over the {MaxBodyBytes}-byte limit; the message was skipped");
                }
                else
                {
                    error ??= $"invalid Content-Length '{Truncate(value)}'";
                }
            }
        }

        if (length is null)
        {
            if (refused is { } skip && !await SkipBodyAsync(skip, cancellationToken).ConfigureAwait(false))
            {
                return new Frame(null, "the stream ended inside a message body");
            }

            return new Frame(null, error ?? "missing Content-Length header");
        }

        var body = new byte[length.Value];
        var read = 0;
        while (read < body.Length)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return new Frame(null, "the stream ended inside a message body");
            }

            var take = Math.Min(_end - _start, body.Length - read);
            Buffer.BlockCopy(_buffer, _start, body, read, take);
            _start += take;
            read += take;
        }

        return new Frame(body, error);
    }

    /// <summary>
    /// Passes over a refused body without keeping it. A client that sent less than it announced has its next
    /// header glued to what it sent: a "Content-Length:" met on the way ends the skip there, so that message is read.
    /// False when the stream ends first.
    /// </summary>
    private async Task<bool> SkipBodyAsync(int length, CancellationToken cancellationToken)
    {
        var remaining = length;
        var matched = 0;
        while (remaining > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var b = (char)_buffer[_start++];
            remaining--;
            // No proper prefix of the header name recurs inside it, so a mismatch restarts at its first letter.
            matched = char.ToLowerInvariant(b) == char.ToLowerInvariant(LengthHeader[matched]) ? matched + 1
                : char.ToLowerInvariant(b) == 'c' ? 1 : 0;
            if (matched == LengthHeader.Length)
            {
                _pendingLine = LengthHeader;
                return true;
            }
        }

        return true;
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        if (_pendingLine is not null)
        {
            line.AddRange(Encoding.ASCII.GetBytes(_pendingLine));
            _pendingLine = null;
        }

        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return line.Count == 0 ? null : Encoding.ASCII.GetString([.. line]);
            }

            var b = _buffer[_start++];
            if (b == (byte)'\n')
            {
                if (line.Count > 0 && line[^1] == (byte)'\r')
                {
                    line.RemoveAt(line.Count - 1);
                }

                return Encoding.ASCII.GetString([.. line]);
            }

            if (line.Count < MaxHeaderBytes)
            {
                line.Add(b);
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        return _end > 0;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
