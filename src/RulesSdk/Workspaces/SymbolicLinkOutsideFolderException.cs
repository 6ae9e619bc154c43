namespace RulesSdk.Workspaces;

/// <summary>
/// A file found by walking a folder is, through a symbolic link, a file outside that folder (or became one
/// since it was found); it was not written.
/// </summary>
public sealed class SymbolicLinkOutsideFolderException : IOException
{
    public SymbolicLinkOutsideFolderException(string path, string target, string folder)
        : base($"{path}: {MessageFor(target)}")
    {
        Path = path;
        Target = target;
        Folder = folder;
    }

    /// <summary>The path written to (the link's path, or a path through a linked folder).</summary>
    public string Path { get; }

    /// <summary>The real path the link leads to, every link on the way resolved.</summary>
    public string Target { get; }

    /// <summary>The real path of the folder the file was found in, which the target is outside of.</summary>
    public string Folder { get; }

    /// <summary>The text of the refusal, without the path: the same for the workspace's failures and the CLI's errors.</summary>
    public static string MessageFor(string target) =>
        $"a symbolic link to {target}, outside the folder being fixed; not written (run fix on that file by name to fix it)";
}
