using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>A word, number or punctuation mark of a sentence.</summary>
public readonly record struct SyntaxToken(TextSpan Span, TokenKind Kind, string Text, bool IsInQuote)
{
    /// <summary>True for a word starting with an upper-case letter ("Stoltenberg", "OTAN").</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => Text;
}
