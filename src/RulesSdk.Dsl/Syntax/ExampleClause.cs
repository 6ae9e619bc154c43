namespace RulesSdk.Dsl.Syntax;

/// <summary><c>example [md] "input" [=> "output"]</c> or <c>clean [md] "input"</c>; md: the input is a Markdown document.</summary>
public sealed record ExampleClause(bool IsClean, string Input, string? Output, SourcePosition Position, bool IsMarkdown = false) : RuleClause(Position);
