using RulesSdk.Text;

namespace RulesSdk.Tests.Text;

public sealed class TextSpanTests
{
    [Fact]
    public void FromBounds_SetsStartLengthAndEnd()
    {
        var span = TextSpan.FromBounds(3, 8);

        Assert.Equal(3, span.Start);
        Assert.Equal(5, span.Length);
        Assert.Equal(8, span.End);
        Assert.False(span.IsEmpty);
        Assert.Equal("[3..8)", span.ToString());
    }

    [Fact]
    public void FromBounds_EqualBounds_IsEmpty()
    {
        var span = TextSpan.FromBounds(4, 4);

        Assert.True(span.IsEmpty);
        Assert.Equal(new TextSpan(4, 0), span);
    }

    [Fact]
    public void FromBounds_EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));
        Assert.Contains("End 4 is before start 5", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(0, -1)]
    public void Constructor_Negative_Throws(int start, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, length));

    [Fact]
    public void FromBounds_NegativeStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(-1, 2));

    [Theory]
    [InlineData(0, 5, 4, 8, true)] // share character 4
    [InlineData(0, 5, 5, 8, false)] // touch only
    [InlineData(2, 3, 0, 10, true)] // contained
    [InlineData(0, 5, 3, 3, false)] // empty span inside never overlaps
    [InlineData(3, 3, 3, 3, false)] // two empty spans
    [InlineData(6, 9, 0, 5, false)] // disjoint
    public void OverlapsWith_SharesAtLeastOneCharacter(int aStart, int aEnd, int bStart, int bEnd, bool expected)
    {
        var a = TextSpan.FromBounds(aStart, aEnd);
        var b = TextSpan.FromBounds(bStart, bEnd);

        Assert.Equal(expected, a.OverlapsWith(b));
        Assert.Equal(expected, b.OverlapsWith(a));
    }

    [Theory]
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(0, 5, 5, 8, true)] // touching intersects
    [InlineData(0, 5, 3, 3, true)] // empty span inside
    [InlineData(0, 5, 5, 5, true)] // empty span at the end
    [InlineData(0, 5, 6, 8, false)]
    [InlineData(6, 9, 0, 5, false)]
    public void IntersectsWith_OverlapsOrTouches(int aStart, int aEnd, int bStart, int bEnd, bool expected)
    {
        var a = TextSpan.FromBounds(aStart, aEnd);
        var b = TextSpan.FromBounds(bStart, bEnd);

        Assert.Equal(expected, a.IntersectsWith(b));
        Assert.Equal(expected, b.IntersectsWith(a));
    }

    [Fact]
    public void Contains_PositionIsEndExclusive()
    {
        var span = TextSpan.FromBounds(2, 5);

        Assert.False(span.Contains(1));
        Assert.True(span.Contains(2));
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.True(span.Contains(TextSpan.FromBounds(2, 5)));
        Assert.True(span.Contains(TextSpan.FromBounds(5, 5)));
        Assert.False(span.Contains(TextSpan.FromBounds(4, 6)));
    }

    [Fact]
    public void CompareTo_OrdersByStartThenLength()
    {
        TextSpan[] spans = [new(5, 1), new(2, 4), new(2, 1), new(0, 9)];

        Array.Sort(spans);

        Assert.Equal([new TextSpan(0, 9), new TextSpan(2, 1), new TextSpan(2, 4), new TextSpan(5, 1)], spans);
    }
}
