namespace RulesSdk.Dsl.Syntax;

public sealed record CaptureTokenSyntax(string Name, TokenSyntax Item, SourcePosition Position) : TokenSyntax(Position);
