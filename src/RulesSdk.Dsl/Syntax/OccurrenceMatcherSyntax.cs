namespace RulesSdk.Dsl.Syntax;

/// <summary><c>occurrence MATCHER [min N] [max N]</c>: the count of a pattern per scope.</summary>
public sealed record OccurrenceMatcherSyntax(MatcherSyntax Counted, int? Min, int? Max, SourcePosition Position) : MatcherSyntax(Position);
