using RulesSdk.Cli.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>
/// Round 15: <c>docrules fix .</c> in a cloned repository holding <c>docs/note.txt -> ~/.bashrc</c> must not edit
/// the file outside: <c>check</c> reads it, <c>fix</c> refuses it as it refuses a hard-linked file (an error naming
/// the link's target, exit 2, listed as not written) and writes every other file; a file named on purpose is
/// written through its link; <c>--dry-run</c> and <c>--diff</c> say the same without writing.
/// </summary>
public sealed class FixLinkOutsideFolderTests : IDisposable
{
    private const string Before = "Vladimir Zelensky a parlé.\n";
    private const string After = "Volodymyr Zelensky a parlé.\n";
    private readonly TempFolder _folder = new();
    private readonly TempFolder _outside = new();

    public FixLinkOutsideFolderTests() => _folder.WriteTestPack();

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    /// <summary>docs/a.txt inside, docs/note.txt a link to a file outside the folder; returns the outside file.</summary>
    private string LinkOutside()
    {
        _folder.Write("docs/a.txt", Before);
        var secret = _outside.Write("bashrc.txt", Before);
        File.CreateSymbolicLink(_folder.Combine("docs/note.txt"), secret);
        return secret;
    }

    private static string Refusal(string path, string target) =>
        $"{path}: error: a symbolic link to {RealPath.Of(target)}, outside the folder being fixed; not written (run fix on that file by name to fix it)";

    [SkippableFact]
    public async Task Fix_AFolder_DoesNotWriteALinkToAFileOutsideIt_AndWritesTheRest()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links made in temp folders: Linux only");
        var secret = LinkOutside();
        var bytes = File.ReadAllBytes(secret);

        var result = await _folder.RunAsync(TestPack.With("fix", "."));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal([Refusal("docs/note.txt", secret)], result.StderrLines);
        Assert.Equal(
            ["docs/a.txt(1,1): TL0002: Use Volodymyr", "docs/note.txt(1,1): TL0002: Use Volodymyr (not written)", "Applied 1 fix in 1 file, 1 file not written."],
            result.StdoutLines);
        Assert.Equal(bytes, File.ReadAllBytes(secret));
        Assert.Equal(After, _folder.Read("docs/a.txt"));
        Assert.Equal(secret, new FileInfo(_folder.Combine("docs/note.txt")).LinkTarget);
        Assert.Empty(Directory.GetFiles(_outside.Path, "*" + AtomicFile.TemporarySuffix));
    }

    [SkippableFact]
    public async Task Fix_AFolder_DoesNotWriteThroughALinkedFolderOutsideIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links made in temp folders: Linux only");
        _folder.Write("docs/a.txt", Before);
        var shared = _outside.Write("other-repo/guide.txt", Before);
        Directory.CreateSymbolicLink(_folder.Combine("docs/shared"), "../../" + Path.GetFileName(_outside.Path) + "/other-repo");

        var result = await _folder.RunAsync(TestPack.With("fix", "docs"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal([Refusal("docs/shared/guide.txt", shared)], result.StderrLines);
        Assert.Equal("Applied 1 fix in 1 file, 1 file not written.", result.StdoutLines[^1]);
        Assert.Equal(Before, File.ReadAllText(shared));
        Assert.Equal(After, _folder.Read("docs/a.txt"));
    }

    [SkippableFact]
    public async Task Check_AFolder_ReadsAndReportsTheLinkedFileOutsideIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links made in temp folders: Linux only");
        LinkOutside();

        var result = await _folder.RunAsync(TestPack.With("check", "docs", "--severity-threshold", "info"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.StdoutLines, l => l.StartsWith("docs/note.txt(1,1): info TL0002", StringComparison.Ordinal));
        Assert.DoesNotContain("symbolic link", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Fix_ALinkNamedOnPurpose_IsWrittenThroughTheLink()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links made in temp folders: Linux only");
        var secret = LinkOutside();

        var result = await _folder.RunAsync(TestPack.With("fix", "docs/note.txt", "docs"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(After, File.ReadAllText(secret));
        Assert.Equal(After, _folder.Read("docs/a.txt"));
        Assert.Equal(secret, new FileInfo(_folder.Combine("docs/note.txt")).LinkTarget);
    }

    [SkippableFact]
    public async Task Fix_ALinkToAFileInsideTheFolder_WritesTheRealFileOnce()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links made in temp folders: Linux only");
        var real = _folder.Write("docs/a.txt", Before);
        File.CreateSymbolicLink(_folder.Combine("docs/alias.txt"), "a.txt");

        var result = await _folder.RunAsync(TestPack.With("fix", "docs"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Applied 1 fix in 1 file.", result.StdoutLines[^1]);
        Assert.Equal(After, File.ReadAllText(real));
        Assert.Equal("a.txt", new FileInfo(_folder.Combine("docs/alias.txt")).LinkTarget);
    }

    [SkippableFact]
    public async Task DryRun_SaysTheLinkWouldNotBeWritten_AndWritesNothing()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links made in temp folders: Linux only");
        var secret = LinkOutside();

        var result = await _folder.RunAsync(TestPack.With("fix", ".", "--dry-run"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal([Refusal("docs/note.txt", secret)], result.StderrLines);
        Assert.Equal(
            ["docs/a.txt(1,1): TL0002: Use Volodymyr", "docs/note.txt(1,1): TL0002: Use Volodymyr (not written)", "Would apply 1 fix in 1 file, 1 file not written."],
            result.StdoutLines);
        Assert.Equal(Before, File.ReadAllText(secret));
        Assert.Equal(Before, _folder.Read("docs/a.txt"));
    }

    [SkippableFact]
    public async Task Diff_LeavesTheRefusedLinkOut_AndSaysWhy()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links made in temp folders: Linux only");
        var secret = LinkOutside();

        var result = await _folder.RunAsync(TestPack.With("fix", ".", "--diff"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(Refusal("docs/note.txt", secret), result.StderrLines);
        Assert.Contains("docs/note.txt(1,1): TL0002: Use Volodymyr (not written)", result.StderrLines);
        Assert.Contains("--- a/docs/a.txt", result.StdoutLines);
        Assert.DoesNotContain("note.txt", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(Before, File.ReadAllText(secret));
        Assert.Equal(Before, _folder.Read("docs/a.txt"));
    }
}
