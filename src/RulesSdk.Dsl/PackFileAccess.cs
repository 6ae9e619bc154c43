using RulesSdk.Workspaces;

namespace RulesSdk.Dsl;

/// <summary>
/// Which files a pack may read through <c>import</c> and <c>list … from</c>: those in the folder
/// tree of its own rule files, or under an allowed root (<see cref="RulePackOptions.AllowedRoots"/>).
/// Symbolic links are resolved first (<see cref="RealPath"/>, the SDK's one containment check), so a link
/// inside the pack cannot reach <c>/proc/self/environ</c> or a key file; a hostile pack otherwise read any
/// file and echoed it in its errors. A path whose links loop is refused; a root whose links loop allows nothing.
/// </summary>
internal sealed class PackFileAccess
{
    private readonly List<string> _roots;

    public PackFileAccess(IEnumerable<string> sourcePaths, IEnumerable<string> allowedRoots)
    {
        _roots = [.. sourcePaths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p)) ?? Path.GetFullPath(p))
            .Concat(allowedRoots.Select(Path.GetFullPath))
            .Select(root => RealPath.TryOf(root, out var real) ? real : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Why <paramref name="path"/> may not be read, or null when it may.</summary>
    public string? Refusal(string path)
    {
        var full = Path.GetFullPath(path);
        string? real;
        string? unresolved = null;
        try
        {
            real = RealPath.Of(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            real = null;
            unresolved = ex is IOException ? " (its links loop)" : " (a folder on its way cannot be searched)";
        }

        if (real is not null && _roots.Any(root => RealPath.IsWithin(real, root)))
        {
            return null;
        }

        var linked = unresolved ?? (!string.Equals(real, full, StringComparison.Ordinal) ? $" (it resolves to {real})" : string.Empty);
        return $"'{path}' is outside the pack's folder{linked}; rule packs read only files under their own folder or an allowed root (--rules-root)";
    }
}
