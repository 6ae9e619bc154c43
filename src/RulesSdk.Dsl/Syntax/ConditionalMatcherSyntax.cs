namespace RulesSdk.Dsl.Syntax;

/// <summary><c>conditional /first/ requires /second/ [before] [except @list]</c>.</summary>
public sealed record ConditionalMatcherSyntax(RegexMatcherSyntax First, RegexMatcherSyntax Second, bool Before, PhraseItem? Except, SourcePosition Position) : MatcherSyntax(Position);
