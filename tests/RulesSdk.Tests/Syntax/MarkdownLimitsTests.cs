using System.Text;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Syntax;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Syntax;

/// <summary>
/// Markdown nested or wide beyond <see cref="MarkdownLimits"/> is read as plain text: parsing
/// neither fails (Markdig throws beyond ~128 levels) nor takes minutes, and rules still run on it.
/// </summary>
public sealed class MarkdownLimitsTests
{
    private const string Sentence = "Je suis ravi de partager que, selon lui, tout va bien.";

    private static DocumentSyntax Parse(string markdown) =>
        DocumentSyntax.Create(SourceText.From(markdown), DocumentKind.Markdown);

    [Fact]
    public void QuotesNested3000Deep_AreOneQuoteBlockOfPlainText()
    {
        var markdown = string.Concat(Enumerable.Repeat("> ", 3000)) + Sentence + "\n";

        var syntax = Parse(markdown);

        var block = Assert.Single(syntax.Blocks);
        Assert.Equal(BlockKind.Quote, block.Kind);
        Assert.Equal(Sentence, block.Text);
        Assert.Equal(Sentence, block.Prose.ToString());
        Assert.DoesNotContain('>', syntax.Prose);
    }

    [Fact]
    public void ListsNested2000DeepByIndentation_KeepEveryItemAsABlock()
    {
        var markdown = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            markdown.Append(' ', 2 * i).Append("- ").Append(Sentence).Append('\n');
        }

        var syntax = Parse(markdown.ToString());

        Assert.All(syntax.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Equal(2000, syntax.Blocks.Sum(b => b.Sentences.Length));
        Assert.All(syntax.GetSentences(), s => Assert.Equal(Sentence, s.Text));
        Assert.DoesNotContain('-', syntax.Prose);
    }

    [Fact]
    public void ListMarkersNested2000DeepOnOneLine_AreOneListItemBlock()
    {
        var syntax = Parse(string.Concat(Enumerable.Repeat("- ", 2000)) + Sentence + "\n");

        var block = Assert.Single(syntax.Blocks);
        Assert.Equal(BlockKind.ListItem, block.Kind);
        Assert.Equal(Sentence, block.Prose.ToString());
    }

    [Fact]
    public void DeepIndentationWithoutMarkers_IsAPlainParagraph()
    {
        var markdown = new string(' ', 100) + Sentence + "\n";

        var block = Assert.Single(Parse(markdown).Blocks);

        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Equal(Sentence, block.Text);
    }

    [Fact]
    public void NestingWithinTheLimit_IsStillMarkdown()
    {
        var depth = MarkdownLimits.MaxContainerDepth / 2;
        var markdown = string.Concat(Enumerable.Repeat("> ", depth)) + Sentence + "\n";

        var block = Assert.Single(Parse(markdown).Blocks);

        Assert.Equal(BlockKind.Quote, block.Kind);
        Assert.Equal(Sentence, block.Text);
        Assert.Equal(MarkdownLimits.Limit(markdown, out var plain), markdown);
        Assert.Empty(plain);
    }

    [Fact]
    public void TableOf200000Columns_IsAParagraph()
    {
        const int columns = 200_000;
        static string Row(string cell) => string.Concat(Enumerable.Repeat(cell, columns)) + "|\n";
        var markdown = Row("|a") + Row("|-") + Row("|b") + "\n" + Sentence + "\n";

        var syntax = Parse(markdown);

        Assert.Equal(2, syntax.Blocks.Length);
        Assert.Equal(BlockKind.Paragraph, syntax.Blocks[0].Kind);
        Assert.Equal(Sentence, syntax.Blocks[1].Text);
    }

    [Fact]
    public void NarrowTable_IsStillATable()
    {
        var markdown = "| a | b |\n|---|---|\n| " + Sentence + " | x |\n";

        var syntax = Parse(markdown);

        Assert.Contains(Sentence, syntax.Prose, StringComparison.Ordinal);
        Assert.DoesNotContain('|', syntax.Prose);
    }

    [Fact]
    public void ALineOfThousandsOfUnclosedLinks_IsOneParagraphWithItsTextKept()
    {
        // Markdig reads each unclosed "[a](b" to the end of the line: quadratic (300 KB took 24 s).
        var line = string.Concat(Enumerable.Repeat("[a](b", 20_000));
        var markdown = line + "\n\n" + Sentence + "\n";

        var syntax = Parse(markdown);

        // Markdig is given the line without a link opener, the rest untouched and every position kept.
        var parserInput = MarkdownLimits.Limit(markdown, out _);
        Assert.Equal(markdown.Length, parserInput.Length);
        Assert.DoesNotContain('[', parserInput[..line.Length]);
        Assert.Equal(markdown[line.Length..], parserInput[line.Length..]);
        Assert.Equal(2, syntax.Blocks.Length);
        Assert.Equal(BlockKind.Paragraph, syntax.Blocks[0].Kind);
        Assert.Equal(line, syntax.Blocks[0].Text);
        Assert.Equal(Sentence, syntax.Blocks[1].Text);
    }

    [Fact]
    public void ALineOfAFewLinks_KeepsItsLinks()
    {
        var markdown = string.Concat(Enumerable.Repeat("[lien](https://example.org) ", 20)) + Sentence + "\n";

        var syntax = Parse(markdown);

        Assert.Equal(markdown, MarkdownLimits.Limit(markdown, out _));
        Assert.DoesNotContain("https://example.org", syntax.Prose, StringComparison.Ordinal);
        Assert.Contains(Sentence, syntax.Prose, StringComparison.Ordinal);
    }

    [Fact]
    public void InlinesNestedBeyondMarkdigsLimit_FallBackToPlainText()
    {
        var markdown = Sentence + "\n\n" + new string('[', 20_000) + "x" + new string(']', 20_000) + "\n";

        var syntax = Parse(markdown);

        Assert.Equal(2, syntax.Blocks.Length);
        Assert.Equal(Sentence, syntax.Blocks[0].Prose.ToString());
    }

    [Fact]
    public void RulesKeepRunning_OnDeepNesting()
    {
        var descriptor = TestAnalyzer.Descriptor("ML0001");
        var analyzer = new TestAnalyzer("SentenceFinder", [descriptor], context => context.RegisterSentenceAction(sentence =>
        {
            var index = sentence.Sentence.Text.IndexOf("ravi", StringComparison.Ordinal);
            if (index >= 0)
            {
                sentence.ReportDiagnostic(Diagnostic.Create(descriptor, sentence.GetLocation(new TextSpan(sentence.Sentence.Span.Start + index, 4)), "ravi"));
            }
        }));
        var markdown = string.Concat(Enumerable.Repeat("> ", 3000)) + Sentence + "\n\n" + string.Concat(Enumerable.Repeat("- ", 2000)) + Sentence + "\n";
        var document = TextDocument.Create("deep.md", markdown);

        var diagnostics = new AnalyzerDriver([analyzer]).AnalyzeDocument(document);

        Assert.Equal(["ML0001", "ML0001"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal("ravi", document.Text.ToString(d.Location.SourceSpan)));
    }
}
