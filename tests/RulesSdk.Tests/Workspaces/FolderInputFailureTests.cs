using System.Diagnostics;
using System.Runtime.Versioning;
using Mono.Unix.Native;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

/// <summary>
/// Round 14: a file or folder under a checked folder that cannot be read (a name that is not UTF-8, a
/// link loop, a folder that may not be listed, a file gone or replaced between listing and reading) is
/// one failure for that path; every other file is loaded.
/// </summary>
public sealed class FolderInputFailureTests
{
    private static string[] Paths(FolderWorkspace workspace) => [.. workspace.CurrentDocuments.Documents.Select(d => d.Path)];

    /// <summary>Runs a shell command in <paramref name="folder"/>: .NET cannot make a name that is not UTF-8, printf can.</summary>
    private static void Sh(string folder, string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = folder, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [SkippableFact]
    public void AFileNameThatIsNotUtf8_IsOneUnreadableFailure_AndTheOtherFilesLoad()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "names are bytes on Linux only");
        using var temp = new TempDirectory();
        temp.Write("docs/a.md", "checked\n");
        temp.Write("docs/z.md", "checked too\n");
        try
        {
            Sh(temp.Path, @"printf 'Du texte.\n' > ""docs/$(printf 'caf\351.md')""");

            var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { MaxDegreeOfParallelism = 1 });

            Assert.Equal(["docs/a.md", "docs/z.md"], Paths(workspace));
            var failure = Assert.Single(workspace.LoadFailures);
            Assert.Equal("docs/caf\uFFFD.md", failure.Path);
            Assert.Equal(DocumentLoadFailureKind.Unreadable, failure.Kind);
            Assert.Equal(BoundedFile.UndecodableNameMessage, failure.Message);
            Assert.Contains("not valid UTF-8", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Sh(temp.Path, "rm -rf docs");
        }
    }

    [SkippableFact]
    public void AFolderNameThatIsNotUtf8_IsOneFailure_AndTheOtherFilesLoad()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "names are bytes on Linux only");
        using var temp = new TempDirectory();
        temp.Write("a.md", "checked\n");
        try
        {
            Sh(temp.Path, @"d=""$(printf 'caf\351')"" && mkdir ""$d"" && printf 'x\n' > ""$d/in.md""");

            var workspace = FolderWorkspace.Open(temp.Path);

            Assert.Equal(["a.md"], Paths(workspace));
            var failure = Assert.Single(workspace.LoadFailures);
            Assert.Equal("caf\uFFFD", failure.Path);
            Assert.Equal(DocumentLoadFailureKind.Unreadable, failure.Kind);
            Assert.Equal("cannot list the folder: " + BoundedFile.UndecodableNameMessage, failure.Message);
        }
        finally
        {
            Sh(temp.Path, "rm -rf ./caf*");
        }
    }

    [SkippableFact]
    public void ANamedFileWhoseNameIsNotUtf8_SaysSo_RatherThanNoSuchFile()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "names are bytes on Linux only");
        using var temp = new TempDirectory();

        var workspace = FolderWorkspace.Open(temp.Path, ["caf\uFFFD.md"]);

        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal(DocumentLoadFailureKind.Unreadable, failure.Kind);
        Assert.Equal(BoundedFile.UndecodableNameMessage, failure.Message);
    }

    [SkippableFact]
    public void ALinkLoop_IsOneFailure_AndTheOtherFilesLoad()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links without privileges");
        using var temp = new TempDirectory();
        temp.Write("a.md", "checked\n");
        File.CreateSymbolicLink(temp.Combine("loop.md"), "loop2.md");
        File.CreateSymbolicLink(temp.Combine("loop2.md"), "loop.md");

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Equal(["a.md"], Paths(workspace));
        Assert.Equal(["loop.md", "loop2.md"], workspace.LoadFailures.Select(f => f.Path));
        Assert.All(workspace.LoadFailures, f =>
        {
            Assert.Equal(DocumentLoadFailureKind.Unreadable, f.Kind);
            Assert.Equal(FolderWalker.LinkLoopMessage, f.Message);
        });
    }

    [SkippableFact]
    public void ANamedLinkLoop_SaysSo_RatherThanNoSuchFile()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "symbolic links without privileges");
        using var temp = new TempDirectory();
        File.CreateSymbolicLink(temp.Combine("loop.md"), "loop.md");

        var workspace = FolderWorkspace.Open(temp.Path, ["loop.md"]);

        Assert.Equal("loop.md: " + FolderWalker.LinkLoopMessage, Assert.Single(workspace.LoadFailures).ToString());
    }

    [SkippableFact]
    public void ALargeFile_IsDecodedThroughTheHandleThatWasChecked()
    {
        // Over 4 MB the text is decoded in two streaming passes, which reopen the file: the same file.
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc/self/fd");
        using var temp = new TempDirectory();
        var text = string.Concat(Enumerable.Repeat("Une ligne de texte ordinaire.\n", 200_000));
        temp.Write("big.md", text);

        var workspace = FolderWorkspace.Open(temp.Path);

        Assert.Empty(workspace.LoadFailures);
        Assert.Equal(text, Assert.Single(workspace.CurrentDocuments.Documents).Text.ToString());
    }

    [SkippableFact]
    [SupportedOSPlatform("linux")]
    public void AFolderThatMayNotBeRead_IsOneFailure_AndTheOtherFilesLoad()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Unix permissions");
        Skip.If(Syscall.geteuid() == 0, "root reads every folder");
        using var temp = new TempDirectory();
        temp.Write("a.md", "checked\n");
        temp.Write("secret/b.md", "not readable\n");
        File.SetUnixFileMode(temp.Combine("secret"), UnixFileMode.None);
        try
        {
            var workspace = FolderWorkspace.Open(temp.Path);

            Assert.Equal(["a.md"], Paths(workspace));
            var failure = Assert.Single(workspace.LoadFailures);
            Assert.Equal("secret", failure.Path);
            Assert.Equal(DocumentLoadFailureKind.Unreadable, failure.Kind);
            Assert.Equal("cannot list the folder: permission denied; the files in it are not checked", failure.Message);
        }
        finally
        {
            File.SetUnixFileMode(temp.Combine("secret"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void AFileRemovedBetweenListingAndReading_IsNotFound_AndTheOtherFilesLoad()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "checked\n");
        var gone = temp.Write("b.md", "removed before it is read\n");
        temp.Write("c.md", "checked\n");
        var options = new FolderWorkspaceOptions
        {
            MaxDegreeOfParallelism = 1,
            BeforeReadForTesting = path =>
            {
                if (path == gone)
                {
                    File.Delete(path);
                }
            },
        };

        var workspace = FolderWorkspace.Open(temp.Path, options);

        Assert.Equal(["a.md", "c.md"], Paths(workspace));
        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal("b.md: no such file or directory", failure.ToString());
        Assert.Equal(DocumentLoadFailureKind.NotFound, failure.Kind);
    }

    [SkippableFact]
    public void AFileReplacedByAFifoBetweenListingAndReading_IsSkipped_NeverWaitedOn()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo");
        using var temp = new TempDirectory();
        temp.Write("a.md", "checked\n");
        var replaced = temp.Write("b.md", "becomes a FIFO\n");
        var options = new FolderWorkspaceOptions
        {
            BeforeReadForTesting = path =>
            {
                if (path == replaced)
                {
                    File.Delete(path);
                    Assert.Equal(0, Syscall.mkfifo(path, FilePermissions.DEFFILEMODE));
                }
            },
        };

        var workspace = FolderWorkspace.Open(temp.Path, options);

        Assert.Equal(["a.md"], Paths(workspace));
        var failure = Assert.Single(workspace.LoadFailures);
        Assert.Equal("b.md: skipped: a FIFO (named pipe), not a regular file; only regular files are read", failure.ToString());
    }

    [SkippableFact]
    public void TheSameBadFile_GetsTheSameWords_FromTheWorkspace_AsFromBoundedFile()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs a FIFO");
        using var temp = new TempDirectory();
        var big = temp.Write("big.md", new string('x', 2000));
        var pipe = temp.Combine("pipe.md");
        Assert.Equal(0, Syscall.mkfifo(pipe, FilePermissions.DEFFILEMODE));

        var workspace = FolderWorkspace.Open(temp.Path, new FolderWorkspaceOptions { MaxFileSizeBytes = 1000 });

        BoundedFile.TryReadAllBytes(big, 1000, out var bigAlone);
        BoundedFile.TryReadAllBytes(pipe, 1000, out var pipeAlone);
        Assert.Equal(
            [$"big.md: skipped: {bigAlone!.Message}", $"pipe.md: skipped: {pipeAlone!.Message}"],
            workspace.LoadFailures.Select(f => f.ToString()));
        Assert.Equal("big.md: skipped: 2,000 bytes, larger than the 1,000-byte limit", workspace.LoadFailures[0].ToString());
    }
}
