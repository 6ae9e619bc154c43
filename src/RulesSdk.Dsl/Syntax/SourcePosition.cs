namespace RulesSdk.Dsl.Syntax;

/// <summary>A position in a rule file, one-based as printed.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column, int Offset);
