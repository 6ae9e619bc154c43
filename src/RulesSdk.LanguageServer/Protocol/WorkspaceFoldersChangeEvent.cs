// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record WorkspaceFoldersChangeEvent(WorkspaceFolder[] Added, WorkspaceFolder[] Removed);
