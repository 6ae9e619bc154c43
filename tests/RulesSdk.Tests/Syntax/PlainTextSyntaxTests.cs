using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Syntax;

public sealed class PlainTextSyntaxTests
{
    private static DocumentSyntax Parse(string text, string? language = null) =>
        DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, language);

    [Fact]
    public void Blocks_AreSeparatedByBlankLines_FirstShortLineIsHeading()
    {
        var syntax = Parse("Un titre court\n\nPremier paragraphe.\nSa deuxième ligne.\n\n  \t \nSecond paragraphe.\n");

        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph], syntax.Blocks.Select(b => b.Kind));
        Assert.Equal(["Un titre court", "Premier paragraphe.\nSa deuxième ligne.", "Second paragraphe."], syntax.Blocks.Select(b => b.Text));
        Assert.Equal(1, syntax.Blocks[0].HeadingLevel);
    }

    [Theory]
    [InlineData("Une phrase qui finit par un point.\n\nCorps.")]
    [InlineData("Deux lignes\nsans blanc\n\nCorps.")]
    [InlineData("Une question ?\n\nCorps.")]
    [InlineData("**Here is the rewritten article:**\n\nBody.")]
    [InlineData("_Voici l'article reformulé :_\n\nCorps.")]
    public void FirstBlock_IsParagraph_WhenItReadsLikeProse(string text)
    {
        var syntax = Parse(text);

        Assert.Equal(BlockKind.Paragraph, syntax.Blocks[0].Kind);
    }

    [Fact]
    public void FirstBlock_LongLine_IsNotHeading()
    {
        var syntax = Parse(new string('m', 201) + "\n\nCorps.");

        Assert.Equal(BlockKind.Paragraph, syntax.Blocks[0].Kind);
    }

    [Fact]
    public void IndentedParagraphs_AreBlockQuotes()
    {
        var syntax = Parse("Shipyard to cut jobs\n\nThe chief executive said:\n\n    I am not going to tell you\n    this is good news.\n\n\tBut we can still build.\n\nUnions were not consulted.\n");

        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Quote, BlockKind.Quote, BlockKind.Paragraph], syntax.Blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData("Titre\n\n  Premier paragraphe indenté.\n\n  Deuxième paragraphe indenté.\n\nTroisième.\n")]   // most paragraphs: the layout
    [InlineData("Titre\n\n  Une première ligne en retrait,\npuis le reste du paragraphe.\n\nSuite.\n")]           // only the first line
    [InlineData("Titre\n\n Un seul espace.\n\nSuite.\n\nFin.\n")]
    [InlineData("Shipyard to cut jobs\n\nBy Jane Doe\n\nGLASGOW, Dec 4\n\n   I was on the quay when the news came.\n\n   Unions said they would fight.\n\nCopyright 2026 Example News.\n")]   // not introduced
    [InlineData("Budget vote\n\nThe council listed its reasons:\n\n  - Taxes rise 2%.\n\n  - Honestly, I think this is a disaster.\n\nThe vote is on Monday.\n")]   // a list
    [InlineData("Budget vote\n\nThe council listed its reasons:\n\n  1. Taxes rise 2%.\n\nThe vote is on Monday.\n\nIt was close.\n")]
    public void ParagraphsIndentedAsTheTextsLayout_StayParagraphs(string text)
    {
        var syntax = Parse(text);

        Assert.DoesNotContain(BlockKind.Quote, syntax.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void OnlyTheFirstBlockCanBeAHeading()
    {
        var syntax = Parse("Titre\n\nAutre titre\n\nCorps.");

        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph], syntax.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void CrLfAndSeparatorLines_SplitBlocks()
    {
        var syntax = Parse("Titre\r\n\r\nUn.\r\nDeux.\r\n\r\nTrois.");

        Assert.Equal(["Titre", "Un.\r\nDeux.", "Trois."], syntax.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Urls_AreNotProse_OtherTextIs()
    {
        const string Text = "Voir https://example.com/a?b=c. Et www.example.org aussi.";
        var syntax = Parse("Titre\n\n" + Text);

        Assert.Equal(syntax.Text.Length, syntax.Prose.Length);
        Assert.DoesNotContain("example", syntax.Prose, StringComparison.Ordinal);
        Assert.Contains("Voir ", syntax.Prose, StringComparison.Ordinal);
        Assert.Contains(". Et ", syntax.Prose, StringComparison.Ordinal);
        Assert.Contains(" aussi.", syntax.Prose, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownCharacters_AreProseInPlainText()
    {
        var syntax = Parse("Titre\n\nUn `code` et <!-- note --> restent.");

        Assert.Contains("`code`", syntax.Prose, StringComparison.Ordinal);
        Assert.Empty(syntax.FrontMatter);
    }

    [Fact]
    public void Language_DetectedFrench()
    {
        var syntax = Parse("Titre\n\nLe ministre a déclaré que la décision est prise et que les pays de l’OTAN sont d’accord pour la suite.");

        Assert.Equal(DocumentLanguage.French, syntax.Language);
    }

    [Fact]
    public void Language_DetectedEnglish()
    {
        var syntax = Parse("Title\n\nThe minister said that the decision is final and that the allies of the alliance agree with it.");

        Assert.Equal(DocumentLanguage.English, syntax.Language);
    }

    [Fact]
    public void Language_Declared_WinsOverDetection()
    {
        var syntax = Parse("The minister said that the decision is final and that it was agreed.", "fr");

        Assert.Equal(DocumentLanguage.French, syntax.Language);
    }

    [Fact]
    public void Language_TooFewFunctionWords_IsUnknown()
    {
        Assert.Equal(DocumentLanguage.Unknown, Parse("Bonjour.").Language);
    }

    [Fact]
    public void GetSentences_CoversEveryBlock()
    {
        var syntax = Parse("Titre\n\nUn. Deux.\n\nTrois.");

        Assert.Equal(["Titre", "Un.", "Deux.", "Trois."], syntax.GetSentences().Select(s => s.Text));
    }
}
