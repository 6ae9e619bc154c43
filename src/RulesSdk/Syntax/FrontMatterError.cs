using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>Why a document's YAML front matter could not be read, and where in the document.</summary>
public sealed record FrontMatterError(TextSpan Span, string Message);
