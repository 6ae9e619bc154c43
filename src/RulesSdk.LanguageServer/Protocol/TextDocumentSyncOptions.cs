// LSP lifecycle and workspace messages.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
