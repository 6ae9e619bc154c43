using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Configuration;

/// <summary>
/// Answers "does this span overlap any of these spans?" by halving instead of trying every span: a Markdown file
/// full of code spans and suppression comments stays linear. Spans are sorted by start and each keeps the furthest
/// end reached so far, so nested and overlapping spans need no special case. Empty spans overlap nothing, as with
/// <see cref="TextSpan.OverlapsWith(TextSpan)"/>.
/// </summary>
internal sealed class SpanOverlapIndex
{
    private readonly int[] _starts;
    private readonly int[] _furthestEnds;

    public SpanOverlapIndex(ImmutableArray<TextSpan> spans)
    {
        var sorted = (spans.IsDefault ? [] : spans).Where(static s => !s.IsEmpty).OrderBy(static s => s.Start).ToArray();
        _starts = new int[sorted.Length];
        _furthestEnds = new int[sorted.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            furthest = Math.Max(furthest, sorted[i].End);
            _furthestEnds[i] = furthest;
        }
    }

    public bool OverlapsWith(TextSpan span)
    {
        if (span.IsEmpty || _starts.Length == 0)
        {
            return false;
        }

        // The last span starting before the query ends; any of it or earlier overlaps when one of them ends after the query starts.
        var low = 0;
        var high = _starts.Length - 1;
        var last = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_starts[middle] < span.End)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return last >= 0 && _furthestEnds[last] > span.Start;
    }
}
