// LSP lifecycle and workspace messages.
using System.Text.Json;

namespace RulesSdk.LanguageServer.Protocol;

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
