// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, TextEdit TextEdit)
{
    /// <summary>CompletionItemKind.Constant.</summary>
    public const int ConstantKind = 21;
}
