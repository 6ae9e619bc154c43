using System.Text;
using RulesSdk.Syntax;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

public sealed class FolderWorkspaceTests
{
    private static string[] Paths(FolderWorkspace workspace) => [.. workspace.CurrentDocuments.Documents.Select(d => d.Path)];

    private static TempDirectory Tree()
    {
        var temp = new TempDirectory();
        temp.Write("a.md", "# A\n");
        temp.Write("sub/b.markdown", "B\n");
        temp.Write("sub/deep/c.txt", "C\n");
        temp.Write("sub/deep/notes.rst", "not a document type\n");
        temp.Write(".git/HEAD.md", "git internals\n");
        temp.Write("node_modules/pkg/readme.md", "dependency\n");
        temp.Write("ignored.md", "ignored by git\n");
        temp.Write("build/out.md", "build output\n");
        temp.Write("sub/secret.txt", "ignored anywhere\n");
        temp.Write("drafts/d.md", "drafts are excluded by option\n");
        temp.Write(".gitignore", "# comment\n/ignored.md\nbuild/\nsecret.txt\n!kept.md\n");
        return temp;
    }

    [Fact]
    public void Open_Folder_LoadsDocumentsRecursively_SkippingGitAndIgnored()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { Exclude = ["drafts/**"] });

        Assert.Equal(["a.md", "sub/b.markdown", "sub/deep/c.txt"], Paths(workspace));
        Assert.Empty(workspace.LoadFailures);
        Assert.Equal(temp.Path, workspace.Root);
    }

    [Fact]
    public void Open_Folder_WithoutGitIgnore_LoadsIgnoredFilesToo()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { RespectGitIgnore = false });

        Assert.Equal(["a.md", "build/out.md", "drafts/d.md", "ignored.md", "sub/b.markdown", "sub/deep/c.txt", "sub/secret.txt"], Paths(workspace));
    }

    [Fact]
    public void Open_SubFolder_HonoursTheRootsGitIgnoreAndExcludes()
    {
        using var temp = Tree();
        temp.Write("drafts/keep/e.md", "excluded too\n");
        temp.Write("drafts/.hidden.md", "excluded too\n");

        var workspace = FolderWorkspace.Open(temp.Path, ["sub", "drafts"], new FolderWorkspaceOptions { Exclude = ["drafts/**"] });

        Assert.Equal(["sub/b.markdown", "sub/deep/c.txt"], Paths(workspace));
    }

    [Fact]
    public void Open_IgnoredFolderNamedOnPurpose_IsRead_ButConfiguredExcludesStillApply()
    {
        using var temp = Tree();
        temp.Write("build/skip/x.md", "excluded by configuration\n");

        var workspace = FolderWorkspace.Open(temp.Path, ["build"], new FolderWorkspaceOptions { Exclude = ["build/skip/**"] });

        Assert.Equal(["build/out.md"], Paths(workspace));
    }

    [Fact]
    public void Open_WithOneReader_LoadsTheSameDocumentsInTheSameOrder()
    {
        using var temp = Tree();

        var parallel = FolderWorkspace.Open(temp.Path);
        var serial = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal(Paths(parallel), Paths(serial));
        Assert.Equal(parallel.CurrentDocuments.Documents.Select(d => d.Text.ToString()), serial.CurrentDocuments.Documents.Select(d => d.Text.ToString()));
    }

    [Fact]
    public void Documents_HaveKindIdAndDecodedText()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path);
        var markdown = workspace.CurrentDocuments.GetDocument(DocumentId.FromPath("a.md"))!;
        var plain = workspace.CurrentDocuments.GetDocument(DocumentId.FromPath("sub/deep/c.txt"))!;

        Assert.Equal(DocumentKind.Markdown, markdown.Kind);
        Assert.Equal(DocumentKind.Markdown, workspace.CurrentDocuments.GetDocument(DocumentId.FromPath("sub/b.markdown"))!.Kind);
        Assert.Equal(DocumentKind.PlainText, plain.Kind);
        Assert.Equal("# A\n", markdown.Text.ToString());
        Assert.All(workspace.CurrentDocuments.Documents, d => Assert.Equal(1, d.Version));
        Assert.Equal(DocumentId.FromPath("a.md"), markdown.Id);
    }

    [Fact]
    public void Open_Globs_RelativeToRoot()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path, ["sub/**/*.txt", "*.md"]);

        Assert.Equal(["a.md", "sub/deep/c.txt"], Paths(workspace));
    }

    [Fact]
    public void Open_GlobMatchingNothing_IsNotFound()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path, ["nothing/**/*.md"]);

        Assert.Empty(Paths(workspace));
        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal(DocumentLoadFailureKind.NotFound, failure.Kind);
        Assert.Equal("no file matches 'nothing/**/*.md'", failure.Message);
    }

    [Fact]
    public void Open_MissingPath_IsNotFound()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path, ["missing.md", "a.md"]);

        Assert.Equal(["a.md"], Paths(workspace));
        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal(DocumentLoadFailureKind.NotFound, failure.Kind);
        Assert.Equal("missing.md: no such file or directory", failure.ToString());
        Assert.False(failure.IsSkip);
    }

    [Fact]
    public void Open_NamedFile_IsLoadedWhateverItsExtension()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path, ["sub/deep/notes.rst"]);

        Assert.Equal(["sub/deep/notes.rst"], Paths(workspace));
        Assert.Equal(DocumentKind.PlainText, workspace.CurrentDocuments.Documents.Single().Kind);
    }

    [Fact]
    public void Open_SameFileTwice_IsLoadedOnce()
    {
        using var temp = Tree();

        var workspace = FolderWorkspace.Open(temp.Path, ["a.md", "./a.md", "*.md"]);

        Assert.Equal(["a.md"], Paths(workspace));
    }

    [Fact]
    public void BinaryFile_IsSkippedAsBinary()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("image.md", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        temp.Write("ok.md", "texte");

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Equal(["ok.md"], Paths(workspace));
        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal(DocumentLoadFailureKind.Binary, failure.Kind);
        Assert.Equal("image.md", failure.Path);
        Assert.StartsWith("skipped: binary content", failure.Message, StringComparison.Ordinal);
        Assert.True(failure.IsSkip);
    }

    [Fact]
    public void LargeFile_IsSkippedAsTooLarge()
    {
        using var temp = new TempDirectory();
        temp.Write("big.md", new string('x', 100));
        temp.Write("small.md", "x");

        var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { MaxFileSizeBytes = 50 });

        Assert.Equal(["small.md"], Paths(workspace));
        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal(DocumentLoadFailureKind.TooLarge, failure.Kind);
        Assert.Contains("100 bytes", failure.Message, StringComparison.Ordinal);
        Assert.True(failure.IsSkip);
    }

    [Fact]
    public void InvalidUtf8_IsInvalidEncodingWithTheOffset()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("latin1.txt", [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Empty(Paths(workspace));
        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal(DocumentLoadFailureKind.InvalidEncoding, failure.Kind);
        Assert.Contains("byte offset 3", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsSkip);
    }

    [Fact]
    public void InvalidUtf8_WithFallbackEncoding_Loads()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("latin1.txt", [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);

        var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { FallbackEncoding = Encoding.Latin1 });

        Assert.Equal("Café\n", workspace.CurrentDocuments.Documents.Single().Text.ToString());
    }

    [Fact]
    public void Options_LanguageAndDocumentOptions_ComeFromDelegates()
    {
        using var temp = Tree();
        var options = new FolderWorkspaceOptions
        {
            DocumentLanguage = path => path.StartsWith("sub/", StringComparison.Ordinal) ? "en" : null,
            DocumentOptions = path => System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("path", path),
        };

        var workspace = FolderWorkspace.Open(temp.Path, ["a.md", "sub"], options);
        var documents = workspace.CurrentDocuments.Documents.ToArray();

        Assert.Equal([null, "en", "en"], documents.Select(d => d.DeclaredLanguage));
        Assert.All(documents, d => Assert.Equal(d.Path, d.GetOption("path")));
    }

    public static TheoryData<string, byte[]> StoredFiles() => new()
    {
        { "utf8-bom-crlf", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Titre\r\n\r\nJe trouve ça bien.\r\nFin.\r\n")] },
        { "utf8-lf-no-final-newline", Encoding.UTF8.GetBytes("Titre\n\nJe trouve ça bien.\nFin.") },
        { "utf8-cr", Encoding.UTF8.GetBytes("Titre\r\rJe trouve ça bien.\rFin.\r") },
        { "utf16le-bom-crlf", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Titre\r\n\r\nJe trouve ça bien.\r\nFin.\r\n")] },
        { "utf16be-bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Titre\n\nJe trouve ça bien.\nFin.\n")] },
    };

    [Theory]
    [MemberData(nameof(StoredFiles))]
    public void ApplyChanges_WritesOnlyTheChange_KeepingEncodingBomAndNewLines(string name, byte[] original)
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes(name + ".txt", original);
        var workspace = FolderWorkspace.Open(temp.Path);
        var snapshot = workspace.CurrentDocuments;
        var document = snapshot.Documents.Single();
        var start = document.Text.ToString().IndexOf("trouve", StringComparison.Ordinal);
        var changed = document.Text.WithChanges(new TextChange(new TextSpan(start, "trouve".Length), "pense"));

        var applied = workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, changed), snapshot);

        Assert.True(applied);
        Assert.Empty(workspace.WriteFailures);
        var decoded = SourceText.Decode(original);
        var expected = decoded.WithText(decoded.ToString().Replace("trouve", "pense", StringComparison.Ordinal)).Encode();
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Equal(original.Length - (decoded.Encoding.GetByteCount("trouve") - decoded.Encoding.GetByteCount("pense")), File.ReadAllBytes(path).Length);
        Assert.Equal([name + ".txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ApplyChanges_Latin1File_KeepsLatin1()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("latin1.txt", [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'x', (byte)'\n']);
        var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { FallbackEncoding = Encoding.Latin1 });
        var snapshot = workspace.CurrentDocuments;
        var document = snapshot.Documents.Single();

        Assert.True(workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, document.Text.WithChanges(new TextChange(new TextSpan(5, 1), "crème"))), snapshot));

        Assert.Equal([(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'c', (byte)'r', 0xE8, (byte)'m', (byte)'e', (byte)'\n'], File.ReadAllBytes(path));
    }

    [Fact]
    public void ApplyChanges_CharacterTheFileEncodingCannotHold_IsAWriteFailure_FileUntouched()
    {
        using var temp = new TempDirectory();
        byte[] original = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n'];
        var path = temp.WriteBytes("latin1.txt", original);
        var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { FallbackEncoding = Encoding.Latin1 });
        var snapshot = workspace.CurrentDocuments;
        var document = snapshot.Documents.Single();

        workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, document.Text.WithChanges(new TextChange(new TextSpan(4, 0), " 5 €"))), snapshot);

        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal("latin1.txt", failure.Path);
        Assert.Contains("cannot be stored", failure.Message, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void ApplyChanges_FileModifiedOnDisk_IsNotOverwritten()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "original\n");
        temp.Write("b.md", "other\n");
        var workspace = FolderWorkspace.Open(temp.Path);
        var snapshot = workspace.CurrentDocuments;
        var a = snapshot.GetDocument(DocumentId.FromPath("a.md"))!;
        var b = snapshot.GetDocument(DocumentId.FromPath("b.md"))!;
        File.WriteAllText(path, "edited by someone else\n");

        var newSet = snapshot
            .WithDocumentText(a.Id, SourceText.From("fixed\n"))
            .WithDocumentText(b.Id, SourceText.From("other fixed\n"));
        workspace.TryApplyChanges(newSet, snapshot);

        Assert.Equal("edited by someone else\n", File.ReadAllText(path));
        Assert.Equal("other fixed\n", File.ReadAllText(temp.Combine("b.md")));
        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal("a.md", failure.Path);
        Assert.Contains("changed on disk", failure.Message, StringComparison.Ordinal);

        // Memory matches the disk: the unwritten document keeps its old text, the written one is new.
        Assert.Equal("original\n", workspace.CurrentDocuments.GetDocument(a.Id)!.Text.ToString());
        Assert.Equal("other fixed\n", workspace.CurrentDocuments.GetDocument(b.Id)!.Text.ToString());
    }

    [Fact]
    public void ApplyChanges_ThroughSymlink_KeepsTheLinkAndPermissions()
    {
        // Unix file modes and unprivileged symlinks: not a Windows scenario.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempDirectory();
        var target = temp.Write("target.md", "one\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var link = temp.Combine("link.md");
        File.CreateSymbolicLink(link, target);

        AtomicFile.WriteAllBytes(link, "two\n"u8.ToArray());

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("two\n", File.ReadAllText(target));
        Assert.True(File.GetUnixFileMode(target).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void ApplyChanges_Twice_SecondWriteSeesTheFirst()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "one\n");
        var workspace = FolderWorkspace.Open(temp.Path);
        var id = DocumentId.FromPath("a.md");

        var first = workspace.CurrentDocuments;
        Assert.True(workspace.TryApplyChanges(first.WithDocumentText(id, SourceText.From("two\n")), first));
        var second = workspace.CurrentDocuments;
        Assert.True(workspace.TryApplyChanges(second.WithDocumentText(id, SourceText.From("three\n")), second));

        Assert.Empty(workspace.WriteFailures);
        Assert.Equal("three\n", File.ReadAllText(path));
    }

    [Fact]
    public void ApplyChanges_StaleSnapshot_WritesNothing()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "one\n");
        var workspace = FolderWorkspace.Open(temp.Path);
        var id = DocumentId.FromPath("a.md");
        var stale = workspace.CurrentDocuments;
        Assert.True(workspace.TryApplyChanges(stale.WithDocumentText(id, SourceText.From("two\n")), stale));

        Assert.False(workspace.TryApplyChanges(stale.WithDocumentText(id, SourceText.From("stale\n")), stale));

        Assert.Equal("two\n", File.ReadAllText(path));
    }

    [Fact]
    public void ApplyChanges_UnchangedDocuments_AreNotRewritten()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "same\n");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        var workspace = FolderWorkspace.Open(temp.Path);
        var snapshot = workspace.CurrentDocuments;
        var id = DocumentId.FromPath("a.md");

        Assert.True(workspace.TryApplyChanges(snapshot.WithDocumentText(id, SourceText.From("same\n")), snapshot));

        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void AtomicFile_ReplacesContent_LeavesNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "old");

        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("new"));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["a.md"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void AtomicFile_MissingFolder_Throws_LeavesNothing()
    {
        using var temp = new TempDirectory();

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllBytes(temp.Combine("missing/a.md"), [1]));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void AtomicFile_Write_StreamsTheContent_AndAFailedWriterLeavesTheOldFileWhole()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("report.json", "old report");

        AtomicFile.Write(path, stream =>
        {
            for (var i = 0; i < 3; i++)
            {
                stream.Write("part "u8);
            }
        });
        Assert.Equal("part part part ", File.ReadAllText(path));

        var failure = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half of a new rep"u8);
            throw new InvalidOperationException("the formatter failed");
        }));

        Assert.Equal("the formatter failed", failure.Message);
        Assert.Equal("part part part ", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }
}
