namespace RulesSdk.Workspaces;

/// <summary>A file changed on disk (another process wrote, replaced or truncated it) after it was read; it was not overwritten.</summary>
public sealed class FileChangedOnDiskException : IOException
{
    public FileChangedOnDiskException(string path)
        : base($"{path}: the file changed on disk since it was read; not overwritten")
    {
        Path = path;
    }

    public string Path { get; }
}
