// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record ApplyWorkspaceEditResult(bool Applied, string? FailureReason = null);
