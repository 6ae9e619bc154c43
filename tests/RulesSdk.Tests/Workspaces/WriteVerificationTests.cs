using Mono.Unix.Native;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

/// <summary>
/// Round 14: before a changed document is written, its file is read again to check it did not change; a
/// file replaced meanwhile by a FIFO, a device or a huge file is a write failure, never a wait, an endless
/// read or a lost document.
/// </summary>
public sealed class WriteVerificationTests
{
    private static (FolderWorkspace Workspace, DocumentSet Snapshot, DocumentSet Changed) OpenAndChange(TempDirectory temp)
    {
        temp.Write("a.md", "original\n");
        temp.Write("b.md", "other\n");
        var workspace = FolderWorkspace.Open(temp.Path);
        var snapshot = workspace.CurrentDocuments;
        var changed = snapshot
            .WithDocumentText(DocumentId.FromPath("a.md"), SourceText.From("fixed\n"))
            .WithDocumentText(DocumentId.FromPath("b.md"), SourceText.From("other fixed\n"));
        return (workspace, snapshot, changed);
    }

    private static void AssertOnlyBWritten(TempDirectory temp, FolderWorkspace workspace)
    {
        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal("a.md: the file changed on disk since it was read; not overwritten", failure.ToString());
        Assert.Equal(DocumentWriteFailureKind.ChangedOnDisk, failure.Kind);
        Assert.Equal("original\n", workspace.CurrentDocuments.GetDocument(DocumentId.FromPath("a.md"))!.Text.ToString());
        Assert.Equal("other fixed\n", File.ReadAllText(temp.Combine("b.md")));
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void AFileReplacedByAFifo_IsAWriteFailure_TheFifoStays()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        using var temp = new TempDirectory();
        var (workspace, snapshot, changed) = OpenAndChange(temp);
        File.Delete(temp.Combine("a.md"));
        Assert.Equal(0, Syscall.mkfifo(temp.Combine("a.md"), FilePermissions.DEFFILEMODE));

        Assert.True(workspace.TryApplyChanges(changed, snapshot));

        AssertOnlyBWritten(temp, workspace);
        Assert.Equal(FileStatusKind.Fifo, FileStatus.TryGet(temp.Combine("a.md"))!.Kind);
    }

    [SkippableFact]
    public void AFileReplacedByALinkToDevZero_IsAWriteFailure_TheLinkStays()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        using var temp = new TempDirectory();
        var (workspace, snapshot, changed) = OpenAndChange(temp);
        File.Delete(temp.Combine("a.md"));
        File.CreateSymbolicLink(temp.Combine("a.md"), "/dev/zero");

        Assert.True(workspace.TryApplyChanges(changed, snapshot));

        AssertOnlyBWritten(temp, workspace);
        Assert.Equal("/dev/zero", new FileInfo(temp.Combine("a.md")).LinkTarget);
    }

    [Fact]
    public void AFileReplacedByAFiveGigabyteFile_IsAWriteFailure_NeverReadWhole()
    {
        using var temp = new TempDirectory();
        var (workspace, snapshot, changed) = OpenAndChange(temp);
        const long FiveGigabytes = 5L * 1024 * 1024 * 1024;
        using (var huge = new FileStream(temp.Combine("a.md"), FileMode.Create))
        {
            // Sparse where the file system allows: no disk is used.
            huge.SetLength(FiveGigabytes);
        }

        Assert.True(workspace.TryApplyChanges(changed, snapshot));

        AssertOnlyBWritten(temp, workspace);
        Assert.Equal(FiveGigabytes, new FileInfo(temp.Combine("a.md")).Length);
    }

    [Fact]
    public void AFileRewrittenWithTheSameSizeAndTime_IsStillRefused_ByItsContent()
    {
        using var temp = new TempDirectory();
        var (workspace, snapshot, changed) = OpenAndChange(temp);
        var path = temp.Combine("a.md");
        var time = File.GetLastWriteTimeUtc(path);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            // Same inode, same length: only the bounded re-read can tell.
            stream.Write("ORIGINAL\n"u8);
        }

        File.SetLastWriteTimeUtc(path, time);

        Assert.True(workspace.TryApplyChanges(changed, snapshot));

        AssertOnlyBWritten(temp, workspace);
        Assert.Equal("ORIGINAL\n", File.ReadAllText(path));
    }
}
