using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Tests.TextSync;

/// <summary>
/// How the server applied a didChange before round 15: one <see cref="SourceText.WithChanges(TextChange[])"/>
/// per change. Kept as the oracle the faster path is compared with.
/// </summary>
internal static class OneByOneChanges
{
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
