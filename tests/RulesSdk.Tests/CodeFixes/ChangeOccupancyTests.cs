using RulesSdk.CodeFixes;
using RulesSdk.Text;

namespace RulesSdk.Tests.CodeFixes;

/// <summary>
/// Fix-all's linear conflict check must decide exactly as the pairwise rule it replaced: changes
/// conflict when they share a character or an insertion meets a change at or inside its span.
/// </summary>
public sealed class ChangeOccupancyTests
{
    private static bool PairwiseConflict(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) ||
        (a.IsEmpty && b.Start <= a.Start && a.Start < Math.Max(b.End, b.Start + 1)) ||
        (b.IsEmpty && a.Start <= b.Start && b.Start < Math.Max(a.End, a.Start + 1));

    [Theory]
    [InlineData(2, 3, 5, 1, false)] // touching replacements
    [InlineData(2, 3, 4, 2, true)] // overlapping replacements
    [InlineData(2, 3, 2, 0, true)] // insertion where a replacement starts
    [InlineData(2, 3, 4, 0, true)] // insertion inside a replacement
    [InlineData(2, 3, 5, 0, false)] // insertion where a replacement ends
    [InlineData(4, 0, 4, 0, true)] // two insertions at one point
    [InlineData(10, 0, 10, 0, true)] // at the very end of the text
    [InlineData(4, 0, 2, 2, false)] // replacement ending at an insertion
    public void Decides_AsThePairwiseRule(int start, int length, int otherStart, int otherLength, bool conflicts)
    {
        var taken = new ChangeOccupancy(textLength: 10);
        taken.Add(new TextSpan(start, length));

        Assert.Equal(conflicts, taken.ConflictsWith(new TextSpan(otherStart, otherLength)));
        Assert.Equal(conflicts, PairwiseConflict(new TextSpan(start, length), new TextSpan(otherStart, otherLength)));
    }

    [Fact]
    public void RandomGreedyPasses_AcceptTheSameChanges()
    {
        var random = new Random(20261203);
        for (var round = 0; round < 200; round++)
        {
            const int length = 60;
            var taken = new ChangeOccupancy(length);
            var accepted = new List<TextSpan>();
            for (var i = 0; i < 40; i++)
            {
                var start = random.Next(length + 1);
                var span = new TextSpan(start, random.Next(3) == 0 ? 0 : random.Next(Math.Min(6, length - start) + 1));
                var expected = accepted.Any(a => PairwiseConflict(a, span));

                Assert.Equal(expected, taken.ConflictsWith(span));
                if (!expected)
                {
                    taken.Add(span);
                    accepted.Add(span);
                }
            }
        }
    }

    [Fact]
    public void CheckChanges_ThrowsWhatWithChangesThrows()
    {
        var text = SourceText.From("abcdef");
        TextChange[] overlapping = [new(new TextSpan(0, 3), "x"), new(new TextSpan(2, 2), "y")];
        TextChange[] outside = [new(new TextSpan(4, 5), "x")];
        TextChange[] insertionAndReplacement = [new(new TextSpan(1, 2), "x"), new(new TextSpan(1, 0), "y")];

        Assert.Equal(Assert.Throws<ArgumentException>(() => text.WithChanges(overlapping)).Message, Assert.Throws<ArgumentException>(() => text.CheckChanges(overlapping)).Message);
        Assert.Equal(Assert.Throws<ArgumentOutOfRangeException>(() => text.WithChanges(outside)).Message, Assert.Throws<ArgumentOutOfRangeException>(() => text.CheckChanges(outside)).Message);
        text.CheckChanges(insertionAndReplacement);
        Assert.Equal("ayxdef", text.WithChanges(insertionAndReplacement).ToString());
    }
}
