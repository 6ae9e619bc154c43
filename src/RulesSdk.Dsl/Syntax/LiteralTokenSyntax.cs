namespace RulesSdk.Dsl.Syntax;

public sealed record LiteralTokenSyntax(string Text, SourcePosition Position) : TokenSyntax(Position);
