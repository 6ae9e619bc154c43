using System.Text;

namespace RulesSdk.Cli.Tests.TestSupport;

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docrules-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes UTF-8 without a byte order mark, exactly as given (no newline translation).</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Read(string relative) => File.ReadAllText(Combine(relative));

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(Combine(relative));

    /// <summary>Writes the test pack (<see cref="TestPack"/>) as rules/test.rules.</summary>
    public string WriteTestPack() => Write(TestPack.RelativePath, TestPack.Text);

    public Task<CliResult> RunAsync(params string[] args) => DocRulesProcess.RunAsync(Path, args);

    public Task<CliResult> RunWithStdinAsync(string stdin, params string[] args) => DocRulesProcess.RunWithStdinAsync(Path, stdin, args);

    public Task<CliResult> RunWithStdinAsync(byte[] stdin, params string[] args) => DocRulesProcess.RunWithStdinAsync(Path, stdin, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file: the OS cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
