using Mono.Unix;

namespace RulesSdk.Workspaces;

/// <summary>
/// Writes files so that a crash leaves either the old or the new content, never half of one: a
/// regular file (or a new one) is written to a temporary file beside it, then renamed over it. A
/// special file that exists (a device such as <c>/dev/null</c>, a FIFO, <c>/dev/stdout</c> into a
/// pipe) is written in place: renaming over it would replace the device with a regular file.
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of the temporary files; <see cref="IsOwnTemporaryFile"/> recognises their whole name.</summary>
    public const string TemporarySuffix = ".docrules-tmp";

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream it is given, as
    /// <see cref="WriteAllBytes"/> does, without holding the content in memory: a report of any size is
    /// written as it is produced. When <paramref name="write"/> throws, a regular file is left as it was.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var status = FileStatus.TryGet(full);
        if (status is { Kind: FileStatusKind.Directory })
        {
            throw new IOException($"'{path}' is a folder");
        }

        if (status is { Kind: not FileStatusKind.RegularFile })
        {
            WriteInPlace(full, write);
            return;
        }

        Replace(full, write, expected: null, beforeRename: null);
    }

    /// <summary>
    /// Replaces a regular file through a temporary file that keeps its permissions and owner. With
    /// <paramref name="expected"/>, the file's identity, size and modification time are compared with it
    /// immediately before the rename, and a file changed meanwhile is left alone.
    /// </summary>
    /// <param name="beforeRename">Called with the temporary file's path once it is complete (a test hook for races).</param>
    /// <exception cref="FileChangedOnDiskException">The file is not the one <paramref name="expected"/> describes any more.</exception>
    public static void Replace(string path, byte[] bytes, FileStatus? expected, Action<string>? beforeRename)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Replace(path, stream => stream.Write(bytes), expected, beforeRename, withinFolder: null);
    }

    /// <summary>
    /// As <see cref="Replace(string, byte[], FileStatus?, Action{string}?)"/>; with <paramref name="withinFolder"/>
    /// (a real path, every link resolved), the file is written only if its real path, resolved now, lies within
    /// that folder, and the folder the temporary file sits in is resolved again immediately before the rename.
    /// </summary>
    /// <exception cref="SymbolicLinkOutsideFolderException">A symbolic link on the path leads outside <paramref name="withinFolder"/>.</exception>
    public static void Replace(string path, byte[] bytes, FileStatus? expected, Action<string>? beforeRename, string? withinFolder)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Replace(path, stream => stream.Write(bytes), expected, beforeRename, withinFolder);
    }

    /// <summary>As <see cref="Replace(string, byte[], FileStatus?, Action{string}?)"/>, the content written by <paramref name="write"/>.</summary>
    public static void Replace(string path, Action<Stream> write, FileStatus? expected, Action<string>? beforeRename) =>
        Replace(path, write, expected, beforeRename, withinFolder: null);

    /// <summary>As <see cref="Replace(string, byte[], FileStatus?, Action{string}?, string?)"/>, the content written by <paramref name="write"/>.</summary>
    public static void Replace(string path, Action<Stream> write, FileStatus? expected, Action<string>? beforeRename, string? withinFolder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);

        // Write through a symbolic link to its target, so the link stays a link. Confined to a folder, every
        // link on the way is resolved (a linked folder too) and the result must still lie within it: the
        // link seen when the file was found may have been swapped since.
        var given = path;
        path = withinFolder is null ? ResolveLinks(Path.GetFullPath(path)) : ResolveWithin(given, Path.GetFullPath(path), withinFolder);
        var directory = Path.GetDirectoryName(path) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && FileStatus.TryGet(path) is { } original)
            {
                // The replacement keeps the original's owner (when run as root) and permissions (an
                // executable script stays executable); the owner first, since chown clears set-id bits.
                KeepOwner(temporary, original);
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            beforeRename?.Invoke(temporary);

            // A folder on the way swapped for a link out of the folder since the resolution above: refused.
            // The rename replaces the last name itself, never what a link there leads to.
            if (withinFolder is not null)
            {
                ResolveWithin(given, path, withinFolder);
            }

            // The last look before the rename: the window left is these checks and the rename itself.
            if (expected is not null && (FileStatus.TryGet(path) is not { } current || !current.IsUnchangedFrom(expected)))
            {
                throw new FileChangedOnDiskException(path);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>True for a name this class gives its temporary files: <c>.NAME.GUID.docrules-tmp</c> (GUID: 32 lower-case hex digits).</summary>
    public static bool IsOwnTemporaryFile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        const int GuidLength = 32;
        if (!fileName.StartsWith('.') || !fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = fileName[..^TemporarySuffix.Length];
        var dot = stem.Length - GuidLength - 1;
        return dot > 1 && stem[dot] == '.' && stem[(dot + 1)..].All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
    }

    private static void WriteInPlace(string path, Action<Stream> write)
    {
        // No truncation and no lock: a device or a pipe is written as a shell redirection writes it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        write(stream);
    }

    private static void KeepOwner(string temporary, FileStatus original)
    {
        var created = FileStatus.TryGet(temporary);
        if (created is null || (created.OwnerUserId == original.OwnerUserId && created.OwnerGroupId == original.OwnerGroupId))
        {
            return;
        }

        try
        {
            new UnixFileInfo(temporary).SetOwner(original.OwnerUserId, original.OwnerGroupId);
        }
        catch (Exception ex) when (ex is UnixIOException or InvalidOperationException)
        {
            throw new IOException($"cannot give the new file the original's owner ({original.OwnerUserId}:{original.OwnerGroupId}): {ex.Message}; not written", ex);
        }
    }

    private static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : path;
    }

    /// <summary>The real path of <paramref name="full"/>, which must lie within <paramref name="withinFolder"/>.</summary>
    /// <exception cref="SymbolicLinkOutsideFolderException">It does not.</exception>
    private static string ResolveWithin(string given, string full, string withinFolder)
    {
        var real = RealPath.Of(full);
        if (!RealPath.IsWithin(real, withinFolder))
        {
            throw new SymbolicLinkOutsideFolderException(given, real, withinFolder);
        }

        return real;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original is intact; a stray temporary file is the lesser harm.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
