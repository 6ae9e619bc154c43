namespace RulesSdk.Dsl.Syntax;

/// <summary>A token whose whole text matches <c>/regex/flags</c> (flag <c>i</c>: ignoring case).</summary>
public sealed record RegexTokenSyntax(string Pattern, string Flags, SourcePosition Position) : TokenSyntax(Position);
