using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, item 7: FIFOs and devices, named or found in a folder, are skipped with a warning and never opened.</summary>
public sealed class SpecialFileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public SpecialFileInputTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_NamedFifo_IsSkippedWithAWarning_WithoutWaitingForAWriter()
    {
        Shell.Must(_folder.Path, "mkfifo", "pipe.md");

        var result = await _folder.RunAsync(TestPack.With("check", "pipe.md"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["pipe.md: warning: skipped: a FIFO (named pipe), not a regular file; only regular files are read"], result.StderrLines);
        Assert.Equal("0 files, 0 warnings, 0 errors, 0 info, 1 skipped", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Check_FifoFoundInAFolder_IsSkipped_AndTheOtherFilesAreChecked()
    {
        _folder.Write("docs/ok.md", "Je suis ravi de partager que, oui.\n");
        Shell.Must(_folder.Path, "mkfifo", "docs/pipe.md");

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("docs/pipe.md: warning: skipped: a FIFO (named pipe), not a regular file; only regular files are read", result.StderrLines);
        Assert.Equal("1 file, 1 warning, 0 errors, 0 info, 1 skipped", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Check_DevZero_IsSkipped_NotRead()
    {
        var result = await _folder.RunAsync(TestPack.With("check", "/dev/zero"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.StderrLines, l => l.EndsWith("dev/zero: warning: skipped: a character device, not a regular file; only regular files are read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fix_DevNull_IsSkipped_AndStaysADevice()
    {
        var result = await _folder.RunAsync(TestPack.With("fix", "/dev/null"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StderrLines, l => l.EndsWith("dev/null: warning: skipped: a character device, not a regular file; only regular files are read", StringComparison.Ordinal));
        Assert.Equal(RulesSdk.Workspaces.FileStatusKind.CharacterDevice, RulesSdk.Workspaces.FileStatus.TryGet("/dev/null")!.Kind);
    }
}
