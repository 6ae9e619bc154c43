using System.Collections.Immutable;
using RulesSdk.Text;
using RulesSdk.Configuration;

namespace RulesSdk.Tests.Configuration;

public sealed class SpanOverlapIndexTests
{
    [Fact]
    public void AgreesWithTryingEverySpan_OnNestedOverlappingAndEmptySpans()
    {
        var random = new Random(29);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => { var start = random.Next(0, 60); return new TextSpan(start, random.Next(0, 15)); })
                .ToImmutableArray();
            var index = new SpanOverlapIndex(spans);
            for (var start = 0; start < 80; start++)
            {
                for (var length = 0; length < 6; length++)
                {
                    var query = new TextSpan(start, length);
                    Assert.True(
                        spans.Any(s => s.OverlapsWith(query)) == index.OverlapsWith(query),
                        $"spans [{string.Join(", ", spans)}], query {query}");
                }
            }
        }
    }

    [Fact]
    public void ANestedSpanDoesNotHideTheLongSpanAroundIt()
    {
        // The short span starts last, but the long one before it still reaches the query.
        var index = new SpanOverlapIndex([new TextSpan(0, 100), new TextSpan(10, 2)]);

        Assert.True(index.OverlapsWith(new TextSpan(50, 1)));
        Assert.False(index.OverlapsWith(new TextSpan(100, 5)));
    }

    [Fact]
    public void DefaultOrEmptyInputOverlapsNothing()
    {
        Assert.False(new SpanOverlapIndex(default).OverlapsWith(new TextSpan(0, 10)));
        Assert.False(new SpanOverlapIndex([]).OverlapsWith(new TextSpan(0, 10)));
    }
}
