namespace RulesSdk.Dsl;

/// <summary>
/// Which files a pack may read through <c>import</c> and <c>list … from</c>: those in the folder
/// tree of its own rule files, or under an allowed root (<see cref="RulePackOptions.AllowedRoots"/>).
/// Symbolic links are resolved first, so a link inside the pack cannot reach <c>/proc/self/environ</c>
/// or a key file; a hostile pack otherwise read any file and echoed it in its errors.
/// </summary>
internal sealed class PackFileAccess
{
    private readonly List<string> _roots;

    public PackFileAccess(IEnumerable<string> sourcePaths, IEnumerable<string> allowedRoots)
    {
        _roots = [.. sourcePaths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p)) ?? Path.GetFullPath(p))
            .Concat(allowedRoots.Select(Path.GetFullPath))
            .Select(root => RealPath(root, 0))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Why <paramref name="path"/> may not be read, or null when it may.</summary>
    public string? Refusal(string path)
    {
        var real = RealPath(Path.GetFullPath(path), 0);
        if (real is not null && _roots.Any(root => IsUnder(real, root)))
        {
            return null;
        }

        var linked = real is null ? " (its links loop)" : !string.Equals(real, Path.GetFullPath(path), StringComparison.Ordinal) ? $" (it resolves to {real})" : string.Empty;
        return $"'{path}' is outside the pack's folder{linked}; rule packs read only files under their own folder or an allowed root (--rules-root)";
    }

    private static bool IsUnder(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>
    /// The path with every symbolic link along it resolved (.NET has no realpath): each existing
    /// component that is a link is replaced by its target, itself resolved; null when links loop.
    /// </summary>
    private static string? RealPath(string fullPath, int links)
    {
        const int MaxLinks = 40;
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    return null;
                }

                var resolved = RealPath(Path.GetFullPath(target, current), links + 1);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }
            else if (!info.Exists)
            {
                return Path.GetFullPath(Path.Combine([next, .. parts[(i + 1)..]]));
            }

            current = next;
        }

        return current;
    }
}
