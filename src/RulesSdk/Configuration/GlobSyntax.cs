namespace RulesSdk.Configuration;

/// <summary>
/// Checks a configuration glob against what Microsoft.Extensions.FileSystemGlobbing matches: paths
/// relative to the configuration's folder, <c>*</c> within a segment and <c>**</c> as a whole segment.
/// Anything else would silently match nothing (or something else), so it is reported.
/// </summary>
public static class GlobSyntax
{
    /// <summary>Why <paramref name="glob"/> is malformed, or null when it is a glob the matcher understands.</summary>
    public static string? FindProblem(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        if (string.IsNullOrWhiteSpace(glob))
        {
            return "an empty glob matches nothing";
        }

        if (glob.StartsWith('/') || Path.IsPathRooted(glob))
        {
            return $"'{glob}' is an absolute path; globs are relative to the configuration file's folder";
        }

        if (glob.IndexOfAny(['[', ']', '{', '}']) >= 0)
        {
            return $"'{glob}': character classes [..] and braces {{..}} are not supported (only * and **)";
        }

        foreach (var segment in glob.Split('/'))
        {
            if (segment.Contains("**", StringComparison.Ordinal) && segment != "**")
            {
                return $"'{glob}': ** must be a whole path segment (like docs/**/*.md)";
            }
        }

        return null;
    }
}
