// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);
