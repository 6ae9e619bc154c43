using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;
using RulesSdk.Text;

namespace RulesSdk.Workspaces;

/// <summary>
/// Documents loaded from files, folders (recursively, skipping .git and ignored files) and globs.
/// Applying changes writes files atomically, and refuses a file that changed on disk since it was read.
/// </summary>
public sealed class FolderWorkspace : Workspace
{
    private readonly ConcurrentDictionary<DocumentId, (string FullPath, byte[] Hash)> _origins = new();
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
        var walker = new FolderWalker(workspace.Options.RespectGitIgnore);
        foreach (var path in paths)
        {
            workspace.Expand(path, walker);
        }

        // Reading and decoding run in parallel; documents and failures keep the sorted file order.
        var ordered = walker.Files.ToArray();
        var loaded = new (TextDocument? Document, DocumentLoadFailure? Failure)[ordered.Length];
        Parallel.For(
            0,
            ordered.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workspace.Options.MaxDegreeOfParallelism) },
            i => loaded[i] = workspace.Load(ordered[i]));
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
                var onDisk = File.ReadAllBytes(origin.FullPath);
                if (!SHA256.HashData(onDisk).AsSpan().SequenceEqual(origin.Hash))
                {
                    _writeFailures.Add(new DocumentWriteFailure(document.Path, "the file changed on disk since it was read; not overwritten"));
                    applied = applied.WithDocument(previous);
                    continue;
                }

                var bytes = document.Text.Encode();
                AtomicFile.WriteAllBytes(origin.FullPath, bytes);
                _origins[document.Id] = (origin.FullPath, SHA256.HashData(bytes));
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
            var relative = Path.GetRelativePath(Root, full).Replace('\\', '/');
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

                return excludes.Match(Path.GetRelativePath(baseDirectory, file).Replace('\\', '/')).HasMatches;
            });
            return;
        }

        if (path.IndexOfAny(['*', '?', '[']) >= 0)
        {
            var matcher = NewExcludeMatcher(null, Path.GetRelativePath(Root, full).Replace('\\', '/'));
            var matched = false;
            walker.Walk(Root, null, file =>
            {
                var hit = matcher.Match(Path.GetRelativePath(Root, file).Replace('\\', '/')).HasMatches;
                matched |= hit;
                return hit;
            });
            if (!matched)
            {
                _failures.Add(new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, $"no file matches '{path}'"));
            }

            return;
        }

        _failures.Add(new DocumentLoadFailure(path, DocumentLoadFailureKind.NotFound, "no such file or directory"));
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
            scope = Options.RespectGitIgnore ? GitIgnoreScope.Enter(current, scope) : null;
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

    private (SourceText Text, byte[] Hash) Read(string fullPath, long length)
    {
        // Large UTF-8 files are decoded in two streaming passes, so their bytes are never held
        // beside the text; anything else (a byte order mark, an error to locate) reads the bytes.
        if (length > LargeFileBytes)
        {
            try
            {
                if (SourceText.TryDecodeUtf8File(fullPath, out var streamedHash) is { } streamed)
                {
                    return (streamed, streamedHash);
                }
            }
            catch (IOException)
            {
                // Changed while read: fall through to the ordinary read.
            }
        }

        var bytes = File.ReadAllBytes(fullPath);
        return (SourceText.Decode(bytes, Options.FallbackEncoding), SHA256.HashData(bytes));
    }

    private const long LargeFileBytes = 4 * 1024 * 1024;

    private (TextDocument? Document, DocumentLoadFailure? Failure) Load(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > Options.MaxFileSizeBytes)
            {
                return (null, new DocumentLoadFailure(relative, DocumentLoadFailureKind.TooLarge, $"skipped: {info.Length:N0} bytes is over the {Options.MaxFileSizeBytes:N0}-byte limit"));
            }

            var (text, hash) = Read(fullPath, info.Length);
            var id = DocumentId.FromPath(relative);
            _origins[id] = (fullPath, hash);
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
}
