namespace RulesSdk.Dsl.Syntax;

public sealed record MatchClause(bool IsUnless, MatcherSyntax Matcher, SourcePosition Position) : RuleClause(Position);
