namespace RulesSdk.Dsl.Syntax;

/// <summary>repeated block [first|last|inside|opening [near]|reworded], repeated phrase [except @list], trailing metadata, lowercase after stop [except @list].</summary>
public sealed record CheckMatcherSyntax(string Check, SourcePosition Position, PhraseItem? Except = null) : MatcherSyntax(Position);
