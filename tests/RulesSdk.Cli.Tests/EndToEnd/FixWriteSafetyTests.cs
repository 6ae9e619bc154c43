using System.Runtime.Versioning;
using RulesSdk.Cli.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, items 3–5: what <c>fix</c> refuses to replace, what it keeps, what it cleans, and what its summary counts.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class FixWriteSafetyTests : IDisposable
{
    private const string Before = "Vladimir Zelensky a parlé.\n";
    private const string After = "Volodymyr Zelensky a parlé.\n";
    private readonly TempFolder _folder = new();

    public FixWriteSafetyTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Fix_ReadOnlyFile_IsRefusedWithExit2_UnlessForced()
    {
        var path = _folder.Write("doc.txt", Before);
        const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, ReadOnly);

        var refused = await _folder.RunAsync(TestPack.With("fix", "doc.txt"));

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("doc.txt: error: the file is read-only; not written (--force-readonly writes it anyway)", refused.StderrLines);
        Assert.Equal(Before, File.ReadAllText(path));

        var forced = await _folder.RunAsync(TestPack.With("fix", "doc.txt", "--force-readonly"));

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(After, File.ReadAllText(path));
        Assert.Equal(ReadOnly, File.GetUnixFileMode(path));
    }

    [SkippableFact]
    public async Task Fix_AsRoot_KeepsTheFilesOwnerAndGroup()
    {
        Skip.IfNot(Shell.IsRoot, "changing a file's owner needs root");
        var path = _folder.Write("doc.txt", Before);
        Shell.Must(_folder.Path, "chown", "4321:8765", path);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(After, File.ReadAllText(path));
        var status = FileStatus.TryGet(path)!;
        Assert.Equal((4321L, 8765L), (status.OwnerUserId, status.OwnerGroupId));
    }

    [Fact]
    public async Task Fix_HardLinkedFile_IsRefused_AndTheLinksStayOneFile()
    {
        var path = _folder.Write("doc.txt", Before);
        var other = _folder.Combine("other-name.txt");
        Shell.Must(_folder.Path, "ln", path, other);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.txt"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.StderrLines, l => l.StartsWith("doc.txt: error: the file has 2 hard links", StringComparison.Ordinal));
        Assert.Equal(Before, File.ReadAllText(path));
        Assert.Equal(2, FileStatus.TryGet(path)!.LinkCount);
        Assert.Equal(FileStatus.TryGet(path)!.Inode, FileStatus.TryGet(other)!.Inode);
    }

    [Fact]
    public async Task Fix_Summary_CountsOnlyTheFilesWritten()
    {
        _folder.Write("a.txt", Before);
        var readOnly = _folder.Write("b.txt", Before);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead);

        var result = await _folder.RunAsync(TestPack.With("fix", "a.txt", "b.txt"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("Applied 1 fix in 1 file, 1 file not written.", result.StdoutLines[^1]);
        Assert.Contains("b.txt(1,1): TL0002: Use Volodymyr (not written)", result.StdoutLines);
        Assert.Equal(After, _folder.Read("a.txt"));
        Assert.Equal(Before, _folder.Read("b.txt"));
    }

    [Fact]
    public async Task Fix_RemovesStaleTemporaryFilesOfItsOwnPattern_AndNothingElse()
    {
        _folder.Write("docs/doc.txt", Before);
        var guid = Guid.NewGuid().ToString("N");
        var stale = _folder.Write($"docs/.doc.txt.{guid}.docrules-tmp", "left by kill -9");
        var staleOther = _folder.Write($"docs/.notes.md.{Guid.NewGuid():N}.docrules-tmp", "left by kill -9");
        var newer = _folder.Write($"docs/.doc.txt.{Guid.NewGuid():N}.docrules-tmp", "written after the run started");
        var notOurs = _folder.Write("docs/.doc.txt.not-a-guid.docrules-tmp", "someone else's");
        var upperCase = _folder.Write($"docs/.doc.txt.{guid.ToUpperInvariant()}.docrules-tmp", "not our spelling");
        var elsewhere = _folder.Write($"other/.doc.txt.{Guid.NewGuid():N}.docrules-tmp", "another folder");
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in new[] { stale, staleOther, notOurs, upperCase, elsewhere })
        {
            File.SetLastWriteTimeUtc(file, anHourAgo);
        }

        File.SetLastWriteTimeUtc(newer, DateTime.UtcNow.AddHours(1));

        var result = await _folder.RunAsync(TestPack.With("fix", "docs"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(After, _folder.Read("docs/doc.txt"));
        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(staleOther));
        Assert.True(File.Exists(newer));
        Assert.True(File.Exists(notOurs));
        Assert.True(File.Exists(upperCase));
        Assert.True(File.Exists(elsewhere));
    }
}
