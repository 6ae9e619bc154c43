using RulesSdk.LanguageServer.Protocol;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Applies the content changes of one <c>textDocument/didChange</c>, in order: each change's range is
/// relative to the text after the previous one, in UTF-16 positions clamped as <see cref="Positions"/> does;
/// a change without a range replaces the whole text.
/// </summary>
internal static class DocumentChanges
{
    /// <exception cref="ArgumentNullException">A change without a range has no text; then nothing is applied.</exception>
    public static SourceText Apply(SourceText text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            text = change.Range is null
                ? SourceText.From(change.Text)
                : text.WithChanges(new TextChange(Positions.ToSpan(text, change.Range), change.Text));
        }

        return text;
    }
}
