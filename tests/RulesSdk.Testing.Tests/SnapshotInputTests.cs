using System.Collections.Immutable;
using System.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing.Tests;

/// <summary>
/// Snapshot inputs under a pack's tests/ folder are read as <c>docrules check</c> reads documents: a FIFO,
/// a device, a file over the size limit, a binary or badly encoded file fails its own case with the reason;
/// the other inputs still run and no exception escapes.
/// </summary>
public sealed class SnapshotInputTests : IDisposable
{
    private readonly string _pack = Path.Combine(Path.GetTempPath(), "rulessdk-snapshot-inputs-" + Guid.NewGuid().ToString("N"));

    public SnapshotInputTests() => Directory.CreateDirectory(Tests);

    private string Tests => Path.Combine(_pack, SnapshotFolderRunner.TestsFolderName);

    public void Dispose() => Directory.Delete(_pack, recursive: true);

    [Fact]
    public void BinaryInput_FailsItsCase_TheOthersRun()
    {
        File.WriteAllBytes(Path.Combine(Tests, "a.txt"), [(byte)'H', (byte)'i', 0, 1, 2]);
        File.WriteAllText(Path.Combine(Tests, "b.txt"), "It is basically done.\n");

        var results = Run();

        Assert.Equal(2, results.Length);
        var bad = Unreadable(results, "a.txt");
        Assert.Contains("binary content (NUL byte at byte offset 2)", bad.Problem, StringComparison.Ordinal);
        Assert.Equal(SnapshotStatus.New, results.Single(r => r.InputPath.EndsWith("b.txt", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public void InvalidUtf8Input_NamesTheByte()
    {
        File.WriteAllBytes(Path.Combine(Tests, "a.md"), [.. Encoding.UTF8.GetBytes("café "), 0xC3, 0x28, (byte)'\n']);

        var bad = Unreadable(Run(), "a.md");

        Assert.Contains("invalid UTF-8 at byte offset 6", bad.Problem, StringComparison.Ordinal);
        Assert.StartsWith("unreadable ", bad.ToString(), StringComparison.Ordinal);
        Assert.Contains("a.md: invalid UTF-8", bad.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InputOverTheSizeLimit_IsNotRead()
    {
        // Sparse: the size is checked before a byte is read, so the test allocates nothing.
        using (var stream = File.Create(Path.Combine(Tests, "big.txt")))
        {
            stream.SetLength(DocumentRunner.MaxInputBytes + 1);
        }

        var bad = Unreadable(Run(), "big.txt");

        Assert.Contains("larger than the 10 MB limit", bad.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(bad.ReceivedPath));
    }

    [Fact]
    public void InputAtTheSizeLimit_IsRead()
    {
        // Written a kibibyte at a time: the test holds the read bytes and their text, about 40 MB.
        var line = Encoding.ASCII.GetBytes(new string('a', 1023) + "\n");
        using (var stream = File.Create(Path.Combine(Tests, "edge.txt")))
        {
            for (var written = 0L; written < DocumentRunner.MaxInputBytes; written += line.Length)
            {
                stream.Write(line);
            }
        }

        var document = DocumentRunner.TryLoadDocument(Tests, Path.Combine(Tests, "edge.txt"), null, out var failure);

        Assert.Null(failure);
        Assert.Equal(DocumentRunner.MaxInputBytes, document!.Text.Length);
    }

    [SkippableFact]
    public void SymbolicLinkToDevZero_IsNotARegularFile()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        File.CreateSymbolicLink(Path.Combine(Tests, "zero.txt"), "/dev/zero");
        File.WriteAllText(Path.Combine(Tests, "ok.txt"), "Fine.\n");

        var results = Run();

        Assert.Contains("a character device, not a regular file", Unreadable(results, "zero.txt").Problem, StringComparison.Ordinal);
        Assert.Equal(SnapshotStatus.New, results.Single(r => r.InputPath.EndsWith("ok.txt", StringComparison.Ordinal)).Status);
    }

    [SkippableFact]
    public void Fifo_IsNotOpened()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        var fifo = Path.Combine(Tests, "pipe.md");
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(fifo, Mono.Unix.Native.FilePermissions.DEFFILEMODE));

        // Opening it would block until a writer comes: the case fails without opening it.
        Assert.Contains("a FIFO (named pipe), not a regular file", Unreadable(Run(), "pipe.md").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDocument_ThrowsAnIOExceptionNamingTheFile()
    {
        var file = Path.Combine(Tests, "a.txt");
        File.WriteAllBytes(file, [0xFF, (byte)'\n']);

        var error = Assert.Throws<IOException>(() => DocumentRunner.LoadDocument(Tests, file));

        Assert.Equal($"{file}: invalid UTF-8 at byte offset 0 (byte 0xFF); re-save the file as UTF-8 or name its encoding", error.Message);
        Assert.Throws<FileNotFoundException>(() => DocumentRunner.LoadDocument(Tests, Path.Combine(Tests, "missing.txt")));
    }

    [Fact]
    public void TryLoadDocument_GivesTheRelativePathAndKind()
    {
        Directory.CreateDirectory(Path.Combine(Tests, "sub"));
        var file = Path.Combine(Tests, "sub", "a.txt");
        File.WriteAllBytes(file, [(byte)'x', 0]);

        Assert.Null(DocumentRunner.TryLoadDocument(Tests, file, null, out var failure));

        Assert.Equal("sub/a.txt", failure!.Path);
        Assert.Equal(DocumentLoadFailureKind.Binary, failure.Kind);
    }

    private ImmutableArray<SnapshotResult> Run() => SnapshotFolderRunner.Run(TestPack.Pack, _pack, accept: false);

    private static SnapshotResult Unreadable(ImmutableArray<SnapshotResult> results, string name)
    {
        var result = Assert.Single(results, r => r.InputPath.EndsWith(name, StringComparison.Ordinal));
        Assert.Equal(SnapshotStatus.Unreadable, result.Status);
        Assert.False(result.Passed);
        return result;
    }
}
