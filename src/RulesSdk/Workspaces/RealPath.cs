using System.Diagnostics.CodeAnalysis;

namespace RulesSdk.Workspaces;

/// <summary>
/// Real paths, and whether one lies under a folder: the one containment check of the SDK (the workspace and
/// <c>fix</c>, rule packs' <c>import</c> and <c>list … from</c>, the language server's writes and per-folder
/// settings). A path's real path has every symbolic link on the way resolved (what realpath(3) returns), so two
/// names of one file compare equal and a link cannot smuggle a file from elsewhere into a folder.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The path is made full first (<see cref="Path.GetFullPath(string)"/>: relative to the current folder,
/// <c>.</c> and <c>..</c> removed by name, as the path is written), then each component that exists and is a
/// symbolic link (or a Windows junction) is replaced by its target, a relative target taken from the link's own
/// real folder, and the target's components resolved in turn.</item>
/// <item><b>Missing tail.</b> Components that do not exist are kept as written: the real path of a file about to
/// be created is its folder's real path and its name (realpath(3) fails instead). A dangling link is followed to
/// its target's path all the same, so it is judged by where it points.</item>
/// <item><b>Loops.</b> More than <see cref="MaxLinks"/> links followed in one resolution (Linux's ELOOP limit,
/// counted over the whole path) is a loop: <see cref="Of"/> throws <see cref="IOException"/>,
/// <see cref="TryOf"/> returns false and <see cref="IsUnder"/> answers false (it fails closed).</item>
/// <item>Names compare without case on Windows only; elsewhere another case is another name (at worst a
/// false refusal on a case-insensitive volume, never a false acceptance on a case-sensitive one).</item>
/// </list>
/// </remarks>
public static class RealPath
{
    /// <summary>The number of links one resolution may follow; a longer chain is a loop for all practical purposes.</summary>
    public const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>The full path of <paramref name="path"/> with every symbolic link on the way resolved.</summary>
    /// <exception cref="IOException">The links form a loop (more than <see cref="MaxLinks"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">A folder on the way cannot be searched.</exception>
    /// <exception cref="ArgumentException">The path is empty or holds a NUL.</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
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

    /// <summary>As <see cref="Of"/>, false instead of an exception when the links loop or the path cannot be resolved.</summary>
    public static bool TryOf(string path, [NotNullWhen(true)] out string? realPath)
    {
        try
        {
            realPath = Of(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            realPath = null;
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="path"/>, every link resolved, is <paramref name="folder"/> (resolved too) or lies
    /// under it. False when either cannot be resolved (a loop): a containment check that cannot tell says no.
    /// </summary>
    public static bool IsUnder(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        return TryOf(path, out var realPath) && TryOf(folder, out var realFolder) && IsWithin(realPath, realFolder);
    }

    /// <summary>
    /// Whether the real path <paramref name="realPath"/> is <paramref name="realFolder"/> or lies under it (both
    /// already resolved by <see cref="Of"/>; nothing is read from disk): a comparison of whole path segments, so
    /// <c>/a/bc</c> is not under <c>/a/b</c>, and <c>/a/b/..c</c> is.
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
