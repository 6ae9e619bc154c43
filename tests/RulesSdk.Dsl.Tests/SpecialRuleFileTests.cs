namespace RulesSdk.Dsl.Tests;

/// <summary>
/// A rule or list file that is a device, a FIFO or huge is DSL0011 naming the file and why, as a missing
/// one is: never an OutOfMemoryException (/dev/zero never ends) nor a hang (opening a FIFO waits for a writer).
/// </summary>
public sealed class SpecialRuleFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-special-rules-" + Guid.NewGuid().ToString("N"));

    public SpecialRuleFileTests() => Directory.CreateDirectory(PackFolder);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PackFolder => Path.Combine(_root, "pack");

    [SkippableFact]
    public void DevZeroAsARulePack_IsDsl0011()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");

        var error = Assert.Single(Assert.Throws<DslException>(() => RuleSource.FromFile("/dev/zero")).Diagnostics);

        Assert.Equal("DSL0011", error.Id);
        Assert.Equal("/dev/zero", error.Path);
        Assert.Contains("a character device, not a regular file", error.Message, StringComparison.Ordinal);
        Assert.Equal("DSL0011", Assert.Single(Assert.Throws<DslException>(() => RulePack.Load("/dev/zero", new RulePackOptions { UseCache = false })).Diagnostics).Id);
    }

    [SkippableFact]
    public void RuleFileLinkedToDevZero_InAFolder_IsDsl0011()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        File.CreateSymbolicLink(Path.Combine(PackFolder, "zero.rules"), "/dev/zero");

        var error = Assert.Single(Assert.Throws<DslException>(() => RulePack.Load(PackFolder, new RulePackOptions { UseCache = false })).Diagnostics);

        Assert.Equal("DSL0011", error.Id);
        Assert.EndsWith("zero.rules", error.Path, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void FifoListFile_IsDsl0011_NotAHang()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(Path.Combine(PackFolder, "words.txt"), Mono.Unix.Native.FilePermissions.DEFFILEMODE));
        File.WriteAllText(Path.Combine(PackFolder, "pack.rules"), Dsl.Pack("list words from \"words.txt\"\n" + Dsl.Rule("match phrase @words")));

        var compilation = RulePack.Compile([RuleSource.FromFile(Path.Combine(PackFolder, "pack.rules"))], new RulePackOptions { UseCache = false });

        var error = Dsl.Single(compilation.Diagnostics, "DSL0011");
        Assert.Contains("a FIFO (named pipe), not a regular file", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("words.txt", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleFileOverTheLimit_IsDsl0011NamingTheLimit()
    {
        // Sparse: refused on its size before a byte is read.
        var path = Path.Combine(PackFolder, "huge.rules");
        using (var stream = File.Create(path))
        {
            stream.SetLength(RuleFileText.MaxBytes + 1);
        }

        var error = Assert.Single(Assert.Throws<DslException>(() => RuleSource.FromFile(path)).Diagnostics);

        Assert.Equal("DSL0011", error.Id);
        Assert.Contains("larger than the 16 MB limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRuleFile_StillThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => RuleSource.FromFile(Path.Combine(PackFolder, "none.rules")));
}
