namespace RulesSdk.Testing;

/// <summary>
/// The files under a test folder, walked through its real sub-folders only: a symbolic link to a folder is not followed,
/// so a link to /usr/share/doc or back up the tree ("up -> ..") can neither make <c>docrules test</c> write snapshots
/// outside the pack nor loop. Folders that cannot be read are skipped. Paths come in ordinal order.
/// </summary>
internal static class SnapshotFolderWalker
{
    public static IEnumerable<string> EnumerateFiles(string folder, string pattern)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current, pattern, options));
            foreach (var child in Directory.EnumerateDirectories(current, "*", options))
            {
                if (new DirectoryInfo(child).LinkTarget is null)
                {
                    pending.Push(child);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
