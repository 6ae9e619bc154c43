using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>A document the client has open: its URI, local path (null for untitled) and current text.</summary>
internal sealed record OpenDocument(string Uri, string? LocalPath, string LanguageId, int Version, SourceText Text)
{
    public bool IsRuleFile =>
        LanguageId == "docrules" || (LocalPath ?? Uri).EndsWith(".rules", StringComparison.OrdinalIgnoreCase);

    public bool IsConfiguration =>
        LocalPath is not null && Path.GetFileName(LocalPath) == Configuration.DocRulesConfiguration.FileName;

    /// <summary>Prose the rules run on: Markdown and plain text.</summary>
    public bool IsProse =>
        !IsRuleFile && !IsConfiguration && LanguageId is "markdown" or "plaintext" or "text" or "txt";

    public DocumentKind Kind => LanguageId == "markdown" ? DocumentKind.Markdown : DocumentKind.PlainText;
}
