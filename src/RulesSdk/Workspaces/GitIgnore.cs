using Microsoft.Extensions.FileSystemGlobbing;

namespace RulesSdk.Workspaces;

/// <summary>
/// The common subset of .gitignore (globs, directory patterns, anchored patterns, comments) mapped
/// onto FileSystemGlobbing. Negations (!pattern) are not supported and are ignored.
/// </summary>
internal static class GitIgnore
{
    public static void AddExcludes(Matcher matcher, string root)
    {
        var file = Path.Combine(root, ".gitignore");
        if (!File.Exists(file))
        {
            return;
        }

        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('!'))
            {
                continue;
            }

            var anchored = line.StartsWith('/') || line.TrimEnd('/').Contains('/');
            var pattern = line.Trim('/');
            var prefix = anchored ? string.Empty : "**/";
            matcher.AddExclude(prefix + pattern);
            matcher.AddExclude(prefix + pattern + "/**");
        }
    }
}
