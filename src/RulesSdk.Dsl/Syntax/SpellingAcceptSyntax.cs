namespace RulesSdk.Dsl.Syntax;

/// <summary>One <c>accept</c> entry of a spelling matcher: a word, a <c>/regex/</c> (<see cref="Regex"/>) or a list (<see cref="List"/>).</summary>
public sealed record SpellingAcceptSyntax(string? Word, RegexMatcherSyntax? Regex, PhraseItem? List, SourcePosition Position);
