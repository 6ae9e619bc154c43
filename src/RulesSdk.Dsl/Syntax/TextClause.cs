namespace RulesSdk.Dsl.Syntax;

/// <summary>title, message, category, help, description, severity, language, enabled.</summary>
public sealed record TextClause(string Keyword, string Value, SourcePosition Position) : RuleClause(Position);
