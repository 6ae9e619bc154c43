// LSP "basic structures" (https://microsoft.github.io/language-server-protocol/specification): the
// shapes are the protocol's, so they sit together here rather than one record a file.
namespace RulesSdk.LanguageServer.Protocol;

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);
