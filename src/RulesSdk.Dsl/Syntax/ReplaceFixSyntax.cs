namespace RulesSdk.Dsl.Syntax;

/// <summary>Replace the match (<see cref="Capture"/> null) or one capture with a template.</summary>
public sealed record ReplaceFixSyntax(string? Capture, string Template, SourcePosition Position) : FixActionSyntax(Position);
