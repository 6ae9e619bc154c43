using System.Runtime.CompilerServices;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// The top-level quotations (depth 0) of a block with many of them, in order, so that the ones a sentence
/// overlaps are found by binary search: the clause splitter read every quotation of the block for each of
/// its sentences, quadratic in a paragraph of thousands of quotations (3.2 MB of them took 10 s).
/// </summary>
internal sealed class TopLevelQuotes
{
    // Below this many quotations a block is scanned whole, as before: no lookup for ordinary paragraphs.
    internal const int IndexedFrom = 16;

    private static readonly ConditionalWeakTable<BlockSyntax, TopLevelQuotes> Indexes = new();

    private readonly QuoteRegion[] _quotes;

    private TopLevelQuotes(QuoteRegion[] quotes, bool ordered)
    {
        _quotes = quotes;
        IsOrdered = ordered;
    }

    /// <summary>
    /// True when the ends are in order too. Nesting makes top-level quotations disjoint, so they always
    /// are; if a scanner ever broke that, the block is scanned whole rather than searched wrongly.
    /// </summary>
    public bool IsOrdered { get; }

    public int Count => _quotes.Length;

    public QuoteRegion this[int index] => _quotes[index];

    /// <summary>The index for a block with many quotations, null for one to scan whole.</summary>
    public static TopLevelQuotes? For(BlockSyntax block) =>
        block.Quotes.Length >= IndexedFrom && Indexes.GetValue(block, Build) is { IsOrdered: true } index ? index : null;

    /// <summary>The first quotation that ends after <paramref name="position"/>, or <see cref="Count"/>.</summary>
    public int FirstEndingAfter(int position)
    {
        var low = 0;
        var high = _quotes.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_quotes[middle].Span.End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static TopLevelQuotes Build(BlockSyntax block)
    {
        // Block quotations are sorted by start; the top-level ones keep that order.
        var quotes = block.Quotes.Where(q => q.Depth == 0).ToArray();
        var ordered = true;
        for (var i = 1; i < quotes.Length && ordered; i++)
        {
            ordered = quotes[i - 1].Span.End <= quotes[i].Span.End && quotes[i - 1].Span.Start <= quotes[i].Span.Start;
        }

        return new TopLevelQuotes(quotes, ordered);
    }
}
