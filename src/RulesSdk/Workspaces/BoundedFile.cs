using System.Globalization;

namespace RulesSdk.Workspaces;

/// <summary>
/// Reads a file that is not a workspace document (a rule file, a configuration, a snapshot input) under
/// the policy documents follow: regular files only, looked at before they are opened (opening a FIFO
/// blocks until a writer comes, a device such as /dev/zero never ends), and at most a given size,
/// counted again while reading (a file can grow after it was looked at, and on Windows every existing
/// path looks like a regular file).
/// </summary>
public static class BoundedFile
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// The bytes of <paramref name="path"/>, or null with why not: <see cref="DocumentLoadFailureKind.NotFound"/>,
    /// <see cref="DocumentLoadFailureKind.NotRegularFile"/>, <see cref="DocumentLoadFailureKind.TooLarge"/> or
    /// <see cref="DocumentLoadFailureKind.Unreadable"/> (the failure's path is <paramref name="path"/>; its message does not repeat it).
    /// </summary>
    public static byte[]? TryReadAllBytes(string path, long maxBytes, out DocumentLoadFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        failure = null;
        try
        {
            var status = FileStatus.TryGet(path);
            if (status is null)
            {
                failure = new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, "no such file or directory");
                return null;
            }

            if (status.Kind != FileStatusKind.RegularFile)
            {
                failure = new DocumentLoadFailure(path, DocumentLoadFailureKind.NotRegularFile, $"{status.Describe()}, not a regular file; only regular files are read");
                return null;
            }

            if (status.Length > maxBytes)
            {
                failure = TooLarge(path, string.Create(CultureInfo.InvariantCulture, $"{status.Length:N0} bytes"), maxBytes);
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);

            // One byte past the limit is enough to know the file is over it.
            var bytes = ReadAtMost(stream, maxBytes == long.MaxValue ? maxBytes : maxBytes + 1);
            if (bytes.Length > maxBytes)
            {
                failure = TooLarge(path, string.Create(CultureInfo.InvariantCulture, $"more than {maxBytes:N0} bytes"), maxBytes);
                return null;
            }

            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = new DocumentLoadFailure(path, DocumentLoadFailureKind.Unreadable, ex.Message);
            return null;
        }
    }

    /// <summary>The stream's bytes, at most <paramref name="limit"/> of them: the rest is left unread (an endless stream, a file that grows).</summary>
    public static byte[] ReadAtMost(Stream input, long limit)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        while (buffer.Length < limit)
        {
            var read = input.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>"the 10 MB limit (10,485,760 bytes)" for whole mebibytes, otherwise "the 1,000-byte limit": how limits are named in messages.</summary>
    public static string DescribeLimit(long bytes) => bytes > 0 && bytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"the {bytes / (1024 * 1024)} MB limit ({bytes:N0} bytes)")
        : string.Create(CultureInfo.InvariantCulture, $"the {bytes:N0}-byte limit");

    private static DocumentLoadFailure TooLarge(string path, string size, long maxBytes) =>
        new(path, DocumentLoadFailureKind.TooLarge, $"{size}, larger than {DescribeLimit(maxBytes)}");
}
