namespace RulesSdk.Dsl.Syntax;

public sealed record FixClause(bool IsSuggestion, string Title, FixActionSyntax Action, SourcePosition Position) : RuleClause(Position);
