namespace RulesSdk.Dsl.Syntax;

/// <summary><c>!ITEM</c>: one token that ITEM does not match.</summary>
public sealed record NegatedTokenSyntax(TokenSyntax Item, SourcePosition Position) : TokenSyntax(Position);
