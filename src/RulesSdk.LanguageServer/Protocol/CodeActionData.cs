// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>
/// What a code action does, kept in its <c>data</c> until the client resolves it: the action
/// (see <c>CodeActionBuilder</c>), the rule, the diagnostic's range and the fix's title.
/// </summary>
public sealed record CodeActionData(string Uri, string Action, string? RuleId = null, Range? Range = null, string? FixTitle = null);
