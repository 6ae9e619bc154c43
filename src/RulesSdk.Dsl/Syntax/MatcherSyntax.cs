using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public abstract record MatcherSyntax(SourcePosition Position);

public sealed record RegexMatcherSyntax(string Pattern, string Flags, SourcePosition Position) : MatcherSyntax(Position);

/// <summary>Phrases: each item is a string or a list reference (<see cref="PhraseItem.IsList"/>).</summary>
public sealed record PhraseMatcherSyntax(ImmutableArray<PhraseItem> Items, SourcePosition Position) : MatcherSyntax(Position);

public sealed record PhraseItem(string Value, bool IsList, SourcePosition Position);

public sealed record TokenMatcherSyntax(TokenSyntax Pattern, SourcePosition Position) : MatcherSyntax(Position);

/// <summary>repeated block [first], trailing metadata, lowercase after stop [except @list].</summary>
public sealed record CheckMatcherSyntax(string Check, SourcePosition Position, PhraseItem? Except = null) : MatcherSyntax(Position);
