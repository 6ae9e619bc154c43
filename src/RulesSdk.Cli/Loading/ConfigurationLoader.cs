using RulesSdk.Configuration;

namespace RulesSdk.Cli.Loading;

/// <summary>Finds and reads <c>.docrules.json</c>: the file named with <c>--config</c>, else the nearest one upward.</summary>
public static class ConfigurationLoader
{
    /// <exception cref="CliException">The named file is missing, or a configuration file is malformed.</exception>
    public static DocRulesConfiguration Load(string? explicitPath, string? firstPath, string currentDirectory)
    {
        string? path;
        if (explicitPath is not null)
        {
            path = Path.GetFullPath(explicitPath, currentDirectory);
            if (!File.Exists(path))
            {
                throw new CliException($"{explicitPath}: error: configuration file not found");
            }
        }
        else
        {
            path = DocRulesConfiguration.Find(SearchDirectory(firstPath, currentDirectory));
        }

        if (path is null)
        {
            return DocRulesConfiguration.Empty with { BaseDirectory = currentDirectory, DocumentRoot = currentDirectory };
        }

        try
        {
            // Documents are named relative to the current folder; the configuration re-bases them for its globs.
            return DocRulesConfiguration.Load(path) with { DocumentRoot = currentDirectory };
        }
        catch (ConfigurationException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>Where the upward search starts: the folder of the first path (a glob's fixed prefix), or the current folder.</summary>
    public static string SearchDirectory(string? firstPath, string currentDirectory)
    {
        if (string.IsNullOrEmpty(firstPath) || firstPath == "-")
        {
            return currentDirectory;
        }

        var wildcard = firstPath.IndexOfAny(['*', '?', '[']);
        var fixedPart = wildcard >= 0 ? firstPath[..wildcard] : firstPath;
        var full = Path.GetFullPath(fixedPart.Length == 0 ? "." : fixedPart, currentDirectory);
        if (wildcard >= 0 && !Directory.Exists(full))
        {
            full = Path.GetDirectoryName(full) ?? currentDirectory;
        }

        if (File.Exists(full))
        {
            return Path.GetDirectoryName(full) ?? currentDirectory;
        }

        // A path that does not exist is reported later; search from its nearest existing parent.
        var directory = new DirectoryInfo(full);
        while (directory is not null && !directory.Exists)
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? currentDirectory;
    }
}
