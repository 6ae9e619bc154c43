namespace RulesSdk.Dsl.Syntax;

/// <summary>Cap, lower, word, number, any; the closed word classes det, pronoun, prep, conj, aux, modal.</summary>
public sealed record ClassTokenSyntax(string ClassName, SourcePosition Position) : TokenSyntax(Position);
