// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record ApplyWorkspaceEditParams(string Label, WorkspaceEdit Edit);
