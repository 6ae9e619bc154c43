using System.Globalization;
using Microsoft.Win32.SafeHandles;
using Mono.Unix;
using Mono.Unix.Native;

namespace RulesSdk.Workspaces;

/// <summary>
/// Reads a file (a workspace document, a rule file, a configuration, a snapshot input) under one policy,
/// the only place that decides it: regular files only, looked at before they are opened (opening a FIFO
/// blocks until a writer comes, a device such as /dev/zero never ends) and opened without blocking, then
/// looked at again through the open handle (the path may have been replaced meanwhile); at most a given
/// size, counted again while reading (a file can grow after it was looked at, and on Windows every
/// existing path looks like a regular file). Its failures carry the messages every caller shows.
/// </summary>
public static class BoundedFile
{
    /// <summary>Why a file whose name .NET could not decode is not read (no "skipped: " prefix; the caller's path shows the name).</summary>
    public const string UndecodableNameMessage = "its name is not valid UTF-8 (shown with U+FFFD), so it cannot be opened; rename it to have it read";

    private const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// The bytes of <paramref name="path"/>, or null with why not: <see cref="DocumentLoadFailureKind.NotFound"/>,
    /// <see cref="DocumentLoadFailureKind.NotRegularFile"/>, <see cref="DocumentLoadFailureKind.TooLarge"/> or
    /// <see cref="DocumentLoadFailureKind.Unreadable"/> (the failure's path is <paramref name="path"/>; its message does not repeat it).
    /// </summary>
    public static byte[]? TryReadAllBytes(string path, long maxBytes, out DocumentLoadFailure? failure) =>
        TryReadAllBytes(path, maxBytes, out _, out failure);

    /// <summary>As <see cref="TryReadAllBytes(string, long, out DocumentLoadFailure?)"/>, with the status the file had when it was opened.</summary>
    public static byte[]? TryReadAllBytes(string path, long maxBytes, out FileStatus? status, out DocumentLoadFailure? failure)
    {
        using var stream = TryOpen(path, maxBytes, out status, out failure);
        return stream is null ? null : TryReadAtMost(stream, path, maxBytes, out failure);
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading when it is a regular file of at most <paramref name="maxBytes"/>
    /// bytes, never waiting on a FIFO; null with why not, as <see cref="TryReadAllBytes(string, long, out DocumentLoadFailure?)"/> says.
    /// <paramref name="status"/> is the file's status, looked at before it was opened.
    /// </summary>
    public static FileStream? TryOpen(string path, long maxBytes, out FileStatus? status, out DocumentLoadFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        failure = null;
        status = null;
        try
        {
            var found = FileStatus.TryGet(path);
            if (found is null)
            {
                // On Linux .NET decodes a name that is not UTF-8 with U+FFFD, then finds nothing by that name.
                failure = HasUndecodableName(path)
                    ? new DocumentLoadFailure(path, DocumentLoadFailureKind.Unreadable, UndecodableNameMessage)
                    : new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, "no such file or directory");
                return null;
            }

            failure = Check(path, found, maxBytes);
            if (failure is not null)
            {
                return null;
            }

            var stream = OperatingSystem.IsWindows()
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan)
                : OpenWithoutBlocking(path, found, maxBytes, out failure);
            status = stream is null ? null : found;
            return stream;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = new DocumentLoadFailure(path, DocumentLoadFailureKind.Unreadable, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The bytes of an opened file, at most <paramref name="maxBytes"/>; null with a <see cref="DocumentLoadFailureKind.TooLarge"/>
    /// failure when it holds more (it grew after it was looked at), or an <see cref="DocumentLoadFailureKind.Unreadable"/> one.
    /// </summary>
    public static byte[]? TryReadAtMost(Stream stream, string path, long maxBytes, out DocumentLoadFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        failure = null;
        try
        {
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

    /// <summary>True when <paramref name="path"/> holds U+FFFD where, off Windows, the file system had bytes that are not UTF-8.</summary>
    internal static bool HasUndecodableName(string path) => !OperatingSystem.IsWindows() && path.Contains('\uFFFD', StringComparison.Ordinal);

    private static DocumentLoadFailure? Check(string path, FileStatus status, long maxBytes)
    {
        if (status.Kind != FileStatusKind.RegularFile)
        {
            return new DocumentLoadFailure(path, DocumentLoadFailureKind.NotRegularFile, $"{status.Describe()}, not a regular file; only regular files are read");
        }

        return status.Length > maxBytes
            ? TooLarge(path, string.Create(CultureInfo.InvariantCulture, $"{status.Length:N0} bytes"), maxBytes)
            : null;
    }

    /// <summary>
    /// open(2) with O_NONBLOCK, so a FIFO put in the file's place since it was looked at does not wait for
    /// a writer; the open file is then looked at again (fstat) and refused unless it is still that file.
    /// </summary>
    private static FileStream? OpenWithoutBlocking(string path, FileStatus expected, long maxBytes, out DocumentLoadFailure? failure)
    {
        failure = null;
        var descriptor = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC);
        if (descriptor < 0)
        {
            var errno = Stdlib.GetLastError();
            if (errno == Errno.ENOENT)
            {
                // Removed since it was looked at.
                failure = new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, "no such file or directory");
                return null;
            }

            throw new IOException($"cannot open the file: {UnixMarshal.GetErrorDescription(errno)}");
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            if (Syscall.fstat(descriptor, out var opened) != 0)
            {
                throw new IOException($"cannot look at the opened file: {UnixMarshal.GetErrorDescription(Stdlib.GetLastError())}");
            }

            if ((opened.st_mode & FilePermissions.S_IFMT) != FilePermissions.S_IFREG ||
                (long)opened.st_dev != expected.Device || (long)opened.st_ino != expected.Inode)
            {
                // Replaced between the look and the open: judged as what is there now.
                failure = FileStatus.TryGet(path) is { } now
                    ? Check(path, now, maxBytes) ?? new DocumentLoadFailure(path, DocumentLoadFailureKind.Unreadable, "the file was replaced while it was opened; try again")
                    : new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, "no such file or directory");
                handle.Dispose();
                return null;
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static DocumentLoadFailure TooLarge(string path, string size, long maxBytes) =>
        new(path, DocumentLoadFailureKind.TooLarge, $"{size}, larger than {DescribeLimit(maxBytes)}");
}
