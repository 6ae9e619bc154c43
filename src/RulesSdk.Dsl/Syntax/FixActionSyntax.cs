namespace RulesSdk.Dsl.Syntax;

public abstract record FixActionSyntax(SourcePosition Position);
