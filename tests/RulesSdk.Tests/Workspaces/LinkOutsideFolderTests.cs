using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

/// <summary>
/// Round 15: a file found by walking a folder, through a symbolic link to a file outside that folder, is read
/// but never written (a cloned repository's <c>docs/note.md -> ~/.bashrc</c>); a file named on purpose is
/// written through its link; a link swapped between the walk and the write is refused when written.
/// </summary>
public sealed class LinkOutsideFolderTests : IDisposable
{
    private const string Old = "old\n";
    private const string New = "new\n";

    private readonly TempDirectory _outside = new();
    private readonly TempDirectory _root = new();

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    /// <summary>Replaces "old" with "new" in every document and applies the change.</summary>
    private static void ChangeEveryDocument(FolderWorkspace workspace)
    {
        var snapshot = workspace.CurrentDocuments;
        Assert.True(workspace.TryApplyChanges(Changed(snapshot), snapshot));
    }

    private static DocumentSet Changed(DocumentSet snapshot)
    {
        var changed = snapshot;
        foreach (var document in snapshot.Documents)
        {
            changed = changed.WithDocumentText(document.Id, SourceText.From(document.Text.ToString().Replace("old", "new", StringComparison.Ordinal)));
        }

        return changed;
    }

    private static string[] Paths(FolderWorkspace workspace) => [.. workspace.CurrentDocuments.Documents.Select(d => d.Path)];

    private static string Real(string path) => RealPath.Of(path);

    private static void SkipOnWindows() => Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");

    [SkippableFact]
    public void AFileLinkOutTheFolder_IsRead_ButNotWritten_AndTheOtherFilesAre()
    {
        SkipOnWindows();
        var secret = _outside.Write("bashrc.md", Old);
        var inside = _root.Write("docs/a.md", Old);
        File.CreateSymbolicLink(_root.Combine("docs/note.md"), secret);

        var workspace = FolderWorkspace.Open(_root.Path);
        Assert.Equal(["docs/a.md", "docs/note.md"], Paths(workspace));
        Assert.Empty(workspace.LoadFailures);
        ChangeEveryDocument(workspace);

        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal(DocumentWriteFailureKind.LinkOutsideFolder, failure.Kind);
        Assert.Equal(
            $"docs/note.md: a symbolic link to {Real(secret)}, outside the folder being fixed; not written (run fix on that file by name to fix it)",
            failure.ToString());
        Assert.Equal(Old, File.ReadAllText(secret));
        Assert.Equal(New, File.ReadAllText(inside));
        Assert.NotNull(new FileInfo(_root.Combine("docs/note.md")).LinkTarget);
        Assert.Equal(Old, workspace.CurrentDocuments.GetDocument(DocumentId.FromPath("docs/note.md"))!.Text.ToString());
        Assert.Empty(Directory.GetFiles(_outside.Path, "*" + AtomicFile.TemporarySuffix));
    }

    [SkippableFact]
    public void AFolderLinkOutTheFolder_ItsFilesAreRead_ButNotWritten()
    {
        SkipOnWindows();
        var shared = _outside.Write("shared/guide.md", Old);
        _root.Write("a.md", Old);
        Directory.CreateSymbolicLink(_root.Combine("linked"), _outside.Combine("shared"));

        var workspace = FolderWorkspace.Open(_root.Path);
        Assert.Equal(["a.md", "linked/guide.md"], Paths(workspace));
        ChangeEveryDocument(workspace);

        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal(("linked/guide.md", DocumentWriteFailureKind.LinkOutsideFolder), (failure.Path, failure.Kind));
        Assert.Contains($"a symbolic link to {Real(shared)}, outside the folder being fixed", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Old, File.ReadAllText(shared));
        Assert.Equal(New, File.ReadAllText(_root.Combine("a.md")));
    }

    [SkippableFact]
    public void ALinkToASiblingOfTheFolderWalked_IsOutsideIt()
    {
        SkipOnWindows();
        // "fix docs" does not write README.md through docs/readme.md, though both are in the repository.
        var readme = _root.Write("README.md", Old);
        _root.Write("docs/a.md", Old);
        File.CreateSymbolicLink(_root.Combine("docs/readme.md"), "../README.md");

        var workspace = FolderWorkspace.Open(_root.Path, ["docs"]);
        ChangeEveryDocument(workspace);

        Assert.Equal("docs/readme.md", Assert.Single(workspace.WriteFailures).Path);
        Assert.Equal(Old, File.ReadAllText(readme));
        Assert.Equal(New, File.ReadAllText(_root.Combine("docs/a.md")));
    }

    [SkippableFact]
    public void ALinkWhoseTargetIsInsideTheFolder_IsWrittenOnce_AndStaysALink()
    {
        SkipOnWindows();
        // The target sits in an ignored folder, so the walk finds it through the link only.
        _root.Write(".gitignore", "vendor/\n");
        var target = _root.Write("vendor/guide.md", Old);
        File.CreateSymbolicLink(_root.Combine("docs-guide.md"), "vendor/guide.md");
        File.CreateSymbolicLink(_root.Combine("alias.md"), "docs-guide.md");

        var workspace = FolderWorkspace.Open(_root.Path);
        Assert.Equal(["alias.md"], Paths(workspace));
        ChangeEveryDocument(workspace);

        Assert.Empty(workspace.WriteFailures);
        Assert.Equal(New, File.ReadAllText(target));
        Assert.NotNull(new FileInfo(_root.Combine("alias.md")).LinkTarget);
        Assert.NotNull(new FileInfo(_root.Combine("docs-guide.md")).LinkTarget);
    }

    [SkippableFact]
    public void AFolderThatIsItselfALink_IsWalkedAsItsTarget_AndWritten()
    {
        SkipOnWindows();
        // The folder named is the user's choice: its real path is the folder, wherever it is.
        var guide = _outside.Write("shared/guide.md", Old);
        Directory.CreateSymbolicLink(_root.Combine("shared"), _outside.Combine("shared"));

        var workspace = FolderWorkspace.Open(_root.Path, ["shared"]);
        ChangeEveryDocument(workspace);

        Assert.Empty(workspace.WriteFailures);
        Assert.Equal(New, File.ReadAllText(guide));
    }

    [SkippableFact]
    public void AFileNamedOnPurpose_IsWrittenThroughItsLink_AlsoWhenItsFolderIsWalkedToo()
    {
        SkipOnWindows();
        var secret = _outside.Write("notes.md", Old);
        _root.Write("docs/a.md", Old);
        File.CreateSymbolicLink(_root.Combine("docs/note.md"), secret);

        foreach (var paths in new[] { new[] { "docs/note.md" }, ["docs", "docs/note.md"], ["docs/note.md", "."] })
        {
            File.WriteAllText(secret, Old);
            var workspace = FolderWorkspace.Open(_root.Path, paths);
            ChangeEveryDocument(workspace);

            Assert.Empty(workspace.WriteFailures);
            Assert.Equal(New, File.ReadAllText(secret));
            Assert.NotNull(new FileInfo(_root.Combine("docs/note.md")).LinkTarget);
        }
    }

    [SkippableFact]
    public void GetLinkRefusal_SaysWhatAWriteWouldRefuse_WithoutWriting()
    {
        SkipOnWindows();
        var secret = _outside.Write("bashrc.md", Old);
        _root.Write("a.md", Old);
        File.CreateSymbolicLink(_root.Combine("note.md"), secret);
        var workspace = FolderWorkspace.Open(_root.Path);

        Assert.Null(workspace.GetLinkRefusal(DocumentId.FromPath("a.md")));
        var refusal = workspace.GetLinkRefusal(DocumentId.FromPath("note.md"));

        Assert.Equal(DocumentWriteFailureKind.LinkOutsideFolder, refusal?.Kind);
        Assert.Equal($"a symbolic link to {Real(secret)}, outside the folder being fixed; not written (run fix on that file by name to fix it)", refusal?.Message);
        Assert.Equal(Old, File.ReadAllText(secret));
    }

    [SkippableFact]
    public void ALinkSwappedOutTheFolderBeforeItIsRead_IsNotWritten()
    {
        SkipOnWindows();
        // The walk sees docs/note.md -> docs/real.md (inside); by the read it leads out: refused when written.
        var secret = _outside.Write("bashrc.md", Old);
        _root.Write(".gitignore", "real.md\n");
        _root.Write("docs/real.md", Old);
        var link = _root.Combine("docs/note.md");
        File.CreateSymbolicLink(link, "real.md");
        var options = FolderWorkspaceOptions.Default with
        {
            BeforeReadForTesting = path =>
            {
                if (path == link)
                {
                    File.Delete(link);
                    File.CreateSymbolicLink(link, secret);
                }
            },
        };

        var workspace = FolderWorkspace.Open(_root.Path, options);
        Assert.Equal(["docs/note.md"], Paths(workspace));
        ChangeEveryDocument(workspace);

        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal(DocumentWriteFailureKind.LinkOutsideFolder, failure.Kind);
        Assert.Equal(Old, File.ReadAllText(secret));
        Assert.Equal(Old, File.ReadAllText(_root.Combine("docs/real.md")));
    }

    [SkippableFact]
    public void AFolderSwappedForALinkOutTheFolderBeforeTheRename_IsNotWritten()
    {
        SkipOnWindows();
        // The last window: the temporary file is complete, then docs/sub becomes a link to a folder outside
        // holding a file of the same name. The folder is resolved again before the rename: refused.
        var secret = _outside.Write("a.md", Old);
        _root.Write("docs/sub/a.md", Old);
        var sub = _root.Combine("docs/sub");
        var options = FolderWorkspaceOptions.Default with
        {
            BeforeReplaceForTesting = _ =>
            {
                Directory.Move(sub, _root.Combine("docs/sub-moved"));
                Directory.CreateSymbolicLink(sub, _outside.Path);
            },
        };

        var workspace = FolderWorkspace.Open(_root.Path, options);
        ChangeEveryDocument(workspace);

        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal(DocumentWriteFailureKind.LinkOutsideFolder, failure.Kind);
        Assert.StartsWith($"a symbolic link to {Real(secret)}, outside the folder being fixed", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Old, File.ReadAllText(secret));
        Assert.Equal(Old, File.ReadAllText(_root.Combine("docs/sub-moved/a.md")));
        Assert.Empty(Directory.GetFiles(_outside.Path, "*" + AtomicFile.TemporarySuffix));
    }

    [SkippableFact]
    public void AtomicFile_ConfinedToAFolder_ResolvesTheLinkWhenWriting_AndRefusesATargetOutside()
    {
        SkipOnWindows();
        var secret = _outside.Write("bashrc.md", Old);
        var inside = _root.Write("inside.md", Old);
        var link = _root.Combine("note.md");
        File.CreateSymbolicLink(link, inside);
        var folder = Real(_root.Path);

        AtomicFile.Replace(link, "one\n"u8.ToArray(), expected: null, beforeRename: null, withinFolder: folder);
        Assert.Equal("one\n", File.ReadAllText(inside));

        // Swapped since: the write resolves it again.
        File.Delete(link);
        File.CreateSymbolicLink(link, secret);
        var refused = Assert.Throws<SymbolicLinkOutsideFolderException>(
            () => AtomicFile.Replace(link, "two\n"u8.ToArray(), expected: null, beforeRename: null, withinFolder: folder));

        Assert.Equal((link, Real(secret), folder), (refused.Path, refused.Target, refused.Folder));
        Assert.Equal(Old, File.ReadAllText(secret));
        Assert.Empty(Directory.GetFiles(_outside.Path, "*" + AtomicFile.TemporarySuffix));

        // Unconfined (a file named on purpose), the link is written through, as before.
        AtomicFile.Replace(link, "three\n"u8.ToArray(), expected: null, beforeRename: null);
        Assert.Equal("three\n", File.ReadAllText(secret));
    }

    [Theory]
    [InlineData("/a/b", "/a/b", true)]
    [InlineData("/a/b/c.md", "/a/b", true)]
    [InlineData("/a/b/c.md", "/a/b/", true)]
    [InlineData("/a/bc.md", "/a/b", false)]
    [InlineData("/a/bc/d.md", "/a/b", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/etc/passwd", "/", true)]
    public void IsWithin_ComparesWholePathSegments(string path, string folder, bool within)
    {
        Assert.Equal(within, RealPath.IsWithin(path, folder));
    }
}
