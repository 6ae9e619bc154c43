using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Syntax;

public sealed class MarkdownSyntaxTests
{
    private const string Document = """
        ---
        title: "Un titre"
        lang: fr
        tags:
          - a
        ---

        # Titre principal

        Un paragraphe avec `code en ligne`, <!-- commentaire caché --> un [texte de lien](https://lien.example.com/chemin) et <https://auto.example.com/x> puis https://nu.example.com/page fin.

        - premier élément
        - second élément

        > Une citation en bloc.

        ```csharp
        var cloture = "clôturé";
        ```

            code indenté

        <div class="encadré">bloc HTML</div>

        ## Sous-titre *souligné*
        """;

    private static DocumentSyntax Parse(string markdown, string? language = null) =>
        DocumentSyntax.Create(SourceText.From(markdown), DocumentKind.Markdown, language);

    [Fact]
    public void Blocks_HaveKindsLevelsAndOrder()
    {
        var syntax = Parse(Document);

        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Quote, BlockKind.Heading],
            syntax.Blocks.Select(b => b.Kind));
        Assert.Equal(1, syntax.Blocks[0].HeadingLevel);
        Assert.Equal(0, syntax.Blocks[1].HeadingLevel);
        Assert.Equal(2, syntax.Blocks[5].HeadingLevel);
        Assert.Equal(Enumerable.Range(0, 6), syntax.Blocks.Select(b => b.Index));
        Assert.True(syntax.Blocks[0].IsFirst);
        Assert.True(syntax.Blocks[5].IsLast);
    }

    [Fact]
    public void Blocks_SpanIsTheSourceWithMarkup_ProseHasMarkupBlanked()
    {
        var syntax = Parse(Document);
        var heading = syntax.Blocks[0];
        var item = syntax.Blocks[2];
        var quote = syntax.Blocks[4];

        Assert.Equal("# Titre principal", heading.Text);
        Assert.Equal("  Titre principal", heading.Prose.ToString());
        Assert.Equal("premier élément", item.Text);
        Assert.Equal("Une citation en bloc.", quote.Text);
        Assert.Equal("## Sous-titre *souligné*", syntax.Blocks[5].Text);
        Assert.Equal("   Sous-titre  souligné ", syntax.Blocks[5].Prose.ToString());
    }

    [Fact]
    public void Prose_HasTheSameLengthAsTheText_AndKeepsLineBreaks()
    {
        var syntax = Parse(Document.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(syntax.Text.Length, syntax.Prose.Length);
        for (var i = 0; i < syntax.Text.Length; i++)
        {
            if (syntax.Text[i] is '\r' or '\n')
            {
                Assert.Equal(syntax.Text[i], syntax.Prose[i]);
            }
            else
            {
                Assert.True(syntax.Prose[i] == ' ' || syntax.Prose[i] == syntax.Text[i], $"position {i}");
            }
        }
    }

    [Theory]
    [InlineData("code en ligne")]
    [InlineData("commentaire caché")]
    [InlineData("lien.example.com")]
    [InlineData("auto.example.com")]
    [InlineData("nu.example.com")]
    [InlineData("https")]
    [InlineData("cloture")]
    [InlineData("csharp")]
    [InlineData("code indenté")]
    [InlineData("bloc HTML")]
    [InlineData("encadré")]
    [InlineData("Un titre")]
    [InlineData("title")]
    [InlineData("lang")]
    public void Prose_ExcludesCodeUrlsHtmlAndFrontMatter(string hidden)
    {
        var syntax = Parse(Document);

        Assert.Contains(hidden, syntax.Text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, syntax.Prose, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Titre principal")]
    [InlineData("Un paragraphe avec")]
    [InlineData("texte de lien")]
    [InlineData("puis")]
    [InlineData("fin.")]
    [InlineData("premier élément")]
    [InlineData("Une citation en bloc.")]
    [InlineData("Sous-titre")]
    public void Prose_KeepsTheWords(string visible)
    {
        var syntax = Parse(Document);

        Assert.Contains(visible, syntax.Prose, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_WordsStayAtTheirSourceOffsets()
    {
        var syntax = Parse(Document);
        var source = syntax.Text.ToString();
        var index = source.IndexOf("texte de lien", StringComparison.Ordinal);

        Assert.Equal("texte de lien", syntax.Prose.Substring(index, "texte de lien".Length));
    }

    [Fact]
    public void FrontMatter_ScalarsAndLists_CaseInsensitive()
    {
        var syntax = Parse(Document);

        Assert.Equal("Un titre", syntax.FrontMatter["title"]);
        Assert.Equal("fr", syntax.FrontMatter["LANG"]);
        Assert.Equal("a", syntax.FrontMatter["tags"]);
        Assert.Equal("a", syntax.FrontMatter["tags.0"]);
        Assert.False(syntax.FrontMatter.ContainsKey("- a"));
        Assert.Null(syntax.FrontMatterError);
        Assert.NotNull(syntax.FrontMatterSpan);
        Assert.StartsWith("---", syntax.Text.ToString(syntax.FrontMatterSpan.Value), StringComparison.Ordinal);
        Assert.Equal(0, syntax.FrontMatterSpan.Value.Start);
    }

    [Fact]
    public void FrontMatter_NoneInPlainMarkdown()
    {
        var syntax = Parse("# Title\n\nBody.");

        Assert.Empty(syntax.FrontMatter);
        Assert.Null(syntax.FrontMatterSpan);
    }

    [Fact]
    public void Language_Declared_WinsOverFrontMatter()
    {
        Assert.Equal("en", Parse(Document, "en-GB").Language);
        Assert.Equal("fr", Parse(Document).Language);
    }

    [Fact]
    public void Language_FrontMatterLanguageKey_IsNormalized()
    {
        var syntax = Parse("---\nlanguage: English\n---\n\nLe texte est en français et la suite aussi.");

        Assert.Equal("en", syntax.Language);
    }

    [Fact]
    public void Language_DetectedFromProseNotCode()
    {
        var markdown = """
            The committee said that the plan is on track and that the vote was delayed.

            ```
            le la les des est et une du que qui dans pour pas sur au avec
            ```
            """;

        Assert.Equal("en", Parse(markdown).Language);
    }

    [Fact]
    public void FindBlock_ReturnsBlockOrNullBetweenBlocks()
    {
        var syntax = Parse("# Titre\n\nCorps du texte.");

        Assert.Equal(BlockKind.Heading, syntax.FindBlock(0)?.Kind);
        Assert.Null(syntax.FindBlock(8));
        Assert.Equal(BlockKind.Paragraph, syntax.FindBlock(10)?.Kind);
        Assert.Null(syntax.FindBlock(syntax.Text.Length));
    }

    [Fact]
    public void EmptyDocument_HasNoBlocks()
    {
        var syntax = Parse(string.Empty);

        Assert.Empty(syntax.Blocks);
        Assert.Empty(syntax.Prose);
        Assert.Equal(DocumentLanguage.Unknown, syntax.Language);
    }
    [Fact]
    public void CrLf_BlockSpansExcludeLineBreaks()
    {
        var syntax = Parse("# Titre\r\n\r\nUn paragraphe.\r\nSuite.\r\n\r\n- item\r\n");

        Assert.Equal(["# Titre", "Un paragraphe.\r\nSuite.", "item"], syntax.Blocks.Select(b => b.Text));
        Assert.Equal(["Un paragraphe.", "Suite."], syntax.Blocks[1].Sentences.Select(s => s.Text));
    }

    [Fact]
    public void SetextHeading_UnderlineIsNotProse()
    {
        var syntax = Parse("Titre\n=====\n\nCorps.");

        Assert.Equal(BlockKind.Heading, syntax.Blocks[0].Kind);
        Assert.Equal(1, syntax.Blocks[0].HeadingLevel);
        Assert.Equal(["Titre"], syntax.Blocks[0].Sentences.Select(s => s.Text));
        Assert.DoesNotContain("=", syntax.Prose, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_KeepTheCharacter_BlankTheBackslash()
    {
        var syntax = Parse("Prix \\*spécial\\* et **gras**.");

        Assert.Equal("Prix  *spécial * et   gras  .", syntax.Prose);
    }

    [Fact]
    public void Images_AltTextIsProse_SourceIsNot()
    {
        var syntax = Parse("Voir ![une carte](carte.png) ici.");

        Assert.Contains("une carte", syntax.Prose, StringComparison.Ordinal);
        Assert.DoesNotContain("carte.png", syntax.Prose, StringComparison.Ordinal);
    }
}
