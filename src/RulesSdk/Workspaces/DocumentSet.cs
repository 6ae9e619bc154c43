using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Workspaces;

/// <summary>An immutable snapshot of a workspace's documents; every change gives a new set with a higher version.</summary>
public sealed class DocumentSet
{
    private readonly ImmutableDictionary<DocumentId, TextDocument> _documents;

    private DocumentSet(ImmutableDictionary<DocumentId, TextDocument> documents, int version)
    {
        _documents = documents;
        Version = version;
    }

    public static DocumentSet Empty { get; } = new(ImmutableDictionary<DocumentId, TextDocument>.Empty, 0);

    public int Version { get; }

    public int Count => _documents.Count;

    /// <summary>Documents in path order, so every host reports in the same order.</summary>
    public IEnumerable<TextDocument> Documents => _documents.Values.OrderBy(d => d.Path, StringComparer.Ordinal);

    public TextDocument? GetDocument(DocumentId id) => _documents.GetValueOrDefault(id);

    public bool Contains(DocumentId id) => _documents.ContainsKey(id);

    public DocumentSet AddDocument(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_documents.ContainsKey(document.Id))
        {
            throw new ArgumentException($"Document '{document.Id}' is already in the set.", nameof(document));
        }

        return new DocumentSet(_documents.Add(document.Id, document), Version + 1);
    }

    /// <summary>Adds many documents as one change (one new version): cheaper than adding them one by one.</summary>
    public DocumentSet AddDocuments(IEnumerable<TextDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var builder = _documents.ToBuilder();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            if (builder.ContainsKey(document.Id))
            {
                throw new ArgumentException($"Document '{document.Id}' is already in the set.", nameof(documents));
            }

            builder.Add(document.Id, document);
        }

        return builder.Count == _documents.Count ? this : new DocumentSet(builder.ToImmutable(), Version + 1);
    }

    public DocumentSet RemoveDocument(DocumentId id) =>
        _documents.ContainsKey(id) ? new DocumentSet(_documents.Remove(id), Version + 1) : this;

    public DocumentSet WithDocumentText(DocumentId id, SourceText text)
    {
        var document = GetDocument(id) ?? throw new ArgumentException($"Document '{id}' is not in the set.", nameof(id));
        return new DocumentSet(_documents.SetItem(id, document.WithText(text)), Version + 1);
    }

    public DocumentSet WithDocument(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentSet(_documents.SetItem(document.Id, document), Version + 1);
    }
}
