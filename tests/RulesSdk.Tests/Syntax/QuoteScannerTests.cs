using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Syntax;

public sealed class QuoteScannerTests
{
    private static string[] Quoted(string text) =>
        [.. QuoteScanner.Scan(text, 0).Select(q => text[q.Span.Start..q.Span.End])];

    [Fact]
    public void FrenchQuotes_WithNoBreakSpaces()
    {
        const string Text = "Il a dit «\u00A0non\u00A0» puis «\u202Fjamais\u202F».";

        var regions = QuoteScanner.Scan(Text, 0);

        Assert.Equal(["«\u00A0non\u00A0»", "«\u202Fjamais\u202F»"], Quoted(Text));
        Assert.All(regions, r => Assert.True(r.IsClosed));
        Assert.All(regions, r => Assert.Equal('«', r.OpeningMark));
        Assert.All(regions, r => Assert.Equal(0, r.Depth));
    }

    [Fact]
    public void Nested_InnerHasDepthOne()
    {
        const string Text = "« Il a dit “ non ” hier » fin";

        var regions = QuoteScanner.Scan(Text, 0);

        Assert.Equal(2, regions.Length);
        Assert.Equal("« Il a dit “ non ” hier »", Text[regions[0].Span.Start..regions[0].Span.End]);
        Assert.Equal(0, regions[0].Depth);
        Assert.Equal("“ non ”", Text[regions[1].Span.Start..regions[1].Span.End]);
        Assert.Equal(1, regions[1].Depth);
        Assert.Equal('“', regions[1].OpeningMark);
    }

    [Fact]
    public void Unbalanced_RunsToTheEndOfTheBlock()
    {
        const string Text = "« Il a dit non. Puis il est parti";

        var region = Assert.Single(QuoteScanner.Scan(Text, 0));

        Assert.False(region.IsClosed);
        Assert.Equal(TextSpan.FromBounds(0, Text.Length), region.Span);
    }

    [Fact]
    public void UnclosedInner_EndsWhereTheOuterCloses()
    {
        const string Text = "« a “ b » c";

        var regions = QuoteScanner.Scan(Text, 0);

        Assert.Equal(["« a “ b »", "“ b "], Quoted(Text));
        Assert.True(regions[0].IsClosed);
        Assert.False(regions[1].IsClosed);
    }

    [Fact]
    public void Closer_WithoutOpener_IsIgnored()
    {
        Assert.Empty(QuoteScanner.Scan("pas d’ouverture » ni ” ici", 0));
    }

    [Fact]
    public void ApostropheInWords_DoesNotCloseSingleQuote()
    {
        const string Text = "He said ‘I don’t know’ and left.";

        var region = Assert.Single(QuoteScanner.Scan(Text, 0));

        Assert.Equal("‘I don’t know’", Text[region.Span.Start..region.Span.End]);
        Assert.True(region.IsClosed);
    }

    [Theory]
    [InlineData("She said 'I don't know' and left.", "'I don't know'")]
    [InlineData("'We respect the court's decision. We will consult,' the statement said.", "'We respect the court's decision. We will consult,'")]
    [InlineData("He called it 'a shambles'.", "'a shambles'")]
    [InlineData("The union ('we will strike') met.", "'we will strike'")]
    [InlineData("He said 'the members' vote was close' and left.", "'the members' vote was close'")]
    [InlineData("'They cited \"the members' vote\" again,' the union said. The minister disagreed.", "'They cited \"the members' vote\" again,'")]
    public void StraightSingleQuotes_AreQuotations_AndApostrophesInWordsAreNot(string text, string quoted)
    {
        Assert.Contains(quoted, Quoted(text));
    }

    [Theory]
    [InlineData("The members' vote was close.")]
    [InlineData("It was the '90s, and the boys' choir sang.")]
    [InlineData("L'OTAN et l'Ukraine s'accordent sur l'aide d'urgence.")]
    [InlineData("Don't say it's over: the players' union won't sign.")]
    [InlineData("Tell 'em the vote is off, the minister's aide said. Talks resume Monday.")]
    [InlineData("'Tis the season, the mayor said. Shops opened late.")]
    [InlineData("It was rock 'n' roll all night, and then 'til dawn.")]
    [InlineData("The leader, 'Abd al-Aziz, spoke. Troops left.")]
    public void StraightApostrophes_AreNotQuotes(string text)
    {
        Assert.Empty(QuoteScanner.Scan(text, 0));
    }

    [Fact]
    public void StraightDoubleQuote_ClosesAcrossAnUnclosedSingleQuoteInside()
    {
        const string Text = "\"Tell 'em no,\" she said. The minister left.";

        Assert.Equal(["\"Tell 'em no,\""], Quoted(Text));
    }

    [Fact]
    public void StraightSingleQuote_OpeningAParagraphOfAQuotationOverTwo_RunsToTheEndOfTheBlock()
    {
        const string Text = "'I went there every Tuesday. I learned to use a computer there.";

        var region = Assert.Single(QuoteScanner.Scan(Text, 0));

        Assert.False(region.IsClosed);
        Assert.Equal(TextSpan.FromBounds(0, Text.Length), region.Span);
    }

    [Fact]
    public void FrenchApostrophes_AreNotQuotes()
    {
        Assert.Empty(QuoteScanner.Scan("L’OTAN et l’Ukraine s’accordent sur l’aide.", 0));
    }

    [Fact]
    public void SingleOpeningQuoteAfterLetter_IsNotAQuote()
    {
        Assert.Empty(QuoteScanner.Scan("l‘OTAN mal écrit", 0));
    }

    [Fact]
    public void StraightDoubleQuotes_Alternate()
    {
        const string Text = "He said \"no\" and \"yes\".";

        Assert.Equal(["\"no\"", "\"yes\""], Quoted(Text));
    }

    [Fact]
    public void StraightQuotesInsideGuillemets_Nest()
    {
        const string Text = "« il a dit \"non\" » fin";

        var regions = QuoteScanner.Scan(Text, 0);

        Assert.Equal(["« il a dit \"non\" »", "\"non\""], Quoted(Text));
        Assert.Equal(1, regions[1].Depth);
    }

    [Fact]
    public void GermanLowQuote_ClosesWithRightDoubleQuote()
    {
        Assert.Equal(["„ja”"], Quoted("Er sagte „ja” heute."));
    }

    [Fact]
    public void Offset_IsAddedToSpans()
    {
        var region = Assert.Single(QuoteScanner.Scan("x « y »", 10));

        Assert.Equal(TextSpan.FromBounds(12, 17), region.Span);
    }

    [Fact]
    public void DeepNesting_BeyondStack_DoesNotThrow()
    {
        var text = new string('«', 40) + " fond " + new string('»', 40);

        var regions = QuoteScanner.Scan(text, 0);

        // Past 16 levels the scanner stops tracking openers; it must still give sane regions.
        Assert.NotEmpty(regions);
        Assert.Equal(0, regions[0].Span.Start);
        Assert.All(regions, r => Assert.True(r.Span.End <= text.Length));
    }

    [Fact]
    public void Block_IsInQuote_AgreesWithAnyQuotationContainingThePosition()
    {
        // Random blocks of nested, unclosed, adjacent and empty quotations of every mark: the binary search over the
        // quotations' union must answer as a scan of every quotation does.
        string[] pieces = ["« ", " »", "“", "”", "‘", "’", "\"", "'", " 'a", "b' ", "mot ", "l'OTAN ", ". ", "«»"];
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var text = "Titre\n\n" + body;
            var block = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText).Blocks[^1];
            for (var position = block.Span.Start; position <= block.Span.End; position++)
            {
                Assert.True(
                    block.Quotes.Any(q => q.Span.Contains(position)) == block.IsInQuote(position),
                    $"position {position} of \"{body}\"");
            }

            // And a span lies inside one quotation exactly when a scan finds one containing it.
            for (var span = 0; span < 40; span++)
            {
                var start = random.Next(block.Span.Start, block.Span.End + 1);
                var probe = TextSpan.FromBounds(start, random.Next(start, block.Span.End + 1));
                Assert.True(
                    block.Quotes.Any(q => q.Span.Contains(probe)) == block.IsInQuote(probe),
                    $"span {probe} of \"{body}\"");
            }
        }
    }

    [Fact]
    public void Block_IsInQuote_PositionAndSpan()
    {
        const string Text = "Titre\n\nIl a dit « J’ai gagné » hier.";
        var syntax = DocumentSyntax.Create(SourceText.From(Text), DocumentKind.PlainText);
        var block = syntax.Blocks[1];
        var quoteStart = Text.IndexOf('«', StringComparison.Ordinal);
        var quoteEnd = Text.IndexOf('»', StringComparison.Ordinal) + 1;

        Assert.False(block.IsInQuote(quoteStart - 1));
        Assert.True(block.IsInQuote(quoteStart));
        Assert.True(block.IsInQuote(quoteEnd - 1));
        Assert.False(block.IsInQuote(quoteEnd));
        Assert.True(block.IsInQuote(TextSpan.FromBounds(quoteStart + 2, quoteEnd - 2)));
        Assert.False(block.IsInQuote(TextSpan.FromBounds(quoteStart - 3, quoteEnd)));
        Assert.True(syntax.IsInQuote(quoteStart + 3));
        Assert.False(syntax.IsInQuote(0));
    }

    [Fact]
    public void Sentence_IsInQuote_OnlyWhenWhollyQuoted()
    {
        const string Text = "Titre\n\n« Je pense que oui. Nous verrons. » Il l’a dit. « J’ai gagné », a-t-il ajouté.";
        var syntax = DocumentSyntax.Create(SourceText.From(Text), DocumentKind.PlainText);
        var sentences = syntax.Blocks[1].Sentences;

        Assert.Equal(["« Je pense que oui.", "Nous verrons. »", "Il l’a dit.", "« J’ai gagné », a-t-il ajouté."], sentences.Select(s => s.Text));
        Assert.Equal([true, true, false, false], sentences.Select(s => s.IsInQuote));
    }

    [Fact]
    public void Quotes_AreScannedPerBlock_UnclosedStopsAtBlockEnd()
    {
        var syntax = DocumentSyntax.Create(SourceText.From("Titre\n\n« Ouvert sans fin.\n\nDehors."), DocumentKind.PlainText);

        var region = Assert.Single(syntax.Blocks[1].Quotes);
        Assert.Equal(syntax.Blocks[1].Span, region.Span);
        Assert.False(region.IsClosed);
        Assert.Empty(syntax.Blocks[2].Quotes);
        Assert.False(syntax.Blocks[2].Sentences[0].IsInQuote);
    }

    [Fact]
    public void Quotes_InCode_AreIgnoredInMarkdown()
    {
        var syntax = DocumentSyntax.Create(SourceText.From("Texte `« code` et suite."), DocumentKind.Markdown);

        Assert.Empty(syntax.Blocks[0].Quotes);
    }
}
