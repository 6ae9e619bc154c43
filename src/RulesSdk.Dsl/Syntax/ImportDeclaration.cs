namespace RulesSdk.Dsl.Syntax;

public sealed record ImportDeclaration(string RelativePath, SourcePosition Position) : PackItem(Position);
