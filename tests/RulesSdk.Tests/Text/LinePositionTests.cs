using RulesSdk.Text;

namespace RulesSdk.Tests.Text;

public sealed class LinePositionTests
{
    [Fact]
    public void ToString_IsOneBased()
    {
        Assert.Equal("(1,1)", new LinePosition(0, 0).ToString());
        Assert.Equal("(3,14)", new LinePosition(2, 13).ToString());
    }

    [Fact]
    public void Span_ToString_IsOneBased()
    {
        var span = new LinePositionSpan(new LinePosition(0, 4), new LinePosition(1, 0));

        Assert.Equal("(1,5)-(2,1)", span.ToString());
    }

    [Fact]
    public void CompareTo_OrdersByLineThenCharacter()
    {
        Assert.True(new LinePosition(1, 0).CompareTo(new LinePosition(0, 99)) > 0);
        Assert.True(new LinePosition(1, 2).CompareTo(new LinePosition(1, 3)) < 0);
        Assert.Equal(0, new LinePosition(4, 4).CompareTo(new LinePosition(4, 4)));
    }
}
