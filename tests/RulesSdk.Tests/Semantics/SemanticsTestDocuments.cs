using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Semantics;

internal static class SemanticsTestDocuments
{
    public static DocumentSemantics Of(string text, string language) =>
        DocumentSemantics.For(DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, language));

    /// <summary>The clauses that contain <paramref name="fragment"/>'s first occurrence.</summary>
    public static ClauseSemantics ClauseAt(DocumentSemantics semantics, string fragment)
    {
        var at = semantics.Syntax.Text.ToString().IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{fragment}\" is not in the document");
        return semantics.GetClauses(new TextSpan(at, 0)).First();
    }

    public static string TextOf(DocumentSemantics semantics, TextSpan? span) =>
        span is { } s ? semantics.Syntax.Text.ToString(s) : "<none>";
}
