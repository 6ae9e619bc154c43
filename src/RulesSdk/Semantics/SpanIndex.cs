using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// A block's items (person names, dates) sorted by start with the furthest end so far, so that the ones
/// touching a span are found by two binary searches: rules ask per sentence, and a scan of every item of
/// the block per sentence was quadratic in a paragraph of thousands of names.
/// </summary>
internal sealed class SpanIndex<T>
{
    private readonly T[] _items;
    private readonly TextSpan[] _spans;
    private readonly int[] _endsSoFar;

    public SpanIndex(ImmutableArray<T> items, Func<T, TextSpan> spanOf)
    {
        // A stable sort: items that start together keep the order the recogniser gave them.
        _items = [.. items.OrderBy(i => spanOf(i).Start)];
        _spans = [.. _items.Select(spanOf)];
        _endsSoFar = new int[_spans.Length];
        for (var i = 0; i < _spans.Length; i++)
        {
            _endsSoFar[i] = i == 0 ? _spans[i].End : Math.Max(_endsSoFar[i - 1], _spans[i].End);
        }
    }

    /// <summary>Adds to <paramref name="found"/> each item that overlaps <paramref name="span"/> or lies inside it.</summary>
    public void AddTouching(TextSpan span, ref ImmutableArray<T>.Builder? found)
    {
        // Past the last item starting at or before the span's end, none can touch it; before the first whose
        // furthest end reaches the span's start, none either.
        var end = FirstStartingAfter(span.End);
        var first = FirstEndingAtOrAfter(span.Start);
        for (var i = first; i < end; i++)
        {
            if (_spans[i].OverlapsWith(span) || span.Contains(_spans[i]))
            {
                (found ??= ImmutableArray.CreateBuilder<T>()).Add(_items[i]);
            }
        }
    }

    /// <summary>
    /// Whether any item's span overlaps <paramref name="span"/>, as <see cref="TextSpan.OverlapsWith(TextSpan)"/> says (empty
    /// spans overlap nothing): the suppression reader asks it of every comment against the code spans it must ignore.
    /// </summary>
    public bool AnyOverlapping(TextSpan span)
    {
        var end = FirstStartingAfter(span.End);
        for (var i = FirstEndingAtOrAfter(span.Start); i < end; i++)
        {
            if (_spans[i].OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }

    // Binary searches written out rather than over a predicate: asked per sentence, they must not allocate.
    private int FirstStartingAfter(int position)
    {
        var (low, high) = (0, _spans.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_spans[middle].Start > position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private int FirstEndingAtOrAfter(int position)
    {
        var (low, high) = (0, _endsSoFar.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_endsSoFar[middle] >= position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
