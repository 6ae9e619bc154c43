using System.Collections.Immutable;
using System.Reflection;
using RulesSdk.Analyzers;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing.Tests;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "rulessdk-snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public SnapshotTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static async Task<DocumentRun> RunFillerAsync(string text, string path = "doc.txt")
    {
        var runner = new DocumentRunner([new FillerWordAnalyzer(), new DoubledExclamationAnalyzer()], [new FillerWordCodeFixProvider(), new DoubledExclamationCodeFixProvider()]);
        return await runner.RunAsync(TextDocument.Create(path, text));
    }

    [Fact]
    public async Task Diagnostics_WithFixesAndFixedText()
    {
        var run = await RunFillerAsync("The plan is basically ready!!\n\nShe said “basically nothing”.\n");
        await Snapshot.Verify(run);
    }

    [Fact]
    public async Task DiagnosticsOnly_FromDriverResult()
    {
        var driver = new AnalyzerDriver([new FillerWordAnalyzer()]);
        var document = TextDocument.Create("doc.md", "# Basically\n\nIt is basically done.\n");
        await Snapshot.Verify(driver.Analyze(document));
        await Snapshot.Verify((document, driver.AnalyzeDocument(document)), "tuple");
    }

    [Theory]
    [InlineData("one")]
    [InlineData("two")]
    public async Task FixedText_WithParameters(string name)
    {
        var run = await RunFillerAsync($"Basically {name}!!!!");
        await Snapshot.Verify(run.FixedText, name);
    }

    [Fact]
    public void VerifiedPath_FollowsVerifyConventions()
    {
        var path = Snapshot.GetVerifiedPath("/src/tests/FooTests.cs", "Bar_Baz", "x/y");
        Assert.Equal(Path.Combine("/src/tests", "FooTests.Bar_Baz_x-y.verified.txt"), path);
    }

    [Fact]
    public async Task MissingSnapshot_WritesReceivedAndFails()
    {
        var verified = Path.Combine(_temp, "T.M.verified.txt");
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Snapshot.VerifyFile("hello\n", verified, accept: false));
        Assert.Contains("new snapshot; accept it with DOCRULES_ACCEPT=1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("hello", await File.ReadAllTextAsync(Path.Combine(_temp, "T.M.received.txt")));
        Assert.False(File.Exists(verified));
    }

    [Fact]
    public async Task Mismatch_WritesReceivedAndFailsWithDiff()
    {
        var verified = Path.Combine(_temp, "T.M.verified.txt");
        await File.WriteAllTextAsync(verified, "line 1\nline 2\nline 3");
        var ex = await Assert.ThrowsAsync<VerificationException>(() => Snapshot.VerifyFile("line 1\nline two\nline 3", verified, accept: false));
        Assert.Contains("--- verified\n+++ received\n@@ -1,3 +1,3 @@\n line 1\n-line 2\n+line two\n line 3", ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_temp, "T.M.received.txt")));
    }

    [Fact]
    public async Task Accept_WritesVerifiedAsUtf8LfWithoutTrailingNewline_AndDeletesReceived()
    {
        var verified = Path.Combine(_temp, "T.M.verified.txt");
        var received = Path.Combine(_temp, "T.M.received.txt");
        await File.WriteAllTextAsync(received, "old");
        await Snapshot.VerifyFile("café\r\nb\n", verified, accept: true);
        Assert.Equal("café\nb"u8.ToArray(), await File.ReadAllBytesAsync(verified));
        Assert.False(File.Exists(received));

        // Now it passes without accepting, and CRLF in the verified file is tolerated.
        await File.WriteAllTextAsync(verified, "café\r\nb");
        await Snapshot.VerifyFile("café\nb", verified, accept: false);
    }

    [Fact]
    public void Scrub_ReplacesPathsDatesAndMachineName()
    {
        var root = RepoRoot.Find()!;
        var text = $"{Path.Combine(root, "samples", "a.txt")} {Path.Combine(Path.GetTempPath(), "x")} 2024-06-13T21:07:00Z 2024-06-13 21:07 2024-06-13 on {Environment.MachineName}\r\n";
        var scrubbed = Snapshot.Scrub(text);
        Assert.Equal("{RepoRoot}/samples/a.txt {TempPath}/x {Date} {Date} {Date} on {MachineName}\n", scrubbed.Replace('\\', '/'));
        Assert.Contains("2024-06-13", Snapshot.Scrub("2024-06-13", dates: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrub_RunsCustomScrubbers()
    {
        Snapshot.AddScrubber(t => t.Replace("SECRET-7f3a", "{Secret}", StringComparison.Ordinal));
        Assert.Equal("token {Secret}", Snapshot.Scrub("token SECRET-7f3a"));
    }

    [Fact]
    public async Task FindDangling_ReportsSnapshotsOfGoneTestsOnly()
    {
        string[] names =
        [
            "SnapshotTests.Diagnostics_WithFixesAndFixedText.verified.txt",
            "SnapshotTests.FixedText_WithParameters_one.verified.txt",
            "SnapshotTests.NoLongerHere.verified.txt",
            "GoneTests.Anything.verified.txt",
            "article.md.verified.txt",
        ];
        foreach (var name in names)
        {
            await File.WriteAllTextAsync(Path.Combine(_temp, name), "x");
        }

        await File.WriteAllTextAsync(Path.Combine(_temp, "article.md"), "input");
        var dangling = Snapshot.FindDangling(_temp, Assembly.GetExecutingAssembly()).Select(Path.GetFileName).ToList();
        Assert.Equal(["GoneTests.Anything.verified.txt", "SnapshotTests.NoLongerHere.verified.txt"], dangling);
        Assert.Equal(dangling, Snapshot.FindDangling(_temp).Select(Path.GetFileName));
    }

    [Fact]
    public void ThisProject_HasNoDanglingSnapshots()
    {
        var dangling = Snapshot.FindDangling(ProjectFolder(), Assembly.GetExecutingAssembly());
        Assert.True(dangling.IsEmpty, "Dangling snapshots:\n" + string.Join('\n', dangling));
    }

    [Fact]
    public void FolderRunner_NewFailAcceptPassDangling()
    {
        var tests = Directory.CreateDirectory(Path.Combine(_temp, "pack", "tests")).FullName;
        var input = Path.Combine(tests, "a.txt");
        File.WriteAllText(input, "It is basically done. This is URGENT.\n");
        var packFolder = Path.Combine(_temp, "pack");

        var first = Single(SnapshotFolderRunner.Run(TestPack.Pack, packFolder, accept: false));
        Assert.Equal(SnapshotStatus.New, first.Status);
        Assert.False(first.Passed);
        var received = File.ReadAllText(first.ReceivedPath);
        Assert.True(received.Contains("a.txt(1,7): warning TS0001: 'basically' adds nothing", StringComparison.Ordinal), received);
        Assert.True(received.Contains("a.txt(1,31): warning TS0002: Do not shout", StringComparison.Ordinal), received);
        Assert.True(received.Contains("--- fixed ---\nIt is done. This is URGENT.", StringComparison.Ordinal), received);

        Assert.Equal(SnapshotStatus.Accepted, Single(SnapshotFolderRunner.Run(TestPack.Pack, packFolder, accept: true)).Status);
        Assert.False(File.Exists(first.ReceivedPath));
        Assert.Equal(SnapshotStatus.Passed, Single(SnapshotFolderRunner.Run(TestPack.Pack, packFolder, accept: false)).Status);

        File.WriteAllText(input, "It is done. This is URGENT.\n");
        var failed = Single(SnapshotFolderRunner.Run(TestPack.Pack, packFolder, accept: false));
        Assert.Equal(SnapshotStatus.Failed, failed.Status);
        Assert.Contains("-a.txt(1,7): warning TS0001", failed.Diff, StringComparison.Ordinal);

        File.Delete(input);
        var dangling = Single(SnapshotFolderRunner.Run(TestPack.Pack, packFolder, accept: false));
        Assert.Equal(SnapshotStatus.Dangling, dangling.Status);
        Assert.Equal(input + ".verified.txt", dangling.VerifiedPath);
    }

    [Fact]
    public void FolderRunner_NoTestsFolder_ReturnsNothing() =>
        Assert.Empty(SnapshotFolderRunner.Run(TestPack.Pack, _temp, accept: false));

    private static SnapshotResult Single(ImmutableArray<SnapshotResult> results) => Assert.Single(results);

    private static string ProjectFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
