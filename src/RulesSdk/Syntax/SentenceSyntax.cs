using System.Collections.Immutable;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>A sentence of a block; its tokens are built on first use.</summary>
public sealed class SentenceSyntax
{
    private ImmutableArray<SyntaxToken> _tokens;

    internal SentenceSyntax(BlockSyntax block, int index, TextSpan span)
    {
        Block = block;
        Index = index;
        Span = span;
    }

    public BlockSyntax Block { get; }

    /// <summary>Position in the block, from 0.</summary>
    public int Index { get; }

    public TextSpan Span { get; }

    public bool IsFirstInBlock => Index == 0;

    public bool IsLastInBlock => Index == Block.Sentences.Length - 1;

    public string Text => Block.Document.Text.ToString(Span);

    public ReadOnlySpan<char> Prose => Block.Document.Prose.AsSpan(Span.Start, Span.Length);

    /// <summary>True when the whole sentence is inside one quotation.</summary>
    public bool IsInQuote => Block.IsInQuote(Span);

    public ImmutableArray<SyntaxToken> Tokens
    {
        get
        {
            if (_tokens.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(
                    ref _tokens,
                    Tokenizer.Tokenize(Block.Document.Prose, 0, Span, Block.Document.Language, Block.IsInQuote));
            }

            return _tokens;
        }
    }

    /// <summary>
    /// The tokens when they are built; otherwise the same tokens in a per-thread buffer that the next
    /// tokenization on this thread overwrites, so that a test run over every sentence of a document
    /// (the genre's first-person count) does not keep the tokens of every sentence alive.
    /// </summary>
    internal ReadOnlySpan<SyntaxToken> TokensForOneScan() =>
        _tokens.IsDefault
            ? Tokenizer.TokenizeTransient(Block.Document.Prose, 0, Span, Block.Document.Language, Block.IsInQuote)
            : _tokens.AsSpan();

    public override string ToString() => Text;
}
