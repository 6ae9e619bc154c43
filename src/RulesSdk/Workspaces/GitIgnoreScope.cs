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

    // MAB.DotIgnore turns a pattern into a backtracking regular expression without a time limit: with
    // several '*' around one repeated letter ("*a*a*a*a*a*c.md") a long file name takes exponential time
    // (10 wildcards: over two minutes for one name). Such a pattern is left out and reported.
    internal const int MostWildcards = 3;

    // Each pattern is compiled on its own (0.2–2 ms): a 100,000-line ignore file took 20 s and 1.3 GB.
    internal const int MostPatterns = 10_000;

    /// <summary>
    /// The scope inside <paramref name="directory"/>: <paramref name="parent"/> plus the folder's own .gitignore,
    /// if any. A pattern left out is told to <paramref name="reportLeftOut"/> (the ignore file's path, why).
    /// </summary>
    public static GitIgnoreScope? Enter(string directory, GitIgnoreScope? parent, Action<string, string>? reportLeftOut = null)
    {
        var file = Path.Combine(directory, ".gitignore");
        IReadOnlyList<IgnoreRule> rules;
        try
        {
            if (!File.Exists(file))
            {
                return parent;
            }

            if (Patterns(file, reportLeftOut) is not { } patterns)
            {
                return parent;
            }

            rules = new IgnoreList(patterns).Rules;
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

    // An ignore file is read as rule files are: a FIFO or a device named .gitignore hung the walk.
    internal const long MostBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The lines of <paramref name="file"/> that are safe to give MAB.DotIgnore; null when it cannot be read
    /// (not a regular file, too large: reported, and it ignores nothing, as an unreadable ignore file does).
    /// </summary>
    internal static List<string>? Patterns(string file, Action<string, string>? reportLeftOut)
    {
        if (BoundedFile.TryReadAllBytes(file, MostBytes, out var failure) is not { } bytes)
        {
            // An unreadable one stays silent, as it was; one that would have hung or filled memory is told.
            if (failure?.Kind is DocumentLoadFailureKind.NotRegularFile or DocumentLoadFailureKind.TooLarge)
            {
                reportLeftOut?.Invoke(file, $"cannot be read ({failure?.Message}); it ignores nothing, and the files it would hide are checked");
            }

            return null;
        }

        var patterns = new List<string>();
        var number = 0;
        // Decoded as File.ReadLines decodes (byte order marks, replacement characters, any line break).
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            number++;
            var pattern = line.Trim();
            if (pattern.Length == 0 || pattern[0] == '#')
            {
                continue;
            }

            if (patterns.Count == MostPatterns)
            {
                reportLeftOut?.Invoke(file, $"line {number} and after: more than {MostPatterns:N0} patterns; the rest are left out (each costs a compiled regular expression), and the files they would hide are checked");
                break;
            }

            if (Wildcards(pattern) > MostWildcards)
            {
                reportLeftOut?.Invoke(file, $"line {number}: '{pattern}' has more than {MostWildcards} '*' wildcards; left out (matching it could take exponential time), and the files it would hide are checked");
                continue;
            }

            patterns.Add(line);
        }

        return patterns;
    }

    // A run of stars ("**") counts once: it is one wildcard.
    private static int Wildcards(string pattern)
    {
        var count = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && (i == 0 || pattern[i - 1] != '*'))
            {
                count++;
            }
        }

        return count;
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
