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

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
