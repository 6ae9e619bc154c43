// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    CodeActionOptions CodeActionProvider,
    WorkspaceServerCapabilities Workspace,
    CompletionOptions CompletionProvider,
    ExecuteCommandOptions ExecuteCommandProvider,
    DiagnosticOptions? DiagnosticProvider);
