using RulesSdk.Cli.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>
/// Round 14: a file whose name is not UTF-8 stopped <c>check FOLDER</c> as "no such file"; it is one
/// error naming it (as .NET shows it) and why, every other file is checked, and <c>fix</c> never touches it.
/// A link loop and the size limit go the same way: one message per path, the shared wording.
/// </summary>
public sealed class UnreadableNameTests : IDisposable
{
    private const string LeadIn = "Je suis ravi de partager que, selon X, le pont est ouvert.\n";

    private readonly TempFolder _folder = new();

    public UnreadableNameTests() => _folder.WriteTestPack();

    public void Dispose()
    {
        // .NET cannot remove a name it cannot encode back; rm can.
        if (OperatingSystem.IsLinux())
        {
            Shell.Run(_folder.Path, "rm", "-rf", "docs");
        }

        _folder.Dispose();
    }

    private void WriteFileNamedInLatin1()
    {
        _folder.Write("docs/ok.md", LeadIn);
        Shell.Must(_folder.Path, "/bin/sh", "-c", @"printf 'Je suis ravi de partager que, selon X, le pont est ouvert.\n' > ""docs/$(printf 'caf\351.md')""");
    }

    [SkippableFact]
    public async Task Check_AFolderHoldingANameThatIsNotUtf8_ReportsIt_AndChecksTheOthers()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "names are bytes on Linux only");
        WriteFileNamedInLatin1();

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal([$"docs/caf\uFFFD.md: error: {BoundedFile.UndecodableNameMessage}"], result.StderrLines);
        Assert.Contains("docs/ok.md(1,1): warning TL0001", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("1 file, 1 warning, 0 errors, 0 info", result.StdoutLines[^1]);
    }

    [SkippableFact]
    public async Task Fix_AFolderHoldingANameThatIsNotUtf8_FixesTheOthers_AndNeverTouchesIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "names are bytes on Linux only");
        WriteFileNamedInLatin1();

        var result = await _folder.RunAsync(TestPack.With("fix", "docs"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"docs/caf\uFFFD.md: error: {BoundedFile.UndecodableNameMessage}", result.StderrLines);
        Assert.Contains("Applied 1 fix in 1 file", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("Selon X, le pont est ouvert.\n", _folder.Read("docs/ok.md"));
        var (exit, untouched) = Shell.Run(_folder.Path, "/bin/sh", "-c", @"cat ""docs/$(printf 'caf\351.md')""");
        Assert.Equal(0, exit);
        Assert.Equal(LeadIn, untouched);
    }

    [SkippableFact]
    public async Task Check_ALinkLoopInAFolder_IsOneError_AndTheOthersAreChecked()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links without privileges");
        _folder.Write("docs/ok.md", LeadIn);
        File.CreateSymbolicLink(_folder.Combine("docs/loop.md"), "loop.md");

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal([$"docs/loop.md: error: {FolderWalker.LinkLoopMessage}"], result.StderrLines);
        Assert.Equal("1 file, 1 warning, 0 errors, 0 info", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Check_AFileOverTheLimit_IsSkipped_InTheSharedWording()
    {
        _folder.Write(".docrules.json", """{ "maxFileSize": 10 }""");
        _folder.Write("docs/big.md", LeadIn);

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["docs/big.md: warning: skipped: 59 bytes, larger than the 10-byte limit"], result.StderrLines);
    }
}
