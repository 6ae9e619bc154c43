namespace RulesSdk.Text;

/// <summary>An end-exclusive range of characters in a <see cref="SourceText"/>.</summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"End {end} is before start {start}.");
        }

        return new TextSpan(start, end - start);
    }

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the spans share at least one character (empty spans never overlap).</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>True when the spans overlap or touch.</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    public override string ToString() => $"[{Start}..{End})";
}
