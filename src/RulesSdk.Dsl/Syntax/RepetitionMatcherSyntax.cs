namespace RulesSdk.Dsl.Syntax;

/// <summary><c>repetition /token/</c>: the same token twice in a row.</summary>
public sealed record RepetitionMatcherSyntax(RegexMatcherSyntax Token, SourcePosition Position) : MatcherSyntax(Position);
