// LSP "basic structures" (https://microsoft.github.io/language-server-protocol/specification): the
// shapes are the protocol's, so they sit together here rather than one record a file.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>Zero-based line and UTF-16 character offset.</summary>
public sealed record Position(int Line, int Character);
