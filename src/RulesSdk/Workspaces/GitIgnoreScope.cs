using MAB.DotIgnore;

namespace RulesSdk.Workspaces;

/// <summary>
/// The .gitignore files that apply inside one folder: its own and those of the folders above it, up to
/// where the walk started. Patterns are read and matched by MAB.DotIgnore; as in git, each file's patterns
/// are relative to its folder, a deeper file's patterns come after its parents', and the last pattern that
/// matches a path decides (a <c>!pattern</c> re-includes it). A folder that is ignored is not entered,
/// so nothing inside it can be re-included, as git documents.
/// </summary>
internal sealed class GitIgnoreScope
{
    private readonly (string Directory, IReadOnlyList<IgnoreRule> Rules)[] _files;

    private GitIgnoreScope((string, IReadOnlyList<IgnoreRule>)[] files) => _files = files;

    /// <summary>The scope inside <paramref name="directory"/>: <paramref name="parent"/> plus the folder's own .gitignore, if any.</summary>
    public static GitIgnoreScope? Enter(string directory, GitIgnoreScope? parent)
    {
        var file = Path.Combine(directory, ".gitignore");
        IReadOnlyList<IgnoreRule> rules;
        try
        {
            if (!File.Exists(file))
            {
                return parent;
            }

            rules = new IgnoreList(file).Rules;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable ignore file ignores nothing; the files it would hide are then checked.
            return parent;
        }

        if (rules.Count == 0)
        {
            return parent;
        }

        return new GitIgnoreScope([.. parent?._files ?? [], (directory, rules)]);
    }

    /// <summary>Whether the file or folder at <paramref name="fullPath"/> (inside this scope's folder) is ignored.</summary>
    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        var ignored = false;
        foreach (var (directory, rules) in _files)
        {
            var relative = Path.GetRelativePath(directory, fullPath).Replace('\\', '/');
            foreach (var rule in rules)
            {
                var negation = (rule.PatternFlags & PatternFlags.NEGATION) != 0;
                if (ignored == negation && rule.IsMatch(relative, isDirectory))
                {
                    ignored = !negation;
                }
            }
        }

        return ignored;
    }
}
