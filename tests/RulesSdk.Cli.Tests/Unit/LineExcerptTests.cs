using RulesSdk.Cli.Formatting;
using RulesSdk.Text;

namespace RulesSdk.Cli.Tests.Unit;

public sealed class LineExcerptTests
{
    [Fact]
    public void ShortLine_IsShownWhole_WithTheSpanUnderlined()
    {
        var text = SourceText.From("first\nsecond line here\n");

        var excerpt = LineExcerpt.Create(text, new TextSpan(13, 4));

        Assert.Equal("second line here", excerpt.Text);
        Assert.Equal("       ^~~~", excerpt.Underline());
    }

    [Fact]
    public void SpanOverALineBreak_IsUnderlinedToTheEndOfItsFirstLine()
    {
        var text = SourceText.From("abc def\nghi");

        var excerpt = LineExcerpt.Create(text, TextSpan.FromBounds(4, 10));

        Assert.Equal("abc def", excerpt.Text);
        Assert.Equal("    ^~~", excerpt.Underline());
    }

    [Fact]
    public void LongLine_IsCutAroundTheSpan()
    {
        var line = new string('a', 300) + "TARGET" + new string('b', 300);

        var excerpt = LineExcerpt.Clip(line, 300, 6);

        Assert.True(excerpt.Text.Length <= LineExcerpt.MaxWidth + 2);
        Assert.StartsWith("…", excerpt.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt.Text, StringComparison.Ordinal);
        Assert.Equal("TARGET", excerpt.Text.Substring(excerpt.UnderlineStart, excerpt.UnderlineLength));
    }

    [Fact]
    public void Tabs_BeforeTheSpan_AreKeptInTheUnderline()
    {
        var excerpt = LineExcerpt.Clip("\tx = y", 1, 1);

        Assert.Equal("\t^", excerpt.Underline());
    }

    [Fact]
    public void EmptySpan_IsOneCaret()
    {
        var excerpt = LineExcerpt.Create(SourceText.From("abc"), new TextSpan(0, 0));

        Assert.Equal("^", excerpt.Underline());
    }
}
