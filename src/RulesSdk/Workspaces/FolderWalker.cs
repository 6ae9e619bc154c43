namespace RulesSdk.Workspaces;

/// <summary>
/// Finds the files under a folder: skips .git, node_modules, bin and obj, and (when asked) what the
/// .gitignore files on the way ignore. Symbolic links are followed, but each real folder is entered once
/// and each real file is found once, so a link back to an ancestor cannot loop and two names of one
/// file give one document. Folders reached without a link are walked first, so a file keeps the path
/// it has in the tree rather than a link's. Each file found in a folder carries that folder's real path
/// (<see cref="FoundFile.WithinFolder"/>): a link may lead a walk outside it, for reading, never for writing.
/// </summary>
internal sealed class FolderWalker
{
    private static readonly HashSet<string> SkippedFolders = new([".git", "node_modules", "bin", "obj"], StringComparer.Ordinal);

    private readonly bool _respectGitIgnore;

    // Real path -> the path the file is loaded under (a path reached without a link wins, then the first in
    // ordinal order), and the real folder it may be written within (null: named on purpose, written anywhere).
    private readonly Dictionary<string, (string Path, bool ThroughLink, string? WithinFolder)> _files = new(StringComparer.Ordinal);

    private readonly Action<string, string>? _reportIgnorePattern;

    private readonly Action<string, string>? _reportUnreadable;

    /// <param name="respectGitIgnore">Whether the .gitignore files on the way hide files.</param>
    /// <param name="reportIgnorePattern">Told of each ignore pattern left out (the ignore file, why).</param>
    /// <param name="reportUnreadable">
    /// Told of each folder that cannot be listed and each link loop that would be a document (the full
    /// path, why): what they hold is not checked, and the walk goes on.
    /// </param>
    public FolderWalker(bool respectGitIgnore, Action<string, string>? reportIgnorePattern = null, Action<string, string>? reportUnreadable = null)
    {
        _respectGitIgnore = respectGitIgnore;
        _reportIgnorePattern = reportIgnorePattern;
        _reportUnreadable = reportUnreadable;
    }

    /// <summary>What a link loop is called in messages.</summary>
    public const string LinkLoopMessage = "a loop of symbolic links (more than 40 links in a row); not read";

    /// <summary>Every file found, once per real file, in ordinal order of the paths they are loaded under, each with the folder it may be written within.</summary>
    public IEnumerable<FoundFile> Found =>
        _files.Values.Select(f => new FoundFile(f.Path, f.WithinFolder)).OrderBy(f => f.Path, StringComparer.Ordinal);

    public static bool IsSkippedFolderName(string name) => SkippedFolders.Contains(name);

    /// <summary>Adds a file named on purpose (taken whatever the ignore files say).</summary>
    public void AddFile(string fullPath)
    {
        string real;
        try
        {
            real = RealPath.Of(fullPath);
        }
        catch (IOException)
        {
            // File.Exists is true for a link loop (it falls back to lstat); it names no file.
            _reportUnreadable?.Invoke(fullPath, LinkLoopMessage);
            return;
        }

        Add(real, fullPath, throughLink: false, withinFolder: null);
    }

    /// <summary>
    /// Walks <paramref name="folder"/>, adding the files <paramref name="include"/> accepts (it gets full paths).
    /// <paramref name="outerScope"/> holds the ignore files of the folders above it that apply.
    /// </summary>
    public void Walk(string folder, GitIgnoreScope? outerScope, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);

        // Per walk: another path given on the command line may walk the same folders with another filter.
        var visitedFolders = new HashSet<string>(StringComparer.Ordinal);
        string realFolder;
        try
        {
            realFolder = RealPath.Of(folder);
        }
        catch (IOException)
        {
            _reportUnreadable?.Invoke(folder, LinkLoopMessage);
            return;
        }

        var direct = new Stack<(string Path, string Real, GitIgnoreScope? Scope, bool ThroughLink)>();
        var linked = new Queue<(string Path, GitIgnoreScope? Scope)>();
        if (visitedFolders.Add(realFolder))
        {
            direct.Push((folder, realFolder, outerScope, false));
        }

        while (true)
        {
            if (!direct.TryPop(out var current))
            {
                if (!linked.TryDequeue(out var link))
                {
                    return;
                }

                // Only now, once the tree itself is walked, does a linked folder add what it alone reaches.
                string real;
                try
                {
                    real = RealPath.Of(link.Path);
                }
                catch (IOException)
                {
                    _reportUnreadable?.Invoke(link.Path, LinkLoopMessage);
                    continue;
                }

                if (!visitedFolders.Add(real))
                {
                    continue;
                }

                current = (link.Path, real, link.Scope, true);
            }

            var scope = _respectGitIgnore ? GitIgnoreScope.Enter(current.Path, current.Scope, _reportIgnorePattern) : null;
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(current.Path).GetFileSystemInfos();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Its files are not checked; the rest of the tree is.
                _reportUnreadable?.Invoke(current.Path, "cannot list the folder: " + WhyNotListed(current.Path, ex));
                continue;
            }

            // In name order, so which of two links to one folder is followed does not depend on the file system.
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var entry in entries)
            {
                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                if (entry is DirectoryInfo)
                {
                    if (SkippedFolders.Contains(entry.Name) || (scope?.IsIgnored(entry.FullName, isDirectory: true) ?? false))
                    {
                        continue;
                    }

                    if (isLink)
                    {
                        linked.Enqueue((entry.FullName, scope));
                    }
                    else if (visitedFolders.Add(Path.Join(current.Real, entry.Name)))
                    {
                        direct.Push((entry.FullName, Path.Join(current.Real, entry.Name), scope, current.ThroughLink));
                    }

                    continue;
                }

                if ((scope?.IsIgnored(entry.FullName, isDirectory: false) ?? false) || !include(entry.FullName))
                {
                    continue;
                }

                string realFile;
                try
                {
                    realFile = isLink ? RealPath.Of(entry.FullName) : Path.Join(current.Real, entry.Name);
                }
                catch (IOException)
                {
                    // A link loop names no file: told, as a file that cannot be read is.
                    _reportUnreadable?.Invoke(entry.FullName, LinkLoopMessage);
                    continue;
                }

                Add(realFile, entry.FullName, current.ThroughLink || isLink, realFolder);
            }
        }
    }

    private static string WhyNotListed(string folder, Exception ex) =>
        ex switch
        {
            _ when BoundedFile.HasUndecodableName(folder) && !Directory.Exists(folder) => BoundedFile.UndecodableNameMessage,
            UnauthorizedAccessException => "permission denied; the files in it are not checked",
            DirectoryNotFoundException => "it was removed while the tree was walked",
            _ => ex.Message,
        };

    private void Add(string real, string path, bool throughLink, string? withinFolder)
    {
        if (_files.TryGetValue(real, out var known))
        {
            // Written if any way it was reached allows it: named on purpose, or inside the folder walked.
            var within = Allows(known.WithinFolder, real) ? known.WithinFolder : Allows(withinFolder, real) ? withinFolder : known.WithinFolder;
            var keepPath = (known.ThroughLink, throughLink) switch
            {
                (false, true) => true,
                (true, false) => false,
                _ => string.CompareOrdinal(known.Path, path) <= 0,
            };
            _files[real] = keepPath ? known with { WithinFolder = within } : (path, throughLink, within);
            return;
        }

        _files[real] = (path, throughLink, withinFolder);
    }

    private static bool Allows(string? withinFolder, string real) => withinFolder is null || RealPath.IsWithin(real, withinFolder);
}

/// <summary>A file a walk found: the path it is loaded under, and the real path of the folder whose walk found it (null for a file named on purpose).</summary>
/// <param name="WithinFolder">
/// Where the file may be written: a link that leads outside this folder (when found, or by the time it is
/// written) is read but never written. Null: the file was named on purpose and is written through its links.
/// </param>
internal readonly record struct FoundFile(string Path, string? WithinFolder);
