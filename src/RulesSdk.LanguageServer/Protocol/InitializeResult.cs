// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
