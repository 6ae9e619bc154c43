using System.Collections.Immutable;
using RulesSdk.Semantics;
using RulesSdk.Text;

namespace RulesSdk.Tests.Semantics;

/// <summary>The index that finds a block's names and dates touching a span answers as a scan of every item does.</summary>
public sealed class SpanIndexTests
{
    [Fact]
    public void Touching_items_are_those_a_scan_finds_in_the_same_order()
    {
        var random = new Random(12);
        for (var round = 0; round < 300; round++)
        {
            // Nested, overlapping, empty and unsorted spans.
            var spans = Enumerable.Range(0, random.Next(0, 30)).Select(_ =>
            {
                var start = random.Next(0, 200);
                return new TextSpan(start, random.Next(0, 25));
            }).ToImmutableArray();
            var index = new SpanIndex<TextSpan>(spans, static s => s);
            for (var probe = 0; probe < 50; probe++)
            {
                var start = random.Next(0, 230);
                var span = new TextSpan(start, random.Next(0, 40));
                ImmutableArray<TextSpan>.Builder? found = null;
                index.AddTouching(span, ref found);

                var expected = spans.OrderBy(s => s.Start).Where(s => s.OverlapsWith(span) || span.Contains(s)).ToList();
                Assert.Equal(expected, found?.ToList() ?? []);
            }
        }
    }

    [Fact]
    public void Names_of_a_long_paragraph_are_found_per_sentence()
    {
        var text = "Titre\n\n" + string.Concat(Enumerable.Repeat("Il a vu M. Jean Dupont. ", 400));
        var semantics = SemanticsTestDocuments.Of(text, "fr");
        var sentences = semantics.Syntax.Blocks[1].Sentences;

        Assert.All(sentences, s => Assert.All(semantics.GetEntities(s.Span), e => Assert.True(s.Span.Contains(e.Span))));
        Assert.Equal(semantics.GetEntities(semantics.Syntax.Blocks[1]).Length, sentences.Sum(s => semantics.GetEntities(s.Span).Length));
    }

    [Fact]
    public void AnyOverlapping_AgreesWithTryingEverySpan_OnNestedOverlappingAndEmptySpans()
    {
        var random = new Random(29);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => new TextSpan(random.Next(0, 60), random.Next(0, 15)))
                .ToImmutableArray();
            var index = new SpanIndex<TextSpan>(spans, static span => span);
            for (var start = 0; start < 80; start++)
            {
                for (var length = 0; length < 6; length++)
                {
                    var query = new TextSpan(start, length);
                    Assert.True(
                        spans.Any(s => s.OverlapsWith(query)) == index.AnyOverlapping(query),
                        $"spans [{string.Join(", ", spans)}], query {query}");
                }
            }
        }
    }

    [Fact]
    public void AnyOverlapping_SeesALongSpanAroundANestedOne()
    {
        // The short span starts last, but the long one before it still reaches the query.
        var index = new SpanIndex<TextSpan>([new TextSpan(0, 100), new TextSpan(10, 2)], static span => span);

        Assert.True(index.AnyOverlapping(new TextSpan(50, 1)));
        Assert.False(index.AnyOverlapping(new TextSpan(100, 5)));
    }
}
