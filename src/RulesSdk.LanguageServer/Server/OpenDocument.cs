using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Server;

/// <summary>A document the client has open: its URI, local path (null for untitled) and current text.</summary>
internal sealed record OpenDocument(string Uri, string? LocalPath, string LanguageId, int Version, SourceText Text)
{
    /// <summary>When the text last changed (<see cref="Environment.TickCount64"/>): pulls wait for the quiet time after it.</summary>
    public long ChangedAt { get; init; } = Environment.TickCount64;

    public bool IsRuleFile =>
        LanguageId == "docrules" || (LocalPath ?? Uri).EndsWith(".rules", StringComparison.OrdinalIgnoreCase);

    public bool IsConfiguration =>
        LocalPath is not null && Path.GetFileName(LocalPath) == Configuration.DocRulesConfiguration.FileName;

    /// <summary>Prose the rules run on: Markdown and plain text, by language id or else by extension.</summary>
    public bool IsProse => !IsRuleFile && !IsConfiguration && DocumentSelection.ProseKind(LanguageId, LocalPath ?? Uri) is not null;

    public DocumentKind Kind => DocumentSelection.ProseKind(LanguageId, LocalPath ?? Uri) ?? DocumentKind.PlainText;
}
