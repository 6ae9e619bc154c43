namespace RulesSdk.Dsl.Syntax;

/// <summary>delete match | sentence | paragraph | block | line [then capitalize next].</summary>
public sealed record DeleteFixSyntax(string Target, bool CapitalizeNext, SourcePosition Position) : FixActionSyntax(Position);
