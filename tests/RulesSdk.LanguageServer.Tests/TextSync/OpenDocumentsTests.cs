using System.Text;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Text;
using LspRange = RulesSdk.LanguageServer.Protocol.Range;

namespace RulesSdk.LanguageServer.Tests.TextSync;

/// <summary>
/// The server's open documents: a didChange leaves the text unbuilt; whatever reads a document gets the text of
/// the version it is given, and a document over a size limit is measured without being built.
/// </summary>
public sealed class OpenDocumentsTests
{
    private const string Uri = "file:///work/doc.md";

    [Fact]
    public void EveryReadDocument_HoldsTheTextOfItsVersion()
    {
        var random = new Random(7);
        var documents = new OpenDocuments();
        var replay = SourceText.From(TextSyncScripts.RandomText(random, 2_000));
        documents.Open(new OpenDocument(Uri, "/work/doc.md", "markdown", 1, replay));
        for (var version = 2; version < 600; version++)
        {
            var changes = TextSyncScripts.RandomMessage(random, lines: 80);
            replay = OneByOneChanges.Apply(replay, changes);
            Assert.NotNull(documents.Change(Uri, version, changes));
            Assert.Equal(version, documents.VersionOf(Uri));

            var read = random.Next(8) switch
            {
                0 => documents.Get(Uri),
                1 => documents.Find("/work/doc.md"),
                2 => Assert.Single(documents.Select(d => d.IsProse)),
                _ => null,
            };
            if (read is not null)
            {
                Assert.Equal(version, read.Version);
                Assert.True(replay.ToString() == read.Text.ToString(), $"version {version}");
            }
        }

        Assert.Equal(replay.ToString(), documents.Get(Uri)!.Text.ToString());
    }

    [Fact]
    public void ADocumentOverTheLimit_IsMeasured_NotBuilt()
    {
        var documents = new OpenDocuments();
        var opened = SourceText.From("small");
        documents.Open(new OpenDocument(Uri, "/work/doc.md", "markdown", 1, opened));
        var grown = new string('é', 100);
        documents.Change(Uri, 2, [new TextDocumentContentChangeEvent(new LspRange(new Position(0, 5), new Position(0, 5)), grown)]);

        var skipped = documents.Get(Uri, _ => 100, out var tooLarge);

        Assert.Equal(Encoding.UTF8.GetByteCount("small" + grown), tooLarge);
        Assert.Equal(2, skipped!.Version);
        Assert.Same(opened, skipped.Text);

        var analysed = documents.Get(Uri, _ => 1_000, out tooLarge);

        Assert.Null(tooLarge);
        Assert.Equal("small" + grown, analysed!.Text.ToString());
    }

    [Fact]
    public void AWholeTextChange_IsTheDocumentsTextAtOnce()
    {
        var documents = new OpenDocuments();
        documents.Open(new OpenDocument(Uri, null, "plaintext", 1, SourceText.From("before")));

        var changed = documents.Change(Uri, 2, [new TextDocumentContentChangeEvent(null, "after")]);

        Assert.Equal("after", changed!.Text.ToString());
    }

    [Fact]
    public void ChangesAndReads_OfADocumentNotOpen_FindNothing()
    {
        var documents = new OpenDocuments();
        documents.Open(new OpenDocument(Uri, null, "plaintext", 1, SourceText.From("text")));
        Assert.NotNull(documents.Close(Uri));

        Assert.Null(documents.Change(Uri, 2, [new TextDocumentContentChangeEvent(null, "x")]));
        Assert.Null(documents.Get(Uri));
        Assert.Null(documents.VersionOf(Uri));
        Assert.False(documents.IsOpen(Uri));
        Assert.Null(documents.Close(Uri));
    }
}
