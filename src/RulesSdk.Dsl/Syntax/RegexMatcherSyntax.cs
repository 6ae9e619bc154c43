namespace RulesSdk.Dsl.Syntax;

public sealed record RegexMatcherSyntax(string Pattern, string Flags, SourcePosition Position) : MatcherSyntax(Position);
