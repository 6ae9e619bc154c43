namespace RulesSdk.Dsl.Syntax;

public sealed record PackLanguage(string Language, SourcePosition Position) : PackItem(Position);
