namespace RulesSdk.Syntax;

/// <summary>How a document's markup is read before its prose is analysed.</summary>
public enum DocumentKind
{
    /// <summary>Plain text: blocks are separated by blank lines, nothing is markup.</summary>
    PlainText,

    /// <summary>CommonMark: code, URLs, HTML and front matter are not prose.</summary>
    Markdown,
}
