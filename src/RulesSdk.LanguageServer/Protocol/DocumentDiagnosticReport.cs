// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary><c>kind</c> "full" with <see cref="Items"/>, or "unchanged" when the client's result id is still current.</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, LspDiagnostic[]? Items = null)
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}
