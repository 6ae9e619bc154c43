namespace RulesSdk.Dsl;

/// <summary>An <c>example</c> (flagged, optionally fixed to <see cref="Output"/>) or <c>clean</c> case of a rule.</summary>
public sealed record RuleExample(string Input, string? Output, bool IsClean, string Path, int Line);
