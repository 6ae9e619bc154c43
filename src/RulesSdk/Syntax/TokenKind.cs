namespace RulesSdk.Syntax;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
