using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>A heading, paragraph, list item or block quote; sentences and quotes are built on first use.</summary>
public sealed class BlockSyntax
{
    private ImmutableArray<SentenceSyntax> _sentences;
    private ImmutableArray<QuoteRegion> _quotes;
    private ImmutableArray<TextSpan> _quoted;
    private ImmutableArray<int> _quoteEndsSoFar;

    internal BlockSyntax(DocumentSyntax document, int index, BlockKind kind, TextSpan span, int headingLevel)
    {
        Document = document;
        Index = index;
        Kind = kind;
        Span = span;
        HeadingLevel = headingLevel;
    }

    public DocumentSyntax Document { get; }

    /// <summary>Position among the document's blocks, from 0.</summary>
    public int Index { get; }

    public BlockKind Kind { get; }

    /// <summary>The block's source, markup included, without its final line break.</summary>
    public TextSpan Span { get; }

    /// <summary>1–6 for headings, 0 otherwise.</summary>
    public int HeadingLevel { get; }

    public bool IsFirst => Index == 0;

    public bool IsLast => Index == Document.Blocks.Length - 1;

    /// <summary>The source text of the block, markup included.</summary>
    public string Text => Document.Text.ToString(Span);

    /// <summary>The block's prose: markup, code and URLs replaced by spaces, offsets unchanged.</summary>
    public ReadOnlySpan<char> Prose => Document.Prose.AsSpan(Span.Start, Span.Length);

    public ImmutableArray<SentenceSyntax> Sentences
    {
        get
        {
            if (_sentences.IsDefault)
            {
                var spans = SentenceSegmenter.Split(Prose, Span.Start);
                var builder = ImmutableArray.CreateBuilder<SentenceSyntax>(spans.Count);
                for (var i = 0; i < spans.Count; i++)
                {
                    builder.Add(new SentenceSyntax(this, i, spans[i]));
                }

                ImmutableInterlocked.InterlockedInitialize(ref _sentences, builder.MoveToImmutable());
            }

            return _sentences;
        }
    }

    public ImmutableArray<QuoteRegion> Quotes
    {
        get
        {
            if (_quotes.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _quotes, QuoteScanner.Scan(Prose, Span.Start));
            }

            return _quotes;
        }
    }

    /// <summary>True when <paramref name="position"/> lies inside a quotation of this block.</summary>
    public bool IsInQuote(int position)
    {
        // Asked for every token: a binary search over the quotations' union, where scanning the quotations was
        // quadratic in a block with thousands of them.
        var quoted = QuotedRanges;
        var low = 0;
        var high = quoted.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (quoted[middle].End <= position)
            {
                low = middle + 1;
            }
            else if (quoted[middle].Start > position)
            {
                high = middle - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    // The positions inside some quotation, as disjoint spans in order (nested and overlapping quotations merged).
    private ImmutableArray<TextSpan> QuotedRanges
    {
        get
        {
            if (_quoted.IsDefault)
            {
                var merged = ImmutableArray.CreateBuilder<TextSpan>();
                foreach (var quote in Quotes)
                {
                    // Quotes are sorted by start.
                    if (merged.Count > 0 && quote.Span.Start <= merged[^1].End)
                    {
                        merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, quote.Span.End));
                    }
                    else if (!quote.Span.IsEmpty)
                    {
                        merged.Add(quote.Span);
                    }
                }

                ImmutableInterlocked.InterlockedInitialize(ref _quoted, merged.ToImmutable());
            }

            return _quoted;
        }
    }

    /// <summary>True when the whole span lies inside one quotation.</summary>
    public bool IsInQuote(TextSpan span)
    {
        // Asked for every finding: a binary search for the last quotation starting at or before the span, then
        // the furthest end of any quotation up to it (quotations are sorted by start), instead of a scan.
        var quotes = Quotes;
        var low = 0;
        var high = quotes.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (quotes[middle].Span.Start <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && QuoteEndsSoFar[high] >= span.End;
    }

    // For each quotation (sorted by start), the furthest end of it and every quotation before it.
    private ImmutableArray<int> QuoteEndsSoFar
    {
        get
        {
            if (_quoteEndsSoFar.IsDefault)
            {
                var ends = ImmutableArray.CreateBuilder<int>(Quotes.Length);
                foreach (var quote in Quotes)
                {
                    ends.Add(ends.Count == 0 ? quote.Span.End : Math.Max(ends[^1], quote.Span.End));
                }

                ImmutableInterlocked.InterlockedInitialize(ref _quoteEndsSoFar, ends.MoveToImmutable());
            }

            return _quoteEndsSoFar;
        }
    }

    public override string ToString() => $"{Kind} {Span}";
}
