namespace RulesSdk.Dsl.Syntax;

/// <summary><c>repetition /token/ [alphanumeric]</c>: the same token twice in a row.</summary>
public sealed record RepetitionMatcherSyntax(RegexMatcherSyntax Token, bool AlphanumericOnly, SourcePosition Position) : MatcherSyntax(Position);
