using RulesSdk.Text;

namespace RulesSdk.CodeFixes;

/// <summary>
/// Which characters and insertion points of one text the changes accepted so far in a fix-all pass
/// occupy, so that each further change is checked for a conflict in time proportional to its own
/// length instead of to the number of changes already accepted (which made fix-all quadratic).
/// </summary>
/// <remarks>
/// Two changes conflict when they share a character, or when one inserts at a point the other
/// starts at or covers: a replacement [s, e) conflicts with an insertion at p when s ≤ p &lt; e,
/// and two insertions conflict at the same point. Marking the replaced characters and the
/// insertion points answers both with one scan of the candidate's range.
/// </remarks>
internal sealed class ChangeOccupancy
{
    private const byte Replaced = 1;
    private const byte InsertionPoint = 2;

    // One entry per character plus one for an insertion at the very end.
    private readonly byte[] _marks;

    public ChangeOccupancy(int textLength) => _marks = new byte[textLength + 1];

    public bool ConflictsWith(TextSpan span) =>
        span.IsEmpty
            ? _marks[span.Start] != 0
            : _marks.AsSpan(span.Start, span.Length).ContainsAnyExcept((byte)0);

    public void Add(TextSpan span)
    {
        if (span.IsEmpty)
        {
            _marks[span.Start] |= InsertionPoint;
        }
        else
        {
            // An insertion point inside keeps its mark: either way the character is taken.
            _marks.AsSpan(span.Start, span.Length).Fill(Replaced);
        }
    }
}
