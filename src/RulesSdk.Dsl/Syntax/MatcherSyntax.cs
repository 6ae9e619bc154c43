namespace RulesSdk.Dsl.Syntax;

public abstract record MatcherSyntax(SourcePosition Position);
