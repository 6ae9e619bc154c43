using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Syntax;

/// <summary>YAML front matter read by YamlDotNet: every scalar, list and map; errors at their place.</summary>
public sealed class FrontMatterTests
{
    private static DocumentSyntax Parse(string markdown) =>
        DocumentSyntax.Create(SourceText.From(markdown), DocumentKind.Markdown);

    [Fact]
    public void Scalars_OfEveryStyle_AreRead()
    {
        var syntax = Parse("""
            ---
            plain: un texte
            single: 'l''apostrophe'
            double: "tab\tand \u00e9"
            folded: >
              first
              second
            literal: |
              one
              two
            number: 42
            empty:
            # a comment
            docrules-voice: first-person
            ---
            Texte.
            """);

        Assert.Null(syntax.FrontMatterError);
        Assert.Equal("un texte", syntax.FrontMatter["plain"]);
        Assert.Equal("l'apostrophe", syntax.FrontMatter["single"]);
        Assert.Equal("tab\tand é", syntax.FrontMatter["double"]);
        Assert.Equal("first second\n", syntax.FrontMatter["folded"]);
        Assert.Equal("one\ntwo\n", syntax.FrontMatter["literal"]);
        Assert.Equal("42", syntax.FrontMatter["number"]);
        Assert.Equal(string.Empty, syntax.FrontMatter["empty"]);
        Assert.Equal("first-person", syntax.FrontMatter["DOCRULES-VOICE"]);
    }

    [Fact]
    public void ListsAndMaps_AreReadByIndexAndDottedKeys()
    {
        var syntax = Parse("""
            ---
            tags: [a, "b c"]
            authors:
              - name: Ana
                roles: [writer]
              - name: Bo
            meta: {source: cc, nested: {depth: 2}}
            ---
            Texte.
            """);

        Assert.Null(syntax.FrontMatterError);
        Assert.Equal("a, b c", syntax.FrontMatter["tags"]);
        Assert.Equal("b c", syntax.FrontMatter["tags.1"]);
        Assert.Equal("Ana", syntax.FrontMatter["authors.0.name"]);
        Assert.Equal("writer", syntax.FrontMatter["authors.0.roles.0"]);
        Assert.Equal("Bo", syntax.FrontMatter["authors.1.name"]);
        Assert.False(syntax.FrontMatter.ContainsKey("authors"));
        Assert.Equal("cc", syntax.FrontMatter["meta.source"]);
        Assert.Equal("2", syntax.FrontMatter["meta.nested.depth"]);
    }

    [Fact]
    public void AnError_IsPositionedInTheDocument()
    {
        const string text = "---\ntitle: ok\nlang: [fr\nvoice: x\n---\nTexte.\n";
        var syntax = Parse(text);

        var error = Assert.IsType<FrontMatterError>(syntax.FrontMatterError);
        Assert.StartsWith("front matter: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", error.Message, StringComparison.Ordinal);
        var position = syntax.Text.Lines.GetLinePosition(error.Span.Start);
        // The unclosed flow list is found on a line of the front matter, not at the document's start.
        Assert.InRange(position.Line, 2, 3);
    }

    [Fact]
    public void ADuplicateKey_IsAnError_AtTheSecondKey()
    {
        const string text = "---\nlang: fr\nlang: en\n---\nTexte.\n";
        var syntax = Parse(text);

        var error = Assert.IsType<FrontMatterError>(syntax.FrontMatterError);
        Assert.Equal(2, syntax.Text.Lines.GetLinePosition(error.Span.Start).Line);
    }

    [Fact]
    public void NotAMap_IsAnError()
    {
        var syntax = Parse("---\n- a\n- b\n---\nTexte.\n");

        Assert.Contains("expected a map", syntax.FrontMatterError?.Message, StringComparison.Ordinal);
        Assert.Empty(syntax.FrontMatter);
    }

    [Fact]
    public void AliasesThatExplode_AreBounded()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 0; i < 8; i++)
        {
            var previous = (char)('a' + i);
            var next = (char)('b' + i);
            yaml += $"{next}: &{next} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var syntax = Parse("---\n" + yaml + "---\nTexte.\n");

        Assert.Contains("not read further", syntax.FrontMatterError?.Message, StringComparison.Ordinal);
        Assert.InRange(syntax.FrontMatter.Count, 1, 20_100);
    }

    [Fact]
    public void Driver_ReportsDR0005_AtTheError_AndNothingForAGoodFrontMatter()
    {
        var driver = new AnalyzerDriver([]);
        var bad = new TextDocument(DocumentId.FromPath("bad.md"), "bad.md", SourceText.From("---\nok: 1\nbad: [\n---\nTexte.\n"));
        var good = new TextDocument(DocumentId.FromPath("good.md"), "good.md", SourceText.From("---\nok: 1\n---\nTexte.\n"));

        var diagnostic = Assert.Single(driver.AnalyzeDocument(bad, CancellationToken.None));
        Assert.Empty(driver.AnalyzeDocument(good, CancellationToken.None));

        Assert.Equal(SdkDiagnostics.InvalidFrontMatter.Id, diagnostic.Id);
        Assert.InRange(diagnostic.Location.LineSpan.Start.Line, 2, 3);
    }
}
