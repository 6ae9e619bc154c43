namespace RulesSdk.Dsl.Syntax;

/// <summary>An item of a token sequence.</summary>
public abstract record TokenSyntax(SourcePosition Position);
