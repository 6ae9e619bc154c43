namespace RulesSdk.Dsl.Syntax;

/// <summary>One clause of a rule (title, scope, match, fix, example…).</summary>
public abstract record RuleClause(SourcePosition Position);
