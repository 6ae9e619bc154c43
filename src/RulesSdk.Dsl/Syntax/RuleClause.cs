using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary>One clause of a rule (title, scope, match, fix, example…).</summary>
public abstract record RuleClause(SourcePosition Position);

/// <summary>title, message, category, help, description, severity, language, enabled.</summary>
public sealed record TextClause(string Keyword, string Value, SourcePosition Position) : RuleClause(Position);

public sealed record TagsClause(ImmutableArray<string> Tags, SourcePosition Position) : RuleClause(Position);

public sealed record ScopeClause(string Kind, ImmutableArray<string> Filters, SourcePosition Position) : RuleClause(Position);

public sealed record OptionClause(string Name, bool Negated, string Value, SourcePosition Position) : RuleClause(Position);

public sealed record MatchClause(bool IsUnless, MatcherSyntax Matcher, SourcePosition Position) : RuleClause(Position);

public sealed record FixClause(bool IsSuggestion, string Title, FixActionSyntax Action, SourcePosition Position) : RuleClause(Position);

public sealed record ExampleClause(bool IsClean, string Input, string? Output, SourcePosition Position) : RuleClause(Position);
