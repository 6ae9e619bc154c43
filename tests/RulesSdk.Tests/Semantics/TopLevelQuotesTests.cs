using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Semantics;

/// <summary>
/// The top-level quotations a binary search finds for a span are exactly those a scan of every quotation
/// of the block finds (depth 0, overlapping the span), in the same order, whatever the quotations' shape.
/// </summary>
public sealed class TopLevelQuotesTests
{
    [Theory]
    [InlineData("« Oui », dit-il. ", "fr")]
    [InlineData("« Oui, “peut-être” et « non » », dit-il. ", "fr")]
    [InlineData("«a»«b» c. ", "fr")]
    [InlineData("“Yes,” he said, 'maybe' or \"no\". ", "en")]
    [InlineData("Il dit « oui. Puis « non ». Et “rien” ». ", "fr")]
    [InlineData("He said 'em \"fine\" and the members' \"vote\". ", "en")]
    public void FindsWhatAScanOfEveryQuotationFinds(string repeated, string language)
    {
        // Repeated past the size that is indexed, then one quotation left open to the end of the block.
        var text = string.Concat(Enumerable.Repeat(repeated, 30)) + "Elle ajoute : « rien " + repeated;
        var block = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, language).Blocks.Single();
        var index = TopLevelQuotes.For(block);

        Assert.NotNull(index);
        foreach (var span in SpansToTry(block))
        {
            var expected = block.Quotes.Where(q => q.Depth == 0 && q.Span.End > span.Start && q.Span.Start < span.End);
            var found = new List<QuoteRegion>();
            for (var i = index.FirstEndingAfter(span.Start); i < index.Count && index[i].Span.Start < span.End; i++)
            {
                found.Add(index[i]);
            }

            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void ABlockOfAFewQuotations_IsScannedWhole()
    {
        var block = DocumentSyntax.Create(SourceText.From("« Oui », dit-il. « Non », dit-elle."), DocumentKind.PlainText, "fr").Blocks.Single();

        Assert.Null(TopLevelQuotes.For(block));
    }

    private static IEnumerable<TextSpan> SpansToTry(BlockSyntax block)
    {
        foreach (var sentence in block.Sentences)
        {
            yield return sentence.Span;
        }

        // Every start and length on a coarse grid, empty spans and spans that cross sentences included.
        for (var start = block.Span.Start; start <= block.Span.End; start += 7)
        {
            foreach (var length in new[] { 0, 1, 5, 40, 400 })
            {
                yield return new TextSpan(start, Math.Min(length, block.Span.End - start));
            }
        }
    }
}
