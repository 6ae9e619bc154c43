using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;
using RulesSdk.Text;

namespace RulesSdk.Workspaces;

/// <summary>
/// Documents loaded from files, folders (recursively, skipping .git and ignored files) and globs.
/// Applying changes writes files atomically, and refuses a file that changed on disk since it was read, and
/// a file found in a folder that a symbolic link leads outside that folder (read, reported, never written).
/// </summary>
public sealed class FolderWorkspace : Workspace
{
    private static readonly char[] GlobCharacters = ['*', '?', '['];

    // WithinFolder: the real folder a found file may be written within (null: named on purpose).
    private readonly ConcurrentDictionary<DocumentId, (string FullPath, byte[] Hash, FileStatus Status, string? WithinFolder)> _origins = new();
    private readonly DateTime _openedAtUtc = DateTime.UtcNow;
    private readonly List<DocumentLoadFailure> _failures = [];
    private readonly List<DocumentWriteFailure> _writeFailures = [];

    private FolderWorkspace(string root, FolderWorkspaceOptions options)
    {
        Root = root;
        Options = options;
    }

    /// <summary>The folder paths are printed relative to.</summary>
    public string Root { get; }

    public FolderWorkspaceOptions Options { get; }

    /// <summary>Files that were named or found but could not be loaded.</summary>
    public IReadOnlyList<DocumentLoadFailure> LoadFailures => _failures;

    /// <summary>Files the last <see cref="Workspace.TryApplyChanges"/> could not write.</summary>
    public IReadOnlyList<DocumentWriteFailure> WriteFailures => _writeFailures;

    /// <summary>Loads every document under <paramref name="root"/>.</summary>
    public static FolderWorkspace Open(string root, FolderWorkspaceOptions? options = null) =>
        Open(root, [root], options);

    /// <summary>Loads the files, folders and globs in <paramref name="paths"/>, printing paths relative to <paramref name="root"/>.</summary>
    public static FolderWorkspace Open(string root, IEnumerable<string> paths, FolderWorkspaceOptions? options = null)
    {
        var workspace = new FolderWorkspace(Path.GetFullPath(root), options ?? FolderWorkspaceOptions.Default);
        var walker = new FolderWalker(workspace.Options.RespectGitIgnore, workspace.ReportIgnorePattern, workspace.ReportUnreadable);
        foreach (var path in paths)
        {
            workspace.Expand(path, walker);
        }

        // Reading and decoding run in parallel; documents and failures keep the sorted file order.
        var ordered = walker.Found.ToArray();
        var loaded = new (TextDocument? Document, DocumentLoadFailure? Failure)[ordered.Length];
        Parallel.For(
            0,
            ordered.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workspace.Options.MaxDegreeOfParallelism) },
            i => loaded[i] = workspace.Load(ordered[i].Path, ordered[i].WithinFolder));
        var documents = new List<TextDocument>(ordered.Length);
        foreach (var (document, failure) in loaded)
        {
            if (failure is not null)
            {
                workspace._failures.Add(failure);
            }

            if (document is not null)
            {
                documents.Add(document);
            }
        }

        workspace.SetCurrent(DocumentSet.Empty.AddDocuments(documents));
        return workspace;
    }

    protected override DocumentSet? ApplyToStore(DocumentSet oldSet, DocumentSet newSet)
    {
        _writeFailures.Clear();
        var applied = newSet;
        var cleanedFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in newSet.Documents)
        {
            var previous = oldSet.GetDocument(document.Id);
            if (previous is null || ReferenceEquals(previous, document) || previous.Text.ContentEquals(document.Text))
            {
                continue;
            }

            if (!_origins.TryGetValue(document.Id, out var origin))
            {
                continue;
            }

            try
            {
                var failure = CheckWritable(document.Path, origin.FullPath, origin.Hash, origin.Status, origin.WithinFolder);
                if (failure is not null)
                {
                    _writeFailures.Add(failure);
                    applied = applied.WithDocument(previous);
                    continue;
                }

                var bytes = document.Text.Encode();
                RemoveStaleTemporaryFiles(origin.FullPath, origin.WithinFolder, cleanedFolders);
                AtomicFile.Replace(origin.FullPath, bytes, origin.Status, Options.BeforeReplaceForTesting, origin.WithinFolder);
                _origins[document.Id] = (origin.FullPath, SHA256.HashData(bytes), FileStatus.TryGet(origin.FullPath) ?? origin.Status, origin.WithinFolder);
            }
            catch (SymbolicLinkOutsideFolderException ex)
            {
                // The link was swapped between the look above and the write: refused as if seen then.
                _writeFailures.Add(LinkOutsideFolder(document.Path, ex.Target));
                applied = applied.WithDocument(previous);
            }
            catch (FileChangedOnDiskException)
            {
                _writeFailures.Add(new DocumentWriteFailure(document.Path, "the file changed on disk since it was read; not overwritten", DocumentWriteFailureKind.ChangedOnDisk));
                applied = applied.WithDocument(previous);
            }
            catch (EncoderFallbackException ex)
            {
                // Writing a replacement character would lose the text; leave the file as it is.
                _writeFailures.Add(new DocumentWriteFailure(document.Path, $"the new text cannot be stored in the file's encoding ({document.Text.Encoding.WebName}): {ex.Message}; not written"));
                applied = applied.WithDocument(previous);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _writeFailures.Add(new DocumentWriteFailure(document.Path, ex.Message));
                applied = applied.WithDocument(previous);
            }
        }

        // Documents that could not be written stay as they are on disk, so memory matches the files.
        return applied;
    }

    /// <summary>
    /// Why a changed document would not be written for its links, known before writing: a file found by
    /// walking a folder whose path leads, through a symbolic link, outside that folder (the link may have
    /// been swapped since the walk: it is resolved again now). Null when its links allow the write; the
    /// other checks (changed on disk, read-only, hard links) are made when writing. For a dry run.
    /// </summary>
    public DocumentWriteFailure? GetLinkRefusal(DocumentId id) =>
        _origins.TryGetValue(id, out var origin) && CurrentDocuments.GetDocument(id) is { } document
            ? CheckLink(document.Path, origin.FullPath, origin.WithinFolder)
            : null;

    private static DocumentWriteFailure? CheckLink(string documentPath, string fullPath, string? withinFolder)
    {
        if (withinFolder is null)
        {
            return null;
        }

        string real;
        try
        {
            real = RealPath.Of(fullPath);
        }
        catch (IOException)
        {
            // A loop of links now: it was a file when read.
            return new DocumentWriteFailure(documentPath, "the file changed on disk since it was read; not overwritten", DocumentWriteFailureKind.ChangedOnDisk);
        }

        return RealPath.IsWithin(real, withinFolder) ? null : LinkOutsideFolder(documentPath, real);
    }

    private static DocumentWriteFailure LinkOutsideFolder(string documentPath, string target) =>
        new(documentPath, SymbolicLinkOutsideFolderException.MessageFor(target), DocumentWriteFailureKind.LinkOutsideFolder);

    /// <summary>Why the file must not be replaced (changed since read, a link out of its folder, read-only, hard-linked), or null.</summary>
    private DocumentWriteFailure? CheckWritable(string documentPath, string fullPath, byte[] hash, FileStatus read, string? withinFolder)
    {
        var changed = new DocumentWriteFailure(documentPath, "the file changed on disk since it was read; not overwritten", DocumentWriteFailureKind.ChangedOnDisk);
        var status = FileStatus.TryGet(fullPath);
        if (status is null || !status.IsUnchangedFrom(read))
        {
            return changed;
        }

        // Read again through BoundedFile, no further than the size it had: a FIFO or a device put in its
        // place since the look above is never waited on nor read without end.
        var bytes = BoundedFile.TryReadAllBytes(fullPath, read.Length, out var failure);
        if (bytes is null)
        {
            return failure!.Kind == DocumentLoadFailureKind.Unreadable
                ? new DocumentWriteFailure(documentPath, $"cannot read the file again to check it did not change: {failure.Message}; not written")
                : changed;
        }

        if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(hash))
        {
            return changed;
        }

        // The same file as read, but outside the folder it was found in: refused before its mode and links
        // are looked at, since --force-readonly must not seem to be the way to write it.
        if (CheckLink(documentPath, fullPath, withinFolder) is { } outside)
        {
            return outside;
        }

        if (!status.OwnerCanWrite && !Options.WriteReadOnlyFiles)
        {
            return new DocumentWriteFailure(documentPath, "the file is read-only; not written", DocumentWriteFailureKind.ReadOnly);
        }

        // A rename gives the path a new inode: the other names of a hard-linked file would keep the old text.
        if (status.LinkCount > 1)
        {
            return new DocumentWriteFailure(documentPath, $"the file has {status.LinkCount} hard links and replacing it would split them; not written (fix a copy, or remove the other links)", DocumentWriteFailureKind.HardLinked);
        }

        return null;
    }

    /// <summary>
    /// Deletes the temporary files an interrupted run (kill -9, power loss) left beside the file: only
    /// regular files named exactly as <see cref="AtomicFile"/> names them, last written before this
    /// workspace was opened (so never a file another run is writing now). Once per folder.
    /// </summary>
    private void RemoveStaleTemporaryFiles(string fullPath, string? withinFolder, HashSet<string> cleanedFolders)
    {
        // The temporary files sit beside the file a symbolic link leads to.
        var target = new FileInfo(fullPath);
        var resolved = (target.LinkTarget is not null ? target.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? fullPath;
        var folder = Path.GetDirectoryName(resolved);
        if (folder is null || !cleanedFolders.Add(folder))
        {
            return;
        }

        // Nothing is deleted outside the folder a found file may be written within (a link swapped since the look).
        try
        {
            if (withinFolder is not null && !RealPath.IsWithin(RealPath.Of(folder), withinFolder))
            {
                return;
            }
        }
        catch (IOException)
        {
            return;
        }

        try
        {
            foreach (var candidate in Directory.EnumerateFiles(folder, "*" + AtomicFile.TemporarySuffix))
            {
                if (AtomicFile.IsOwnTemporaryFile(Path.GetFileName(candidate)) &&
                    FileStatus.TryGet(candidate) is { Kind: FileStatusKind.RegularFile } status &&
                    status.LastWriteTimeUtc < _openedAtUtc &&
                    new FileInfo(candidate).LinkTarget is null)
                {
                    File.Delete(candidate);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale temporary file left in place costs a little disk space, never a document.
        }
    }

    private void Expand(string path, FolderWalker walker)
    {
        var full = Path.GetFullPath(path, Root);
        if (File.Exists(full))
        {
            // A file named explicitly is taken whatever its extension.
            walker.AddFile(full);
            return;
        }

        if (Directory.Exists(full))
        {
            // A folder inside the root is matched from the root, so the root's .gitignore (and those of
            // the folders between) and the exclude globs (relative to the root) apply to it as they do to
            // the whole tree. A folder that is itself ignored but named on purpose is read (as git reads
            // a path given to "git add -f"): its own content is matched from it, not from the root.
            var relative = ToForwardSlashes(Path.GetRelativePath(Root, full));
            var insideRoot = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal);
            GitIgnoreScope? outerScope = null;
            if (insideRoot && relative != "." && !TryGetScopeAbove(relative, out outerScope))
            {
                insideRoot = false;
            }

            var excludes = NewExcludeMatcher(insideRoot ? null : relative);
            var baseDirectory = insideRoot ? Root : full;
            walker.Walk(full, outerScope, file =>
            {
                if (!Options.Extensions.Any(extension => file.EndsWith(extension, StringComparison.Ordinal)))
                {
                    return false;
                }

                return excludes.Match(ToForwardSlashes(Path.GetRelativePath(baseDirectory, file))).HasMatches;
            });
            return;
        }

        if (path.IndexOfAny(GlobCharacters) >= 0)
        {
            if (!ExpandGlob(full, walker))
            {
                _failures.Add(new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, $"no file matches '{path}'"));
            }

            return;
        }

        // A name given in bytes that are not UTF-8 reaches .NET with U+FFFD: no such path, for a reason worth saying.
        _failures.Add(BoundedFile.HasUndecodableName(path)
            ? new DocumentLoadFailure(path, DocumentLoadFailureKind.Unreadable, BoundedFile.UndecodableNameMessage)
            : new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, "no such file or directory"));
    }

    /// <summary>
    /// Walks a glob from its longest wildcard-free folder (<c>/dev/zer*</c>: <c>/dev</c>; <c>../notes/**/*.md</c>:
    /// <c>../notes</c>), not from the root: a glob elsewhere never walks the root's tree, nor reads its ignore files.
    /// Inside the root, paths are matched from the root with the ignore files of the folders between, as a folder
    /// named inside it is; outside, from that folder, as a folder named outside the root is. False when nothing matched.
    /// </summary>
    private bool ExpandGlob(string fullGlob, FolderWalker walker)
    {
        var (baseFolder, pattern) = SplitGlob(fullGlob);
        if (!Directory.Exists(baseFolder))
        {
            return false;
        }

        var relativeBase = ToForwardSlashes(Path.GetRelativePath(Root, baseFolder));
        var insideRoot = !Path.IsPathRooted(relativeBase) && relativeBase != ".." && !relativeBase.StartsWith("../", StringComparison.Ordinal);
        GitIgnoreScope? outerScope = null;
        if (insideRoot && relativeBase != "." && !TryGetScopeAbove(relativeBase, out outerScope))
        {
            // An ignored folder (or one always skipped) on the way: walked from the root, it was never entered.
            return false;
        }

        var matchFrom = insideRoot ? Root : baseFolder;
        var matcher = insideRoot
            ? NewExcludeMatcher(null, ToForwardSlashes(Path.GetRelativePath(Root, fullGlob)))
            : NewExcludeMatcher(relativeBase, pattern);
        var matched = false;
        walker.Walk(baseFolder, outerScope, file =>
        {
            var hit = matcher.Match(ToForwardSlashes(Path.GetRelativePath(matchFrom, file))).HasMatches;
            matched |= hit;
            return hit;
        });
        return matched;
    }

    /// <summary>A full glob path cut before its first segment with a wildcard: the folder to walk, and the pattern under it.</summary>
    private static (string Folder, string Pattern) SplitGlob(string fullGlob)
    {
        var segments = ToForwardSlashes(fullGlob).Split('/');
        var first = Array.FindIndex(segments, segment => segment.IndexOfAny(GlobCharacters) >= 0);
        var folder = string.Join('/', segments[..first]);
        var root = Path.GetPathRoot(fullGlob) ?? "/";
        return (folder.Length == 0 || folder.Length < root.Length ? root : folder, string.Join('/', segments[first..]));
    }

    private static string? RebaseGlob(string glob, string relativeFolder)
    {
        var prefix = relativeFolder.TrimEnd('/') + "/";
        if (glob.StartsWith("**/", StringComparison.Ordinal))
        {
            return glob;
        }

        return glob.StartsWith(prefix, StringComparison.Ordinal) ? glob[prefix.Length..] : null;
    }

    // One warning per ignore file and line, however many walks read the file.
    private void ReportIgnorePattern(string ignoreFile, string why)
    {
        var relative = Path.GetRelativePath(Root, ignoreFile).Replace('\\', '/');
        var failure = new DocumentLoadFailure(relative, DocumentLoadFailureKind.IgnorePattern, why);
        if (!_failures.Contains(failure))
        {
            _failures.Add(failure);
        }
    }

    // A folder that cannot be listed, a link loop: an error for that path, once; the walk goes on.
    private void ReportUnreadable(string fullPath, string why)
    {
        var relative = ToForwardSlashes(Path.GetRelativePath(Root, fullPath));
        var failure = new DocumentLoadFailure(relative, DocumentLoadFailureKind.Unreadable, why);
        if (!_failures.Contains(failure))
        {
            _failures.Add(failure);
        }
    }

    /// <summary>
    /// The ignore files of the root and of the folders between it and <paramref name="relativeFolder"/>;
    /// false when one of those folders, or the folder itself, is ignored (or always skipped).
    /// </summary>
    private bool TryGetScopeAbove(string relativeFolder, out GitIgnoreScope? scope)
    {
        scope = null;
        var current = Root;
        foreach (var segment in relativeFolder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            scope = Options.RespectGitIgnore ? GitIgnoreScope.Enter(current, scope, ReportIgnorePattern) : null;
            current = Path.Join(current, segment);
            if (FolderWalker.IsSkippedFolderName(segment) || (scope?.IsIgnored(current, isDirectory: true) ?? false))
            {
                scope = null;
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Accepts every path but the configured excludes (relative to the root; rebased when a folder outside
    /// it is read on its own); with <paramref name="include"/>, only the paths that glob matches.
    /// </summary>
    private Matcher NewExcludeMatcher(string? rebaseTo, string include = "**/*")
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(include);
        foreach (var exclude in Options.Exclude)
        {
            var glob = rebaseTo is null ? exclude : RebaseGlob(exclude, rebaseTo);
            if (glob is not null)
            {
                matcher.AddExclude(glob);
            }
        }

        return matcher;
    }

    /// <summary>The text of the file <paramref name="stream"/> has open (regular, at most the size limit when opened); null with why not.</summary>
    private (SourceText Text, byte[] Hash)? Read(FileStream stream, string fullPath, long length, out DocumentLoadFailure? failure)
    {
        failure = null;

        // Large UTF-8 files are decoded in two streaming passes, so their bytes are never held
        // beside the text; anything else (a byte order mark, an error to locate) reads the bytes.
        if (length > LargeFileBytes)
        {
            try
            {
                if (SourceText.TryDecodeUtf8File(ThroughHandle(stream, fullPath), out var streamedHash) is { } streamed)
                {
                    return (streamed, streamedHash);
                }
            }
            catch (IOException)
            {
                // Changed while read: fall through to the ordinary read.
            }
        }

        // Bounded: the file may have grown since it was looked at.
        if (BoundedFile.TryReadAtMost(stream, fullPath, Options.MaxFileSizeBytes, out failure) is not { } bytes)
        {
            return null;
        }

        return (SourceText.Decode(bytes, Options.FallbackEncoding), SHA256.HashData(bytes));
    }

    private const long LargeFileBytes = 4 * 1024 * 1024;

    /// <summary>
    /// On Linux, a name that reopens the very file <paramref name="stream"/> holds (checked regular, within
    /// the limit): the path itself may name a FIFO by now, and opening that would wait for a writer.
    /// </summary>
    private static string ThroughHandle(FileStream stream, string fullPath) =>
        OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fd")
            ? $"/proc/self/fd/{stream.SafeFileHandle.DangerousGetHandle()}"
            : fullPath;

    /// <summary>Windows separators become '/'; elsewhere a backslash is part of a file name and stays.</summary>
    private static string ToForwardSlashes(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    private (TextDocument? Document, DocumentLoadFailure? Failure) Load(string fullPath, string? withinFolder)
    {
        var relative = ToForwardSlashes(Path.GetRelativePath(Root, fullPath));
        try
        {
            Options.BeforeReadForTesting?.Invoke(fullPath);

            // BoundedFile decides what is read (and says why not), as for every other file the tools read.
            using var stream = BoundedFile.TryOpen(fullPath, Options.MaxFileSizeBytes, out var status, out var failure);
            if (stream is null || status is null || Read(stream, fullPath, status.Length, out failure) is not ({ } text, { } hash))
            {
                return (null, AsDocumentFailure(failure!, relative));
            }

            var id = DocumentId.FromPath(relative);
            _origins[id] = (fullPath, hash, status, withinFolder);
            return (new TextDocument(
                id,
                relative,
                text,
                declaredLanguage: Options.DocumentLanguage?.Invoke(relative),
                options: Options.DocumentOptions?.Invoke(relative)), null);
        }
        catch (InvalidTextException ex)
        {
            var kind = ex.Kind == TextDecodingErrorKind.Binary ? DocumentLoadFailureKind.Binary : DocumentLoadFailureKind.InvalidEncoding;
            return (null, new DocumentLoadFailure(relative, kind, ex.Kind == TextDecodingErrorKind.Binary ? "skipped: " + ex.Message : ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new DocumentLoadFailure(relative, DocumentLoadFailureKind.Unreadable, ex.Message));
        }
    }

    /// <summary>A <see cref="BoundedFile"/> failure under the document's relative path; a file skipped on purpose says so.</summary>
    private static DocumentLoadFailure AsDocumentFailure(DocumentLoadFailure failure, string relative) =>
        failure with { Path = relative, Message = failure.IsSkip ? "skipped: " + failure.Message : failure.Message };
}
