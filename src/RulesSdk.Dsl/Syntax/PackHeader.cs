namespace RulesSdk.Dsl.Syntax;

public sealed record PackHeader(string Id, string? Title, SourcePosition Position) : PackItem(Position);
