using System.Text;
using RulesSdk.Text;

namespace RulesSdk.Tests.Text;

public sealed class SourceTextTests
{
    private static string[] LineTexts(SourceText text) => [.. text.Lines.Select(l => l.ToString())];

    [Fact]
    public void Lines_LineFeed()
    {
        var text = SourceText.From("one\ntwo\nthree");

        Assert.Equal(["one", "two", "three"], LineTexts(text));
        Assert.Equal(TextSpan.FromBounds(0, 3), text.Lines[0].Span);
        Assert.Equal(TextSpan.FromBounds(0, 4), text.Lines[0].SpanIncludingLineBreak);
        Assert.Equal(TextSpan.FromBounds(8, 13), text.Lines[2].SpanIncludingLineBreak);
        Assert.Equal("\n", text.NewLine);
    }

    [Fact]
    public void Lines_CarriageReturnLineFeed_IsOneBreak()
    {
        var text = SourceText.From("one\r\ntwo\r\n");

        Assert.Equal(["one", "two", ""], LineTexts(text));
        Assert.Equal(TextSpan.FromBounds(0, 3), text.Lines[0].Span);
        Assert.Equal(TextSpan.FromBounds(0, 5), text.Lines[0].SpanIncludingLineBreak);
        Assert.Equal(5, text.Lines[1].Start);
        Assert.Equal("\r\n", text.NewLine);
    }

    [Fact]
    public void Lines_CarriageReturnAlone()
    {
        var text = SourceText.From("one\rtwo\rthree");

        Assert.Equal(["one", "two", "three"], LineTexts(text));
        Assert.Equal("\r", text.NewLine);
    }

    [Fact]
    public void Lines_Mixed_EachBreakCounts_DominantWins()
    {
        var text = SourceText.From("a\nb\r\nc\rd\ne");

        Assert.Equal(["a", "b", "c", "d", "e"], LineTexts(text));
        Assert.Equal(TextSpan.FromBounds(2, 5), text.Lines[1].SpanIncludingLineBreak);
        Assert.Equal("\n", text.NewLine);
    }

    [Fact]
    public void Lines_NoTrailingNewLine_LastLineHasNoBreak()
    {
        var text = SourceText.From("first\nlast");

        Assert.Equal(2, text.Lines.Count);
        Assert.Equal(text.Lines[1].Span, text.Lines[1].SpanIncludingLineBreak);
    }

    [Fact]
    public void Lines_TrailingNewLine_AddsEmptyLastLine()
    {
        var text = SourceText.From("first\n");

        Assert.Equal(["first", ""], LineTexts(text));
        Assert.Equal(new TextSpan(6, 0), text.Lines[1].Span);
    }

    [Fact]
    public void Lines_EmptyText_HasOneEmptyLine()
    {
        var text = SourceText.From(string.Empty);

        var line = Assert.Single(text.Lines);
        Assert.Equal(new TextSpan(0, 0), line.Span);
        Assert.Equal(new LinePosition(0, 0), text.Lines.GetLinePosition(0));
        Assert.Equal("\n", text.NewLine);
    }

    [Fact]
    public void Lines_UnicodeLineAndParagraphSeparators_BreakLines()
    {
        var text = SourceText.From("un\u2028deux\u2029trois\u0085quatre");

        Assert.Equal(["un", "deux", "trois", "quatre"], LineTexts(text));
        Assert.Equal(TextSpan.FromBounds(0, 3), text.Lines[0].SpanIncludingLineBreak);
    }

    [Fact]
    public void Lines_IndexOutOfRange_Throws()
    {
        var text = SourceText.From("a\nb");

        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines[-1]);
    }

    [Theory]
    [InlineData("one\ntwo\r\nthree\rfour\u2028five")]
    [InlineData("")]
    [InlineData("\n\n\r\n")]
    [InlineData("no breaks at all")]
    public void GetLinePosition_GetPosition_RoundTripForEveryPosition(string content)
    {
        var text = SourceText.From(content);

        for (var position = 0; position <= text.Length; position++)
        {
            var linePosition = text.Lines.GetLinePosition(position);
            Assert.Equal(position, text.Lines.GetPosition(linePosition));
        }
    }

    [Fact]
    public void GetLinePosition_FindsLineAndColumn()
    {
        var text = SourceText.From("alpha\r\nbeta\ngamma");

        Assert.Equal(new LinePosition(0, 0), text.Lines.GetLinePosition(0));
        Assert.Equal(new LinePosition(1, 0), text.Lines.GetLinePosition(7));
        Assert.Equal(new LinePosition(1, 2), text.Lines.GetLinePosition(9));
        Assert.Equal(new LinePosition(2, 5), text.Lines.GetLinePosition(text.Length));
        Assert.Equal("(2,3)", text.Lines.GetLinePosition(9).ToString());
        Assert.Equal(1, text.Lines.GetLineFromPosition(10).LineNumber);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(12)]
    public void GetLinePosition_OutsideText_Throws(int position)
    {
        var text = SourceText.From("hello world");

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines.GetLinePosition(position));
        Assert.Contains($"Position {position}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetPosition_BadLineOrCharacter_Throws()
    {
        var text = SourceText.From("ab\ncd");

        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines.GetPosition(new LinePosition(2, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines.GetPosition(new LinePosition(-1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines.GetPosition(new LinePosition(0, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines.GetPosition(new LinePosition(1, -1)));
    }

    [Fact]
    public void GetLinePositionSpan_CoversStartAndEnd()
    {
        var text = SourceText.From("ab\ncdef");

        var span = text.Lines.GetLinePositionSpan(TextSpan.FromBounds(1, 5));

        Assert.Equal(new LinePositionSpan(new LinePosition(0, 1), new LinePosition(1, 2)), span);
    }

    [Fact]
    public void ToString_Span_AndOutOfRange()
    {
        var text = SourceText.From("hello world");

        Assert.Equal("world", text.ToString(TextSpan.FromBounds(6, 11)));
        Assert.Equal("world", text.AsSpan(TextSpan.FromBounds(6, 11)).ToString());
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => text.ToString(TextSpan.FromBounds(6, 12)));
        Assert.Contains("[6..12)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithChanges_Ordered_ReplacesEachSpan()
    {
        var text = SourceText.From("Hello big world");

        var changed = text.WithChanges(
            new TextChange(TextSpan.FromBounds(0, 5), "Howdy"),
            new TextChange(TextSpan.FromBounds(10, 15), "planet"));

        Assert.Equal("Howdy big planet", changed.ToString());
        Assert.Equal("Hello big world", text.ToString());
    }

    [Fact]
    public void WithChanges_Unordered_SameResultAsOrdered()
    {
        var text = SourceText.From("Hello big world");
        TextChange[] changes =
        [
            new(TextSpan.FromBounds(10, 15), "planet"),
            new(TextSpan.FromBounds(0, 5), "Howdy"),
            new(TextSpan.FromBounds(6, 9), "small"),
        ];

        var forward = text.WithChanges(changes);
        var backward = text.WithChanges(changes.Reverse());

        Assert.Equal("Howdy small planet", forward.ToString());
        Assert.Equal(forward.ToString(), backward.ToString());
    }

    [Fact]
    public void WithChanges_Inserts_AtStartEndAndSamePointInGivenOrder()
    {
        var text = SourceText.From("middle");

        var changed = text.WithChanges(
            new TextChange(new TextSpan(6, 0), "!"),
            new TextChange(new TextSpan(0, 0), "<"),
            new TextChange(new TextSpan(0, 0), "<"),
            new TextChange(new TextSpan(3, 0), "-a-"),
            new TextChange(new TextSpan(3, 0), "-b-"));

        Assert.Equal("<<mid-a--b-dle!", changed.ToString());
    }

    [Fact]
    public void WithChanges_InsertAndReplacementAtSamePoint_WorkInEitherOrder()
    {
        var text = SourceText.From("abcdef");
        var insert = new TextChange(new TextSpan(2, 0), "[");
        var replace = new TextChange(TextSpan.FromBounds(2, 4), "CD");

        Assert.Equal("ab[CDef", text.WithChanges(insert, replace).ToString());
        Assert.Equal("ab[CDef", text.WithChanges(replace, insert).ToString());
    }

    [Fact]
    public void WithChanges_Deletes()
    {
        var text = SourceText.From("keep DROP keep DROP");

        var changed = text.WithChanges(
            new TextChange(TextSpan.FromBounds(4, 9), string.Empty),
            new TextChange(TextSpan.FromBounds(14, 19), string.Empty));

        Assert.Equal("keep keep", changed.ToString());
    }

    [Fact]
    public void WithChanges_None_ReturnsSameInstance()
    {
        var text = SourceText.From("same");

        Assert.Same(text, text.WithChanges());
    }

    [Fact]
    public void WithChanges_OutOfBounds_ThrowsNamingTheChange()
    {
        var text = SourceText.From("short");
        var change = new TextChange(TextSpan.FromBounds(3, 9), "x");

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => text.WithChanges(change));

        Assert.Contains(change.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains("[3..9)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(5)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithChanges_Overlapping_ThrowsArgumentException()
    {
        var text = SourceText.From("0123456789");
        var first = new TextChange(TextSpan.FromBounds(2, 6), "a");
        var second = new TextChange(TextSpan.FromBounds(5, 8), "b");

        var ex = Assert.Throws<ArgumentException>(() => text.WithChanges(second, first));

        Assert.Contains(first.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains(second.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithChanges_KeepsEncodingAndByteOrderMark()
    {
        var text = SourceText.From("abc", Encoding.Unicode, hasByteOrderMark: true);

        var changed = text.WithChanges(new TextChange(new TextSpan(1, 1), "Z"));

        Assert.Same(text.Encoding, changed.Encoding);
        Assert.True(changed.HasByteOrderMark);
        Assert.Equal([0xFF, 0xFE, (byte)'a', 0, (byte)'Z', 0, (byte)'c', 0], changed.Encode());
    }

    [Fact]
    public void WithText_KeepsStorage_ContentEquals_ComparesCharacters()
    {
        var text = SourceText.From("one", Encoding.UTF32, hasByteOrderMark: true);

        var other = text.WithText("two");

        Assert.Same(text.Encoding, other.Encoding);
        Assert.True(other.HasByteOrderMark);
        Assert.False(text.ContentEquals(other));
        Assert.True(other.ContentEquals(SourceText.From("two")));
    }

    [Fact]
    public void GetContentHash_DependsOnContentOnly()
    {
        var a = SourceText.From("même texte");
        var b = SourceText.From("même texte", Encoding.Unicode, hasByteOrderMark: true);
        var c = SourceText.From("autre texte");

        Assert.Equal(a.GetContentHash(), b.GetContentHash());
        Assert.NotEqual(a.GetContentHash(), c.GetContentHash());
        Assert.Equal(64, a.GetContentHash().Length);
    }

    [Fact]
    public void From_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SourceText.From(null!));
}
