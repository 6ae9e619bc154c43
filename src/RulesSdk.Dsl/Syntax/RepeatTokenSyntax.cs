namespace RulesSdk.Dsl.Syntax;

public sealed record RepeatTokenSyntax(TokenSyntax Item, int Min, int Max, SourcePosition Position) : TokenSyntax(Position);
