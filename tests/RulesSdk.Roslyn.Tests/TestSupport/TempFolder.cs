namespace RulesSdk.Roslyn.Tests.TestSupport;

/// <summary>A folder of its own under the temp path, deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docrules-roslyn-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public string Combine(string relativePath) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process of the test may still hold a file; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
