// LSP lifecycle and workspace messages.
using System.Text.Json;

namespace RulesSdk.LanguageServer.Protocol;

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);
