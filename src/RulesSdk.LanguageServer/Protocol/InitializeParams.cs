// LSP lifecycle and workspace messages.
using System.Text.Json;

namespace RulesSdk.LanguageServer.Protocol;

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? InitializationOptions,
    JsonElement? Capabilities);
