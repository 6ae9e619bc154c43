using RulesSdk.Text;

namespace RulesSdk.Workspaces;

/// <summary>A workspace whose documents live only in memory: tests, editors, stdin.</summary>
public sealed class InMemoryWorkspace : Workspace
{
    public TextDocument AddDocument(string path, string text, string? language = null)
    {
        var document = new TextDocument(DocumentId.FromPath(path), path, SourceText.From(text), declaredLanguage: language);
        AddDocument(document);
        return document;
    }

    public void AddDocument(TextDocument document)
    {
        while (true)
        {
            var current = CurrentDocuments;
            if (TryApplyChanges(current.AddDocument(document), current))
            {
                return;
            }
        }
    }
}
