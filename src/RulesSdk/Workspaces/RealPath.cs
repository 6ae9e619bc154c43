namespace RulesSdk.Workspaces;

/// <summary>
/// The path of a file or folder with every symbolic link on the way resolved (what realpath(3)
/// returns), so two names of one file compare equal.
/// </summary>
internal static class RealPath
{
    // As Linux's ELOOP limit: a longer chain is a loop for all practical purposes.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <exception cref="IOException">The links form a loop.</exception>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[resolved.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            var candidate = Path.Join(resolved, segment);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                resolved = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links at '{path}'");
            }

            // Go on from the link's target: its own segments are resolved in turn, before the rest.
            var targetPath = Path.GetFullPath(target, resolved);
            var targetRoot = Path.GetPathRoot(targetPath)!;
            foreach (var step in targetPath[targetRoot.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(step);
            }

            resolved = targetRoot;
        }

        return resolved;
    }

    /// <summary>
    /// Whether the real path <paramref name="realPath"/> is <paramref name="realFolder"/> or lies under it (both
    /// already resolved by <see cref="Of"/>): a plain comparison of path segments, so <c>/a/bc</c> is not under <c>/a/b</c>.
    /// </summary>
    public static bool IsWithin(string realPath, string realFolder)
    {
        ArgumentNullException.ThrowIfNull(realPath);
        ArgumentNullException.ThrowIfNull(realFolder);

        // Windows compares names without case; elsewhere a different case is another name (a false refusal at worst).
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var folder = Path.TrimEndingDirectorySeparator(realFolder);
        if (string.Equals(realPath, folder, comparison) || string.Equals(realPath, realFolder, comparison))
        {
            return true;
        }

        // A root ("/", C:\) keeps its separator when trimmed; every other folder gets one added.
        var prefix = folder.Length > 0 && Array.IndexOf(Separators, folder[^1]) >= 0 ? folder : folder + Path.DirectorySeparatorChar;
        return realPath.StartsWith(prefix, comparison);
    }
}
