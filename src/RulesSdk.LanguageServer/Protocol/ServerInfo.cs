// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record ServerInfo(string Name, string Version);
