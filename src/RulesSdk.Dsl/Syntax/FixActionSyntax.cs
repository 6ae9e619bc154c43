namespace RulesSdk.Dsl.Syntax;

public abstract record FixActionSyntax(SourcePosition Position);

/// <summary>Replace the match (<see cref="Capture"/> null) or one capture with a template.</summary>
public sealed record ReplaceFixSyntax(string? Capture, string Template, SourcePosition Position) : FixActionSyntax(Position);

/// <summary>delete match | sentence | paragraph | block | line [then capitalize next].</summary>
public sealed record DeleteFixSyntax(string Target, bool CapitalizeNext, SourcePosition Position) : FixActionSyntax(Position);
