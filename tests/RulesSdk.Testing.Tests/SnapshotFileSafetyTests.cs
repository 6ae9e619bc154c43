using System.Collections.Immutable;

namespace RulesSdk.Testing.Tests;

/// <summary>
/// The snapshot files of <c>docrules test</c> are written only inside the pack's tests/ folder and only to regular
/// files: tests/ is walked as check walks a folder, less what a link leads to outside it; a snapshot whose real
/// target is outside, a link, a folder or a FIFO where a snapshot goes fails that case alone,
/// and a verified file that ends with a newline (as editors save it) still matches.
/// </summary>
public sealed class SnapshotFileSafetyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-snapshot-safety-" + Guid.NewGuid().ToString("N"));

    public SnapshotFileSafetyTests()
    {
        Directory.CreateDirectory(Tests);
        Directory.CreateDirectory(Outside);
    }

    private string Pack => Path.Combine(_root, "pack");

    private string Tests => Path.Combine(Pack, SnapshotFolderRunner.TestsFolderName);

    private string Outside => Path.Combine(_root, "outside");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void VerifiedFileEndingWithANewline_StillMatches()
    {
        File.WriteAllText(Path.Combine(Tests, "a.txt"), "It is basically done.\n");
        Assert.Equal(SnapshotStatus.Accepted, Run(accept: true).Single().Status);
        var verified = Path.Combine(Tests, "a.txt.verified.txt");
        File.AppendAllText(verified, "\r\n");

        Assert.Equal(SnapshotStatus.Passed, Run(accept: false).Single().Status);
    }

    [SkippableFact]
    public void ALinkToAFolderOutside_IsNotFollowed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        File.WriteAllText(Path.Combine(Outside, "elsewhere.txt"), "It is basically done.\n");
        File.WriteAllText(Path.Combine(Tests, "a.txt"), "It is basically done.\n");
        Directory.CreateSymbolicLink(Path.Combine(Tests, "linked"), Outside);
        Directory.CreateSymbolicLink(Path.Combine(Tests, "up"), Pack);

        var results = Run(accept: true);

        Assert.Equal(["a.txt"], results.Select(r => Path.GetFileName(r.InputPath)));
        Assert.Equal(["elsewhere.txt"], Directory.GetFiles(Outside).Select(Path.GetFileName));
    }

    [SkippableFact]
    public void AReceivedFileThatIsALink_IsNotWrittenThrough_AndTheOtherCasesRun()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var target = Path.Combine(Outside, "target.txt");
        File.WriteAllText(target, "keep me");
        File.WriteAllText(Path.Combine(Tests, "a.txt"), "It is basically done.\n");
        File.WriteAllText(Path.Combine(Tests, "b.txt"), "It is basically done.\n");
        File.CreateSymbolicLink(Path.Combine(Tests, "a.txt.received.txt"), target);

        var results = Run(accept: false);

        var linked = results.Single(r => r.InputPath.EndsWith("a.txt", StringComparison.Ordinal));
        Assert.Equal(SnapshotStatus.Unreadable, linked.Status);
        Assert.Contains("symbolic link", linked.Problem, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.Equal(SnapshotStatus.New, results.Single(r => r.InputPath.EndsWith("b.txt", StringComparison.Ordinal)).Status);
    }

    [SkippableFact]
    public void AVerifiedFileThatIsALink_IsNotOverwrittenOnAccept()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var target = Path.Combine(Outside, "target.txt");
        File.WriteAllText(target, "keep me");
        File.WriteAllText(Path.Combine(Tests, "a.txt"), "It is basically done.\n");
        File.CreateSymbolicLink(Path.Combine(Tests, "a.txt.verified.txt"), target);

        var result = Run(accept: true).Single();

        Assert.Equal(SnapshotStatus.Unreadable, result.Status);
        Assert.Equal("keep me", File.ReadAllText(target));
    }

    [Fact]
    public void AReceivedPathThatIsAFolder_FailsItsCaseOnly()
    {
        File.WriteAllText(Path.Combine(Tests, "a.txt"), "It is basically done.\n");
        Directory.CreateDirectory(Path.Combine(Tests, "a.txt.received.txt"));

        var result = Run(accept: false).Single();

        Assert.Equal(SnapshotStatus.Unreadable, result.Status);
        Assert.Contains("is a folder", result.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AVerifiedFileThatIsAFifo_IsNotOpened()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        File.WriteAllText(Path.Combine(Tests, "a.txt"), "It is basically done.\n");
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(Path.Combine(Tests, "a.txt.verified.txt"), Mono.Unix.Native.FilePermissions.DEFFILEMODE));

        var result = Run(accept: false).Single();

        Assert.Equal(SnapshotStatus.Unreadable, result.Status);
        Assert.Contains("not a regular file", result.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ALinkWithinTheTestFolder_IsWalkedOnce_AndItsSnapshotsWritten()
    {
        // As check walks a folder: each real folder once, a file under the path it has in the tree.
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        Directory.CreateDirectory(Path.Combine(Tests, "sub"));
        File.WriteAllText(Path.Combine(Tests, "sub", "a.txt"), "It is basically done.\n");
        Directory.CreateSymbolicLink(Path.Combine(Tests, "alias"), Path.Combine(Tests, "sub"));

        var result = Run(accept: false).Single();

        Assert.Equal(Path.Combine(Tests, "sub", "a.txt"), result.InputPath);
        Assert.Equal(SnapshotStatus.New, result.Status);
        Assert.True(File.Exists(Path.Combine(Tests, "sub", "a.txt.received.txt")));
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASnapshotWhoseFolderLeadsOutside_IsNotWritten(bool accept)
    {
        // The walk leaves out what a link leads to outside; the write checks again, as a folder may be swapped for a link since.
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        Directory.CreateSymbolicLink(Path.Combine(Tests, "linked"), Outside);
        var verified = Path.Combine(Tests, "linked", "a.txt.verified.txt");

        var error = await Assert.ThrowsAnyAsync<IOException>(() => Snapshot.CompareAsync("text", verified, accept, Workspaces.RealPath.Of(Tests)));

        Assert.Contains("outside the test folder", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Outside));
    }

    private ImmutableArray<SnapshotResult> Run(bool accept) =>
        SnapshotFolderRunner.Run(TestPack.Pack, Pack, accept).Where(r => r.Status != SnapshotStatus.Dangling).ToImmutableArray();
}
