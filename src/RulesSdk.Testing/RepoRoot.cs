namespace RulesSdk.Testing;

/// <summary>Finds the repository root: the nearest folder up from a start folder that holds a <c>*.sln</c> file or <c>.git</c>.</summary>
public static class RepoRoot
{
    /// <summary>The root above <paramref name="start"/>, else above the current directory, else above the test assembly; null when none.</summary>
    public static string? Find(string? start = null)
    {
        foreach (var candidate in new[] { start, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            if (string.IsNullOrEmpty(candidate))
            {
                continue;
            }

            for (var dir = new DirectoryInfo(Path.GetFullPath(candidate)); dir is not null; dir = dir.Parent)
            {
                if (!dir.Exists)
                {
                    continue;
                }

                if (dir.EnumerateFiles("*.sln").Any() || dir.EnumerateFiles("*.slnx").Any() || Directory.Exists(Path.Combine(dir.FullName, ".git")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary><paramref name="path"/> if absolute, else resolved against the repository root.</summary>
    /// <exception cref="VerificationException">The path is relative and no repository root is found.</exception>
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var root = Find() ?? throw new VerificationException($"Cannot resolve '{path}': no repository root (a folder with a .sln file) above {Directory.GetCurrentDirectory()}.");
        return Path.GetFullPath(Path.Combine(root, path));
    }
}
