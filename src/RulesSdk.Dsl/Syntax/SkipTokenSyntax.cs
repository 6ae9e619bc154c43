namespace RulesSdk.Dsl.Syntax;

public sealed record SkipTokenSyntax(int Min, int Max, SourcePosition Position) : TokenSyntax(Position);
