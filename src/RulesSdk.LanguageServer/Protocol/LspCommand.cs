// LSP text synchronisation, diagnostics, code actions and hover.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>A command the client sends back with <c>workspace/executeCommand</c>.</summary>
public sealed record LspCommand(string Title, string Command, string[]? Arguments = null);
