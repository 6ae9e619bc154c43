namespace RulesSdk.Dsl.Syntax;

public sealed record OptionClause(string Name, bool Negated, string Value, SourcePosition Position) : RuleClause(Position);
