// LSP lifecycle and workspace messages.
using System.Text.Json;

namespace RulesSdk.LanguageServer.Protocol;

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);
