namespace RulesSdk.Dsl.Syntax;

/// <summary>A value with the rule-file position it was read at.</summary>
public sealed record Located<T>(T Value, SourcePosition Position);
