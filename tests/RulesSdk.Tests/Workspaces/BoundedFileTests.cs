using RulesSdk.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

/// <summary>Files that are not documents (rule files, configurations, snapshot inputs) are read under the documents' policy.</summary>
public sealed class BoundedFileTests
{
    [Fact]
    public void AFileAtTheLimit_IsRead_OneByteMore_IsNot()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("a.txt", [1, 2, 3, 4]);

        Assert.Equal([1, 2, 3, 4], BoundedFile.TryReadAllBytes(path, 4, out var none));
        Assert.Null(none);

        Assert.Null(BoundedFile.TryReadAllBytes(path, 3, out var failure));
        Assert.Equal(DocumentLoadFailureKind.TooLarge, failure!.Kind);
        Assert.Equal("4 bytes, larger than the 3-byte limit", failure.Message);
        Assert.Equal(path, failure.Path);
    }

    [Fact]
    public void AnEmptyFile_IsRead()
    {
        using var temp = new TempDirectory();

        Assert.Empty(BoundedFile.TryReadAllBytes(temp.WriteBytes("empty.txt", []), 0, out _)!);
    }

    [Fact]
    public void AMissingFile_IsNotFound()
    {
        using var temp = new TempDirectory();

        Assert.Null(BoundedFile.TryReadAllBytes(temp.Combine("none.txt"), 10, out var failure));
        Assert.Equal(DocumentLoadFailureKind.NotFound, failure!.Kind);
    }

    [SkippableFact]
    public void AFileLongerThanItsStatusSays_IsStillBoundedWhileRead()
    {
        // /proc files report a length of 0 and hold more: the limit is counted on the bytes read too.
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/proc/self/status"), "needs /proc");

        Assert.Null(BoundedFile.TryReadAllBytes("/proc/self/status", 10, out var failure));
        Assert.Equal(DocumentLoadFailureKind.TooLarge, failure!.Kind);
        Assert.Equal("more than 10 bytes, larger than the 10-byte limit", failure.Message);
    }

    [SkippableFact]
    public void ACharacterDevice_IsNotOpened()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");

        Assert.Null(BoundedFile.TryReadAllBytes("/dev/zero", long.MaxValue, out var failure));
        Assert.Equal(DocumentLoadFailureKind.NotRegularFile, failure!.Kind);
        Assert.Equal("a character device, not a regular file; only regular files are read", failure.Message);
    }

    [Fact]
    public void Limits_AreNamedInMegabytesWhenWhole()
    {
        Assert.Equal("the 10 MB limit (10,485,760 bytes)", BoundedFile.DescribeLimit(10 * 1024 * 1024));
        Assert.Equal("the 1,000-byte limit", BoundedFile.DescribeLimit(1000));
    }
}
