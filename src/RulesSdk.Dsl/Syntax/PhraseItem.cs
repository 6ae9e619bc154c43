namespace RulesSdk.Dsl.Syntax;

public sealed record PhraseItem(string Value, bool IsList, SourcePosition Position);
