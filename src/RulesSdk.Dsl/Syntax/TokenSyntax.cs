using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary>An item of a token sequence.</summary>
public abstract record TokenSyntax(SourcePosition Position);

public sealed record LiteralTokenSyntax(string Text, SourcePosition Position) : TokenSyntax(Position);

public sealed record ListTokenSyntax(string Name, SourcePosition Position) : TokenSyntax(Position);

/// <summary>Cap, lower, word, number, any.</summary>
public sealed record ClassTokenSyntax(string ClassName, SourcePosition Position) : TokenSyntax(Position);

public sealed record SkipTokenSyntax(int Min, int Max, SourcePosition Position) : TokenSyntax(Position);

public sealed record SequenceTokenSyntax(ImmutableArray<TokenSyntax> Items, SourcePosition Position) : TokenSyntax(Position);

public sealed record AlternationTokenSyntax(ImmutableArray<TokenSyntax> Alternatives, SourcePosition Position) : TokenSyntax(Position);

public sealed record RepeatTokenSyntax(TokenSyntax Item, int Min, int Max, SourcePosition Position) : TokenSyntax(Position);

public sealed record CaptureTokenSyntax(string Name, TokenSyntax Item, SourcePosition Position) : TokenSyntax(Position);
