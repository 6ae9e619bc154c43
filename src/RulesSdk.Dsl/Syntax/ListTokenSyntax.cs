namespace RulesSdk.Dsl.Syntax;

public sealed record ListTokenSyntax(string Name, SourcePosition Position) : TokenSyntax(Position);
