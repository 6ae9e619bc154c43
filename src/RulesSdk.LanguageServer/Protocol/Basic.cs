// LSP "basic structures" (https://microsoft.github.io/language-server-protocol/specification): the
// shapes are the protocol's, so they sit together here rather than one record a file.
namespace RulesSdk.LanguageServer.Protocol;

/// <summary>Zero-based line and UTF-16 character offset.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public sealed record WorkspaceFolder(string Uri, string Name);
