using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class SymlinkLoopTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public SymlinkLoopTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Fix_AFolderWithSymlinkLoops_FixesEachFileOnce_WithNoChangedOnDiskError()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var path = _folder.Write("docs/a.txt", "Je suis ravi de partager que, selon X, le pont est ouvert.\n");
        Directory.CreateSymbolicLink(_folder.Combine("docs/again"), _folder.Combine("docs"));
        Directory.CreateSymbolicLink(_folder.Combine("docs/self"), ".");

        var result = await _folder.RunAsync(TestPack.With("fix", "docs"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("changed on disk", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Applied 1 fix in 1 file", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("Selon X, le pont est ouvert.\n", File.ReadAllText(path));
    }
}
