namespace RulesSdk.Dsl.Syntax;

/// <summary><c>metric NAME|"formula" OP NUMBER</c>: a readability score compared with a threshold.</summary>
public sealed record MetricMatcherSyntax(string Formula, bool IsPreset, string Comparison, string Threshold, SourcePosition Position, SourcePosition FormulaPosition) : MatcherSyntax(Position);
