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
        if (changes.Count <= 1)
        {
            // One splice, on the line table the text already has.
            foreach (var change in changes)
            {
                text = change.Range is null
                    ? SourceText.From(change.Text)
                    : text.WithChanges(new TextChange(Positions.ToSpan(text, change.Range), change.Text));
            }

            return text;
        }

        // Many changes: one SourceText per change would cost changes × size; edit a buffer instead.
        EditBuffer? buffer = null;
        string? whole = null;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                ArgumentNullException.ThrowIfNull(change.Text, "text");
                whole = change.Text;
                buffer = null;
                continue;
            }

            buffer ??= new EditBuffer(whole ?? text.ToString());
            var start = buffer.ToOffset(change.Range.Start);
            var end = buffer.ToOffset(change.Range.End);
            buffer.Replace(Math.Min(start, end), Math.Max(start, end), change.Text ?? string.Empty);
        }

        var result = buffer?.ToString() ?? whole;
        return result is null ? text : whole is null ? text.WithText(result) : SourceText.From(result);
    }
}
