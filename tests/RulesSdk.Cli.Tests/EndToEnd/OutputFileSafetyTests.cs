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
    public void Check_OutputToDevStdout_AppendedToALog_KeepsTheLog()
    {
        var log = _folder.Write("log.txt", "earlier line\n");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";

        var (exit, output) = Shell.Run(
            _folder.Path,
            "/bin/sh",
            ["-c", "CI=true DOCRULES_CACHE=\"$0/cache\" \"$1\" \"$2\" check doc.txt --output /dev/stdout --rules rules/test.rules --no-builtin >> log.txt", _folder.Path, host, DocRulesProcess.DllPath]);

        Assert.True(exit == 1, output);
        Assert.StartsWith("earlier line\ndoc.txt(1,1): warning TL0001", File.ReadAllText(log), StringComparison.Ordinal);
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
