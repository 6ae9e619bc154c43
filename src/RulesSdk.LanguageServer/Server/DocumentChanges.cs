using RulesSdk.LanguageServer.Protocol;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Applies the content changes of one <c>textDocument/didChange</c> to a text, as <see cref="EditedText"/> does
/// for an open document: each change's range is relative to the text after the previous one, in UTF-16
/// positions clamped as <see cref="Positions"/> does; a change without a range replaces the whole text.
/// </summary>
internal static class DocumentChanges
{
    /// <exception cref="ArgumentNullException">A change without a range has no text; then nothing is applied.</exception>
    public static SourceText Apply(SourceText text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var edited = new EditedText(text);
        edited.Apply(changes);
        return edited.ToSourceText();
    }
}
