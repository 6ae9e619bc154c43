using System.Collections.Immutable;

namespace RulesSdk.Configuration;

/// <summary>
/// Finds the suppressions whose range holds a position without trying every one: a document with thousands of
/// <c>docrules-disable-next-line</c> comments and thousands of findings stays linear. Line-sized ranges are kept
/// sorted by start and searched by halving; the few long ones (regions, the whole file) are tried each time.
/// </summary>
internal sealed class SuppressionIndex
{
    // Longer ranges are regions or the file: there are few, and a sorted search cannot bound them.
    private const int MaxShortLength = 4096;

    private readonly InlineSuppression[] _short;
    private readonly InlineSuppression[] _long;

    public SuppressionIndex(ImmutableArray<InlineSuppression> suppressions)
    {
        _short = [.. suppressions.Where(static s => s.Range.Length <= MaxShortLength).OrderBy(static s => s.Range.Start)];
        _long = [.. suppressions.Where(static s => s.Range.Length > MaxShortLength)];
    }

    /// <summary>The suppressions whose range may hold <paramref name="position"/> (the caller checks the rule id).</summary>
    public IEnumerable<InlineSuppression> Covering(int position)
    {
        foreach (var suppression in _long)
        {
            if (suppression.Range.Contains(position))
            {
                yield return suppression;
            }
        }

        // The last short range starting at or before the position, then back while a range could still reach it.
        var low = 0;
        var high = _short.Length - 1;
        var last = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_short[middle].Range.Start <= position)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        for (var i = last; i >= 0 && _short[i].Range.Start > position - MaxShortLength - 1; i--)
        {
            if (_short[i].Range.Contains(position))
            {
                yield return _short[i];
            }
        }
    }
}
