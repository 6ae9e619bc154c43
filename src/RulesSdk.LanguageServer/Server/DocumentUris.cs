namespace RulesSdk.LanguageServer.Server;

/// <summary>LSP URIs and local paths.</summary>
internal static class DocumentUris
{
    /// <summary>
    /// The full local path of a <c>file:</c> URI; null for any other URI, and for a file URI that names no
    /// usable path (a NUL from <c>%00</c>): such a document is analysed in memory, as an <c>untitled:</c> one.
    /// </summary>
    public static string? ToLocalPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            var local = parsed.LocalPath;
            return local.Contains('\0', StringComparison.Ordinal) ? null : Path.GetFullPath(local);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or InvalidOperationException)
        {
            return null;
        }
    }

    public static string FromLocalPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="path"/> is <paramref name="folder"/> or inside it, symbolic links resolved
    /// (<see cref="Workspaces.RealPath.IsUnder"/>): a document reached through a link that leads out of a workspace
    /// folder is not that folder's, and gets no <c>.docrules.json</c> written for it. False when the links loop.
    /// </summary>
    public static bool IsUnder(string path, string folder) => Workspaces.RealPath.IsUnder(path, folder);
}
