using RulesSdk.LanguageServer.Protocol;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// The documents the client has open. Each keeps its edits in an <see cref="EditedText"/>: a <c>didChange</c>
/// edits a buffer in place, and the text is built into a <see cref="Text.SourceText"/> only when something reads
/// it. Every <see cref="OpenDocument"/> handed out by <see cref="Get(string)"/>, <see cref="Find"/> and
/// <see cref="Select"/> holds the text of its own version, built under the lock that orders the edits.
/// </summary>
internal sealed class OpenDocuments
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public void Open(OpenDocument document)
    {
        lock (_gate)
        {
            _entries[document.Uri] = new Entry(document, new EditedText(document.Text));
        }
    }

    /// <summary>
    /// Applies one <c>didChange</c> without building the text. Returns the document as last built, for its URI,
    /// path and kind (its text may be older than <paramref name="version"/>); null when it is not open.
    /// </summary>
    /// <exception cref="ArgumentNullException">A change without a range has no text; then nothing is applied.</exception>
    public OpenDocument? Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(uri, out var entry))
            {
                return null;
            }

            entry.Text.Apply(changes);
            entry.Document = entry.Document with
            {
                Version = version,
                ChangedAt = Environment.TickCount64,

                // A whole-text change is a text already: no need to wait for a reader.
                Text = entry.Text.IsPending ? entry.Document.Text : entry.Text.ToSourceText(),
            };
            return entry.Document;
        }
    }

    public OpenDocument? Close(string uri)
    {
        lock (_gate)
        {
            return _entries.Remove(uri, out var entry) ? entry.Document : null;
        }
    }

    public bool IsOpen(string uri)
    {
        lock (_gate)
        {
            return _entries.ContainsKey(uri);
        }
    }

    /// <summary>The version the client last sent, without building the text; null when not open.</summary>
    public int? VersionOf(string uri)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(uri, out var entry) ? entry.Document.Version : null;
        }
    }

    /// <summary>The document with its current text; null when not open.</summary>
    public OpenDocument? Get(string uri)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(uri, out var entry) ? Built(entry) : null;
        }
    }

    /// <summary>
    /// The document with its current text, unless the text is over <paramref name="maxBytes"/> UTF-8 bytes: then
    /// the text is not built, <paramref name="tooLarge"/> is its size, and the document's text is an older one
    /// (for nothing but placing a diagnostic at its start).
    /// </summary>
    public OpenDocument? Get(string uri, Func<OpenDocument, long> maxBytes, out long? tooLarge)
    {
        tooLarge = null;
        OpenDocument? known;
        lock (_gate)
        {
            known = _entries.GetValueOrDefault(uri)?.Document;
        }

        // Outside the lock: the limit may need the configuration file read.
        var limit = known is null ? 0 : maxBytes(known);
        lock (_gate)
        {
            if (!_entries.TryGetValue(uri, out var entry))
            {
                return null;
            }

            tooLarge = entry.Text.Utf8LengthOver(limit);
            return tooLarge is null ? Built(entry) : entry.Document;
        }
    }

    /// <summary>The open document at a local path, with its current text; null when none is.</summary>
    public OpenDocument? Find(string path)
    {
        lock (_gate)
        {
            var entry = _entries.Values.FirstOrDefault(e => e.Document.LocalPath is not null && DocumentUris.SamePath(e.Document.LocalPath, path));
            return entry is null ? null : Built(entry);
        }
    }

    /// <summary>The documents whose URI, path or kind match, each with its current text.</summary>
    public List<OpenDocument> Select(Func<OpenDocument, bool> predicate)
    {
        lock (_gate)
        {
            return [.. _entries.Values.Where(e => predicate(e.Document)).Select(Built)];
        }
    }

    /// <summary>The URIs of the documents whose URI, path or kind match, without building any text.</summary>
    public List<string> Uris(Func<OpenDocument, bool> predicate)
    {
        lock (_gate)
        {
            return [.. _entries.Values.Where(e => predicate(e.Document)).Select(e => e.Document.Uri)];
        }
    }

    private static OpenDocument Built(Entry entry)
    {
        if (entry.Text.IsPending)
        {
            entry.Document = entry.Document with { Text = entry.Text.ToSourceText() };
        }

        return entry.Document;
    }

    /// <summary>The document as last built (its version and change time always current) and its edits.</summary>
    private sealed class Entry(OpenDocument document, EditedText text)
    {
        public OpenDocument Document { get; set; } = document;

        public EditedText Text { get; } = text;
    }
}
