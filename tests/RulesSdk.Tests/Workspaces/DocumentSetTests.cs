using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Workspaces;

public sealed class DocumentSetTests
{
    [Fact]
    public void Empty_IsVersionZero()
    {
        Assert.Equal(0, DocumentSet.Empty.Version);
        Assert.Equal(0, DocumentSet.Empty.Count);
        Assert.Empty(DocumentSet.Empty.Documents);
    }

    [Fact]
    public void EveryChange_GivesANewSetWithAHigherVersion()
    {
        var a = TextDocument.Create("b/a.md", "A");
        var b = TextDocument.Create("a/b.md", "B");

        var one = DocumentSet.Empty.AddDocument(a);
        var two = one.AddDocument(b);
        var three = two.WithDocumentText(a.Id, SourceText.From("A2"));
        var four = three.RemoveDocument(b.Id);

        Assert.Equal([1, 2, 3, 4], new[] { one, two, three, four }.Select(s => s.Version));
        Assert.Equal(1, one.Count);
        Assert.Equal(["a/b.md", "b/a.md"], two.Documents.Select(d => d.Path));
        Assert.Equal("A", two.GetDocument(a.Id)!.Text.ToString());
        Assert.Equal("A2", three.GetDocument(a.Id)!.Text.ToString());
        Assert.Equal(2, three.GetDocument(a.Id)!.Version);
        Assert.False(four.Contains(b.Id));
        Assert.True(four.Contains(a.Id));
        Assert.Null(four.GetDocument(b.Id));
    }

    [Fact]
    public void AddDocuments_IsOneChange_AndRefusesDuplicates()
    {
        var a = TextDocument.Create("b/a.md", "A");
        var b = TextDocument.Create("a/b.md", "B");

        var both = DocumentSet.Empty.AddDocuments([a, b]);

        Assert.Equal(1, both.Version);
        Assert.Equal(["a/b.md", "b/a.md"], both.Documents.Select(d => d.Path));
        Assert.Same(both, both.AddDocuments([]));
        Assert.Throws<ArgumentException>(() => both.AddDocuments([TextDocument.Create("a/b.md", "again")]));
        Assert.Throws<ArgumentException>(() => DocumentSet.Empty.AddDocuments([a, TextDocument.Create("b/a.md", "twice")]));
    }

    [Fact]
    public void RemoveMissing_ReturnsTheSameSet()
    {
        var set = DocumentSet.Empty.AddDocument(TextDocument.Create("a.md", "A"));

        Assert.Same(set, set.RemoveDocument(new DocumentId("nope")));
    }

    [Fact]
    public void AddDuplicate_Throws()
    {
        var set = DocumentSet.Empty.AddDocument(TextDocument.Create("a.md", "A"));

        var ex = Assert.Throws<ArgumentException>(() => set.AddDocument(TextDocument.Create("a.md", "other")));
        Assert.Contains("'a.md' is already in the set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDocumentText_Missing_Throws()
    {
        Assert.Throws<ArgumentException>(() => DocumentSet.Empty.WithDocumentText(new DocumentId("x"), SourceText.From("x")));
    }

    [Fact]
    public void WithDocument_Replaces()
    {
        var document = TextDocument.Create("a.md", "A");
        var set = DocumentSet.Empty.AddDocument(document).WithDocument(document.WithText(SourceText.From("B")));

        Assert.Equal("B", set.GetDocument(document.Id)!.Text.ToString());
        Assert.Equal(2, set.Version);
    }

    [Fact]
    public void TextDocument_KindFromPath_AndOptions()
    {
        Assert.Equal(DocumentKind.Markdown, TextDocument.KindFromPath("a.md"));
        Assert.Equal(DocumentKind.Markdown, TextDocument.KindFromPath("a.MARKDOWN"));
        Assert.Equal(DocumentKind.Markdown, TextDocument.KindFromPath("a.mdx"));
        Assert.Equal(DocumentKind.PlainText, TextDocument.KindFromPath("a.txt"));
        Assert.Equal(DocumentKind.PlainText, TextDocument.KindFromPath("README"));

        var document = TextDocument.Create("op.md", "---\nvoice: first-person\ndocrules-strict: yes\n---\n\nTexte.")
            .WithOptions(System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("lang", "fr"));

        Assert.Equal("fr", document.GetOption("lang"));
        Assert.Equal("first-person", document.GetOption("voice"));
        Assert.Equal("yes", document.GetOption("strict"));
        Assert.Null(document.GetOption("missing"));
        Assert.Equal("op.md (v1)", document.ToString());
    }

    [Fact]
    public void TextDocument_Syntax_IsBuiltOnceAndShared()
    {
        var document = TextDocument.Create("a.txt", "Titre\n\nCorps.", "fr");

        Assert.Same(document.GetSyntax(), document.GetSyntax());
        Assert.Equal("fr", document.GetSyntax().Language);
        Assert.Equal(DocumentKind.PlainText, document.GetSyntax().Kind);
    }
}
