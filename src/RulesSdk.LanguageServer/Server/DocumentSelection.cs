using RulesSdk.Syntax;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// Which documents are prose and of what kind. The client's <c>languageId</c> decides when it is
/// one the server knows (Markdown, plain text); any other id, empty included (Neovim without
/// filetype detection sends "", "text", "latex" or "restructuredtext"), falls back to the URI's
/// extension, as the command line chooses files.
/// </summary>
internal static class DocumentSelection
{
    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn"];
    private static readonly string[] PlainTextExtensions = [".txt", ".text"];

    /// <summary>The kind of prose document, or null when the document is not prose.</summary>
    public static DocumentKind? ProseKind(string languageId, string uriOrPath)
    {
        switch (languageId)
        {
            case "markdown":
                return DocumentKind.Markdown;
            case "plaintext" or "txt":
                return DocumentKind.PlainText;
        }

        var extension = Extension(uriOrPath);
        if (MarkdownExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return DocumentKind.Markdown;
        }

        if (PlainTextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return DocumentKind.PlainText;
        }

        // "text" is what several clients send for plain text with an unknown extension (untitled buffers).
        return languageId == "text" ? DocumentKind.PlainText : null;
    }

    private static string Extension(string uriOrPath)
    {
        var end = uriOrPath.IndexOfAny(['?', '#']);
        var path = end < 0 ? uriOrPath : uriOrPath[..end];
        var slash = path.LastIndexOf('/');
        var name = slash < 0 ? path : path[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? string.Empty : name[dot..];
    }
}
