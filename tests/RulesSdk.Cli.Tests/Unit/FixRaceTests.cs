using System.Text;
using RulesSdk.Cli.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.Unit;

/// <summary>
/// Issue 13, item 2: another process appends to the document while the temporary file exists (made
/// deterministic by the workspace's hook between writing the temporary file and renaming it). The
/// append must survive: the file is left alone and reported as changed on disk.
/// </summary>
public sealed class FixRaceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnAppendWhileTheTemporaryFileExists_IsKept_AndTheWriteIsRefused()
    {
        var path = _folder.Write("doc.txt", "Vladimir Zelensky a parlé.\n");
        var sawTemporary = false;
        var options = new FolderWorkspaceOptions
        {
            BeforeReplaceForTesting = temporary =>
            {
                sawTemporary = File.Exists(temporary);
                Shell.Must(_folder.Path, "/bin/sh", "-c", "printf 'Ajout.\\n' >> doc.txt");
            },
        };
        var workspace = FolderWorkspace.Open(_folder.Path, options);
        var snapshot = workspace.CurrentDocuments;
        var document = Assert.Single(snapshot.Documents);

        var applied = workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, SourceText.From("Volodymyr Zelensky a parlé.\n", new UTF8Encoding(false))), snapshot);

        Assert.True(applied);
        Assert.True(sawTemporary);
        var failure = Assert.Single(workspace.WriteFailures);
        Assert.Equal(DocumentWriteFailureKind.ChangedOnDisk, failure.Kind);
        Assert.Equal("Vladimir Zelensky a parlé.\nAjout.\n", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.docrules-tmp"));
    }

    [Fact]
    public void WithoutAnotherWriter_TheFileIsReplaced()
    {
        var path = _folder.Write("doc.txt", "Vladimir Zelensky a parlé.\n");
        var workspace = FolderWorkspace.Open(_folder.Path, new FolderWorkspaceOptions { BeforeReplaceForTesting = _ => { } });
        var snapshot = workspace.CurrentDocuments;
        var document = Assert.Single(snapshot.Documents);

        workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, SourceText.From("Volodymyr Zelensky a parlé.\n", new UTF8Encoding(false))), snapshot);

        Assert.Empty(workspace.WriteFailures);
        Assert.Equal("Volodymyr Zelensky a parlé.\n", File.ReadAllText(path));
    }
}
