namespace RulesSdk.Dsl.Syntax;

public sealed record ExampleClause(bool IsClean, string Input, string? Output, SourcePosition Position) : RuleClause(Position);
