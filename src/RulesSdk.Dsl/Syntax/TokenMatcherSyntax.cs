namespace RulesSdk.Dsl.Syntax;

public sealed record TokenMatcherSyntax(TokenSyntax Pattern, SourcePosition Position) : MatcherSyntax(Position);
