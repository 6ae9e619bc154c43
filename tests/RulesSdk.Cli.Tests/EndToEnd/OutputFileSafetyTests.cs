using RulesSdk.Cli.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, item 1: <c>--output</c> to a device or a pipe writes in place; only regular files are replaced by a rename.</summary>
public sealed class OutputFileSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public OutputFileSafetyTests()
    {
        _folder.WriteTestPack();
        _folder.Write("doc.txt", "Je suis ravi de partager que, oui.\n");
    }

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Check_OutputToADeviceNode_WritesThroughIt_AndTheDeviceStaysADevice()
    {
        Skip.IfNot(Shell.IsRoot, "mknod needs root");
        var device = _folder.Combine("null");
        Shell.Must(_folder.Path, "mknod", device, "c", "1", "3");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt", "--output", "./null"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(FileStatusKind.CharacterDevice, FileStatus.TryGet(device)!.Kind);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.docrules-tmp"));
    }

    [Fact]
    public async Task Check_OutputToDevStdout_IntoAPipe_PrintsTheReport()
    {
        // The test harness reads the tool's standard output through a pipe.
        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt", "--output", "/dev/stdout"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("doc.txt(1,1): warning TL0001", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 file, 1 warning, 0 errors, 0 info\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OutputToARegularFile_IsStillReplacedAtomically()
    {
        var report = _folder.Write("report.txt", "old report\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt", "--output", "report.txt"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("doc.txt(1,1): warning TL0001", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
