using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary>Phrases: each item is a string or a list reference (<see cref="PhraseItem.IsList"/>).</summary>
public sealed record PhraseMatcherSyntax(ImmutableArray<PhraseItem> Items, SourcePosition Position) : MatcherSyntax(Position);
