using Mono.Unix;

namespace RulesSdk.Workspaces;

/// <summary>
/// What the file system says about a path (following symbolic links), read with <c>stat</c> through
/// Mono.Unix on Unix and from <see cref="FileInfo"/> on Windows: its kind, identity (device and inode),
/// size, modification time, owner and link count. Used to skip special files before opening them and
/// to notice a file that changed between reading and writing.
/// </summary>
public sealed record FileStatus(
    FileStatusKind Kind,
    long Device,
    long Inode,
    long Length,
    DateTime LastWriteTimeUtc,
    long LinkCount,
    long OwnerUserId,
    long OwnerGroupId,
    bool OwnerCanWrite)
{
    /// <summary>The status of <paramref name="path"/>, or null when nothing is there (or a link leads nowhere).</summary>
    public static FileStatus? TryGet(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Directory.Exists(path) ? new FileStatus(FileStatusKind.Directory, 0, 0, 0, DateTime.MinValue, 1, 0, 0, true) : null;
            }

            return new FileStatus(FileStatusKind.RegularFile, 0, 0, info.Length, info.LastWriteTimeUtc, 1, 0, 0, !info.IsReadOnly);
        }

        try
        {
            var unix = new UnixFileInfo(path);
            if (!unix.Exists)
            {
                return null;
            }

            var kind = unix.FileType switch
            {
                FileTypes.RegularFile => FileStatusKind.RegularFile,
                FileTypes.Directory => FileStatusKind.Directory,
                FileTypes.Fifo => FileStatusKind.Fifo,
                FileTypes.Socket => FileStatusKind.Socket,
                FileTypes.CharacterDevice => FileStatusKind.CharacterDevice,
                FileTypes.BlockDevice => FileStatusKind.BlockDevice,
                _ => FileStatusKind.Other,
            };
            return new FileStatus(
                kind,
                unix.Device,
                unix.Inode,
                unix.Length,
                unix.LastWriteTimeUtc,
                unix.LinkCount,
                unix.OwnerUserId,
                unix.OwnerGroupId,
                unix.FileAccessPermissions.HasFlag(FileAccessPermissions.UserWrite));
        }
        catch (UnixIOException ex)
        {
            throw new IOException(ex.Message, ex);
        }
    }

    /// <summary>True when this and <paramref name="other"/> are the same file with the same size and modification time.</summary>
    public bool IsUnchangedFrom(FileStatus other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind && Device == other.Device && Inode == other.Inode && Length == other.Length && LastWriteTimeUtc == other.LastWriteTimeUtc;
    }

    /// <summary>"a FIFO (named pipe)", "a character device"…, for messages.</summary>
    public string Describe() => Kind switch
    {
        FileStatusKind.RegularFile => "a regular file",
        FileStatusKind.Directory => "a folder",
        FileStatusKind.Fifo => "a FIFO (named pipe)",
        FileStatusKind.Socket => "a socket",
        FileStatusKind.CharacterDevice => "a character device",
        FileStatusKind.BlockDevice => "a block device",
        _ => "a special file",
    };
}
