namespace RulesSdk.Dsl;

/// <summary>An <c>example</c> (flagged, optionally fixed to <see cref="Output"/>) or <c>clean</c> case of a rule; <see cref="IsMarkdown"/>: run as a Markdown document.</summary>
public sealed record RuleExample(string Input, string? Output, bool IsClean, string Path, int Line, bool IsMarkdown = false);
