using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

public sealed class WorkspaceTests
{
    [Fact]
    public void InMemory_AddDocument_RaisesWorkspaceChanged()
    {
        var workspace = new InMemoryWorkspace();
        var events = new List<WorkspaceChangedEventArgs>();
        workspace.WorkspaceChanged += (_, e) => events.Add(e);

        var document = workspace.AddDocument("a.md", "Texte.", "fr");

        var change = Assert.Single(events);
        Assert.Same(DocumentSet.Empty, change.OldSet);
        Assert.Same(workspace.CurrentDocuments, change.NewSet);
        Assert.Same(document, workspace.CurrentDocuments.GetDocument(document.Id));
        Assert.Equal("fr", document.DeclaredLanguage);
    }

    [Fact]
    public void TryApplyChanges_FromCurrentSnapshot_Succeeds()
    {
        var workspace = new InMemoryWorkspace();
        var document = workspace.AddDocument("a.md", "avant");
        var snapshot = workspace.CurrentDocuments;
        WorkspaceChangedEventArgs? raised = null;
        workspace.WorkspaceChanged += (_, e) => raised = e;

        var applied = workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, SourceText.From("après")), snapshot);

        Assert.True(applied);
        Assert.Equal("après", workspace.CurrentDocuments.GetDocument(document.Id)!.Text.ToString());
        Assert.NotNull(raised);
        Assert.Same(snapshot, raised.OldSet);
        Assert.Same(workspace.CurrentDocuments, raised.NewSet);
    }

    [Fact]
    public void TryApplyChanges_StaleSnapshot_IsRefused_NothingRaised()
    {
        var workspace = new InMemoryWorkspace();
        var document = workspace.AddDocument("a.md", "v1");
        var stale = workspace.CurrentDocuments;
        Assert.True(workspace.TryApplyChanges(stale.WithDocumentText(document.Id, SourceText.From("v2")), stale));
        var current = workspace.CurrentDocuments;
        var raised = 0;
        workspace.WorkspaceChanged += (_, _) => raised++;

        var applied = workspace.TryApplyChanges(stale.WithDocumentText(document.Id, SourceText.From("v3 from stale")), stale);

        Assert.False(applied);
        Assert.Equal(0, raised);
        Assert.Same(current, workspace.CurrentDocuments);
        Assert.Equal("v2", workspace.CurrentDocuments.GetDocument(document.Id)!.Text.ToString());
    }

    [Fact]
    public void TryApplyChanges_EqualButNotSameSnapshot_IsRefused()
    {
        var workspace = new InMemoryWorkspace();
        workspace.AddDocument("a.md", "x");
        var copy = DocumentSet.Empty.AddDocument(TextDocument.Create("a.md", "x"));

        Assert.False(workspace.TryApplyChanges(copy.AddDocument(TextDocument.Create("b.md", "y")), copy));
    }

    [Fact]
    public async Task AddDocument_Concurrently_LosesNothing()
    {
        var workspace = new InMemoryWorkspace();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => workspace.AddDocument($"doc-{i:00}.md", "x"))));

        Assert.Equal(50, workspace.CurrentDocuments.Count);
        Assert.Equal(50, workspace.CurrentDocuments.Version);
    }

    [Fact]
    public void TryApplyChanges_Null_Throws()
    {
        var workspace = new InMemoryWorkspace();

        Assert.Throws<ArgumentNullException>(() => workspace.TryApplyChanges(null!, DocumentSet.Empty));
        Assert.Throws<ArgumentNullException>(() => workspace.TryApplyChanges(DocumentSet.Empty, null!));
    }
}
