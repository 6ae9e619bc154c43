using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

/// <summary>Folder enumeration: .gitignore semantics (nested files, negations) and symbolic links.</summary>
public sealed class FolderWalkingTests
{
    private static string[] Paths(FolderWorkspace workspace) => [.. workspace.CurrentDocuments.Documents.Select(d => d.Path)];

    [Fact]
    public void GitIgnore_NestedFiles_ApplyBelowTheirFolder_AndNegationsReinclude()
    {
        using var temp = new TempDirectory();
        temp.Write(".gitignore", "*.txt\n!keep.txt\nlogs/\n/top.md\n");
        temp.Write("top.md", "ignored: anchored to the root\n");
        temp.Write("a/top.md", "kept: the anchored pattern is the root's only\n");
        temp.Write("a.txt", "ignored\n");
        temp.Write("keep.txt", "re-included by the negation\n");
        temp.Write("logs/x.md", "ignored folder\n");
        temp.Write("docs/.gitignore", "draft-*.md\n!keep.txt\n*.txt\n");
        temp.Write("docs/draft-1.md", "ignored by the nested file\n");
        temp.Write("docs/final.md", "kept\n");
        temp.Write("docs/keep.txt", "ignored again: the nested file's later *.txt wins\n");
        temp.Write("docs/sub/draft-2.md", "the nested pattern applies below its folder too\n");
        temp.Write("other/draft-3.md", "kept: the nested file does not apply here\n");

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Equal(["a/top.md", "docs/final.md", "keep.txt", "other/draft-3.md"], Paths(workspace));
    }

    [Fact]
    public void GitIgnore_APatternOfManyWildcards_IsLeftOutWithAWarning_AndTheOthersStillApply()
    {
        // "*a*a*a*a*a*a*a*a*a*a*c.md" against a name of fifty a's took MAB.DotIgnore's regex minutes.
        using var temp = new TempDirectory();
        temp.Write("docs/.gitignore", "# costly\n" + string.Concat(Enumerable.Repeat("*a", 10)) + "*c.md\nsecret.md\n**/build/**/*.md\n");
        temp.Write("docs/" + new string('a', 50) + ".md", "checked: the costly pattern is left out\n");
        temp.Write("docs/secret.md", "ignored\n");
        temp.Write("docs/x/build/y/z.md", "ignored: two '**' and one '*' are three wildcards, kept\n");

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Equal(["docs/" + new string('a', 50) + ".md"], Paths(workspace));
        var warning = Assert.Single(workspace.LoadFailures);
        Assert.Equal("docs/.gitignore", warning.Path);
        Assert.Equal(DocumentLoadFailureKind.IgnorePattern, warning.Kind);
        Assert.True(warning.IsWarning);
        Assert.False(warning.IsSkip);
        Assert.StartsWith("line 2: '*a*a*a", warning.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void GitIgnore_ADeviceNamedGitIgnore_IgnoresNothing_WithAWarning_NeverAnEndlessRead()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        using var temp = new TempDirectory();
        temp.Write("docs/a.md", "checked\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "docs", ".gitignore"), "/dev/zero");

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Equal(["docs/a.md"], Paths(workspace));
        var warning = Assert.Single(workspace.LoadFailures);
        Assert.Equal(DocumentLoadFailureKind.IgnorePattern, warning.Kind);
        Assert.Contains("not a regular file", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GitIgnore_PatternsPastTheLimit_AreLeftOutWithOneWarning()
    {
        using var temp = new TempDirectory();
        var lines = Enumerable.Range(0, GitIgnoreScope.MostPatterns).Select(i => $"file{i}.md").Append("late.md").Append("later.md");
        var path = temp.Write(".gitignore", string.Join('\n', lines) + "\n");
        var reports = new List<string>();

        var patterns = GitIgnoreScope.Patterns(path, (_, why) => reports.Add(why));

        Assert.NotNull(patterns);
        Assert.Equal(GitIgnoreScope.MostPatterns, patterns.Count);
        Assert.StartsWith($"line {GitIgnoreScope.MostPatterns + 1} and after:", Assert.Single(reports), StringComparison.Ordinal);
    }

    [Fact]
    public void GitIgnore_AFileInAnIgnoredFolder_CannotBeReincluded_AsGitDocuments()
    {
        using var temp = new TempDirectory();
        temp.Write(".gitignore", "out/\n!out/keep.md\n");
        temp.Write("out/keep.md", "git cannot re-include a file when its folder is excluded\n");
        temp.Write("in.md", "kept\n");

        Assert.Equal(["in.md"], Paths(FolderWorkspace.Open(temp.Path)));
    }

    [Fact]
    public void GitIgnore_OfAFolderBetweenTheRootAndANamedSubFolder_Applies()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/.gitignore", "*.txt\n");
        temp.Write("docs/guide/a.md", "kept\n");
        temp.Write("docs/guide/b.txt", "ignored by docs/.gitignore\n");

        Assert.Equal(["docs/guide/a.md"], Paths(FolderWorkspace.Open(temp.Path, ["docs/guide"])));
    }

    [SkippableFact]
    public void SymlinkLoop_EachRealFileIsLoadedOnce()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var temp = new TempDirectory();
        temp.Write("docs/a.md", "A\n");
        temp.Write("docs/sub/b.md", "B\n");
        Directory.CreateSymbolicLink(temp.Combine("docs/sub/loop"), temp.Combine("docs"));
        Directory.CreateSymbolicLink(temp.Combine("docs/self"), ".");
        File.CreateSymbolicLink(temp.Combine("docs/alias.md"), temp.Combine("docs/a.md"));

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Equal(["docs/a.md", "docs/sub/b.md"], Paths(workspace));
        Assert.Empty(workspace.LoadFailures);
    }

    [SkippableFact]
    public void SymlinkToAFolderOutsideTheTree_IsFollowed_AndItsFilesKeepTheLinkPath()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var outside = new TempDirectory();
        outside.Write("shared.md", "S\n");
        using var temp = new TempDirectory();
        temp.Write("a.md", "A\n");
        Directory.CreateSymbolicLink(temp.Combine("linked"), outside.Path);
        Directory.CreateSymbolicLink(temp.Combine("linked-again"), outside.Path);

        Assert.Equal(["a.md", "linked/shared.md"], Paths(FolderWorkspace.Open(temp.Path)));
    }

    [SkippableFact]
    public void Fix_InATreeWithASymlinkLoop_WritesEachFileOnce_WithoutFalseChangedOnDisk()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var temp = new TempDirectory();
        var path = temp.Write("docs/a.md", "old\n");
        Directory.CreateSymbolicLink(temp.Combine("docs/again"), temp.Combine("docs"));
        var workspace = FolderWorkspace.Open(temp.Path);
        var snapshot = workspace.CurrentDocuments;
        var changed = snapshot;
        foreach (var document in snapshot.Documents)
        {
            changed = changed.WithDocumentText(document.Id, SourceText.From(document.Text.ToString().Replace("old", "new", StringComparison.Ordinal)));
        }

        Assert.True(workspace.TryApplyChanges(changed, snapshot));

        Assert.Single(snapshot.Documents);
        Assert.Empty(workspace.WriteFailures);
        Assert.Equal("new\n", File.ReadAllText(path));
    }

    [Fact]
    public void GlobAndFolder_TogetherStillLoadTheFolderWhole()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/a.md", "A\n");
        temp.Write("docs/b.txt", "B\n");

        Assert.Equal(["docs/a.md", "docs/b.txt"], Paths(FolderWorkspace.Open(temp.Path, ["docs/*.md", "docs"])));
    }
}
