namespace RulesSdk.Dsl.Syntax;

/// <summary>One condition of a <c>where</c> clause: SUBJECT is [not] VALUE (voice, person, genre, block).</summary>
public sealed record SemanticPredicateSyntax(string Subject, bool Negated, string Value, SourcePosition Position);
