using RulesSdk.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

/// <summary>
/// The public <see cref="RealPath"/>: the SDK's one containment check (the workspace, rule packs' imports, the
/// language server). Its documented behaviour: links resolved, a missing tail kept as written, a loop an
/// IOException for <see cref="RealPath.Of"/>, false for <see cref="RealPath.TryOf"/> and <see cref="RealPath.IsUnder"/>.
/// </summary>
public sealed class RealPathTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly TempDirectory _outside = new();

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    private static void SkipOnWindows() => Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");

    private string RealRoot => RealPath.Of(_root.Path);

    [Fact]
    public void APathWithoutLinks_IsItsFullPath_AndAMissingTailIsKeptAsWritten()
    {
        _root.Write("docs/a.md", "a");

        Assert.Equal(Path.Combine(RealRoot, "docs", "a.md"), RealPath.Of(_root.Combine("docs/./x/../a.md")));
        Assert.Equal(Path.Combine(RealRoot, "docs", "new", "b.md"), RealPath.Of(_root.Combine("docs/new/b.md")));
        Assert.True(RealPath.TryOf(_root.Combine("nowhere/at/all"), out var missing));
        Assert.Equal(Path.Combine(RealRoot, "nowhere", "at", "all"), missing);
    }

    [SkippableFact]
    public void LinksAreResolved_InTheMiddleAndAtTheEnd_RelativeToTheLinksOwnFolder()
    {
        SkipOnWindows();
        var secret = _outside.Write("secret.md", "s");
        Directory.CreateDirectory(_root.Combine("docs"));
        File.CreateSymbolicLink(_root.Combine("docs/note.md"), secret);
        Directory.CreateSymbolicLink(_root.Combine("docs/up"), "..");
        Directory.CreateSymbolicLink(_root.Combine("shared"), _outside.Path);

        Assert.Equal(RealPath.Of(secret), RealPath.Of(_root.Combine("docs/note.md")));
        Assert.Equal(Path.Combine(RealRoot, "docs"), RealPath.Of(_root.Combine("docs/up/docs")));
        Assert.Equal(Path.Combine(RealPath.Of(_outside.Path), "later.md"), RealPath.Of(_root.Combine("shared/later.md")));

        Assert.False(RealPath.IsUnder(_root.Combine("docs/note.md"), _root.Path));
        Assert.False(RealPath.IsUnder(_root.Combine("shared/later.md"), _root.Path));
        Assert.True(RealPath.IsUnder(_root.Combine("docs/up/docs/x.md"), _root.Path));
        Assert.True(RealPath.IsUnder(_root.Combine("shared/later.md"), _root.Combine("shared")));
    }

    [SkippableFact]
    public void ADanglingLink_IsJudgedByWhereItPoints()
    {
        SkipOnWindows();
        File.CreateSymbolicLink(_root.Combine("dangling.md"), _outside.Combine("not-yet.md"));

        Assert.Equal(Path.Combine(RealPath.Of(_outside.Path), "not-yet.md"), RealPath.Of(_root.Combine("dangling.md")));
        Assert.False(RealPath.IsUnder(_root.Combine("dangling.md"), _root.Path));
    }

    [SkippableFact]
    public void ALoop_ThrowsFromOf_AndIsFalseForTryOfAndIsUnder()
    {
        SkipOnWindows();
        File.CreateSymbolicLink(_root.Combine("a"), _root.Combine("b"));
        File.CreateSymbolicLink(_root.Combine("b"), _root.Combine("a"));

        var loop = Assert.Throws<IOException>(() => RealPath.Of(_root.Combine("a/x.md")));
        Assert.Contains("too many levels of symbolic links", loop.Message, StringComparison.Ordinal);
        Assert.False(RealPath.TryOf(_root.Combine("a/x.md"), out var real));
        Assert.Null(real);

        // A containment check that cannot tell says no, whether the loop is in the path or in the folder.
        Assert.False(RealPath.IsUnder(_root.Combine("a/x.md"), _root.Path));
        Assert.False(RealPath.IsUnder(_root.Combine("x.md"), _root.Combine("a")));
    }

    [SkippableFact]
    public void MoreThanMaxLinksInAChain_IsALoop_FortyIsNot()
    {
        SkipOnWindows();
        var target = _root.Write("end.md", "e");
        for (var i = 1; i <= RealPath.MaxLinks + 1; i++)
        {
            File.CreateSymbolicLink(_root.Combine($"l{i}"), i == 1 ? target : _root.Combine($"l{i - 1}"));
        }

        Assert.Equal(RealPath.Of(target), RealPath.Of(_root.Combine($"l{RealPath.MaxLinks}")));
        Assert.False(RealPath.TryOf(_root.Combine($"l{RealPath.MaxLinks + 1}"), out _));
    }

    [SkippableTheory]
    [InlineData("/a/b/..c.md", "/a/b", true)]
    [InlineData("/a/b", "/a/b/", true)]
    [InlineData("/A/b/c.md", "/a/b", false)]
    public void IsWithin_ComparesNamesNotText(string path, string folder, bool within)
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix paths");

        // "..c.md" is an ordinary name (the language server's twin refused it); another case is another name off Windows.
        Assert.Equal(within, RealPath.IsWithin(path, folder));
    }

    [Fact]
    public void IsUnder_ResolvesBothSides_WithoutLinks_AsTheFullPathsSay()
    {
        Assert.True(RealPath.IsUnder(_root.Combine("docs/a.md"), _root.Path));
        Assert.True(RealPath.IsUnder(_root.Path, _root.Path + Path.DirectorySeparatorChar));
        Assert.True(RealPath.IsUnder(_root.Combine("docs/..c.md"), _root.Combine("docs")));
        Assert.False(RealPath.IsUnder(_root.Combine("docs/../x.md"), _root.Combine("docs")));
        Assert.False(RealPath.IsUnder(_root.Path + "-sibling/a.md", _root.Path));
    }
}
