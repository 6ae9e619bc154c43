namespace RulesSdk.Dsl.Syntax;

/// <summary>Cap, lower, word, number, any.</summary>
public sealed record ClassTokenSyntax(string ClassName, SourcePosition Position) : TokenSyntax(Position);
