using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>
/// Round 29: <c>check '/dev/zer*'</c> walked the current folder's tree (its .gitignore warnings appeared) before
/// answering "no file matches"; run from / it would walk the whole disk. A glob is walked from its longest folder
/// without a wildcard.
/// </summary>
public sealed class GlobOutsideFolderTests : IDisposable
{
    private const string LeadIn = "Je suis ravi de partager que, selon X, le fait est établi.\n";

    // A pattern the current folder's .gitignore leaves out with a warning: the sign that its tree was walked.
    private static readonly string CostlyPattern = string.Concat(Enumerable.Repeat("*a", 10)) + "*c.md\n";

    private readonly TempFolder _folder = new();
    private readonly TempFolder _elsewhere = new();

    public GlobOutsideFolderTests()
    {
        _folder.WriteTestPack();
        _folder.Write(".gitignore", CostlyPattern);
        _folder.Write("here.md", LeadIn);
        _elsewhere.Write("notes/a.md", LeadIn);
        _elsewhere.Write("notes/b.txt", LeadIn);
        _elsewhere.Write("notes/deeper/c.md", LeadIn);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _elsewhere.Dispose();
    }

    [Fact]
    public async Task AnAbsoluteGlobOutsideTheFolder_MatchesItsFiles_WithoutWalkingTheFolder()
    {
        var glob = _elsewhere.Combine("notes") + "/*.md";

        var result = await _folder.RunAsync(TestPack.With("check", glob));

        Assert.True(result.ExitCode == 1, result.ToString());
        var reported = result.StdoutLines.Where(l => l.Contains(TestPack.LeadInId, StringComparison.Ordinal)).ToList();
        var expected = Path.GetRelativePath(_folder.Path, _elsewhere.Combine("notes/a.md")).Replace('\\', '/') + "(1,1): warning TL0001";
        Assert.StartsWith(expected, Assert.Single(reported), StringComparison.Ordinal);
        Assert.DoesNotContain(".gitignore", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("here.md", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARelativeGlobUpAndOut_IsWalkedFromItsFolder_DoubleStarIncluded()
    {
        var notes = Path.GetRelativePath(_folder.Path, _elsewhere.Combine("notes")).Replace('\\', '/');

        var result = await _folder.RunAsync(TestPack.With("check", notes + "/**/*.md"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.StdoutLines, l => l.StartsWith(notes + "/a.md(1,1): warning TL0001", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith(notes + "/deeper/c.md(1,1): warning TL0001", StringComparison.Ordinal));
        Assert.DoesNotContain("b.txt", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(".gitignore", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGlobWhoseFolderDoesNotExist_MatchesNothing_WithoutWalkingTheFolder()
    {
        var result = await _folder.RunAsync(TestPack.With("check", _elsewhere.Combine("missing") + "/zer*"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no file matches", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".gitignore", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARelativeGlobInsideTheFolder_StillHonoursTheFoldersGitIgnore()
    {
        _folder.Write(".gitignore", "drafts/\n");
        _folder.Write("docs/a.md", LeadIn);
        _folder.Write("docs/drafts/b.md", LeadIn);
        _folder.Write("drafts/c.md", LeadIn);

        var inDocs = await _folder.RunAsync(TestPack.With("check", "docs/**/*.md"));
        var intoIgnored = await _folder.RunAsync(TestPack.With("check", "drafts/*.md"));

        Assert.True(inDocs.ExitCode == 1, inDocs.ToString());
        Assert.Equal(["docs/a.md"], inDocs.StdoutLines.Where(l => l.Contains("TL0001", StringComparison.Ordinal)).Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]));
        Assert.True(intoIgnored.ExitCode == 2, intoIgnored.ToString());
        Assert.Contains("no file matches 'drafts/*.md'", intoIgnored.Stderr, StringComparison.Ordinal);
    }
}
