using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public sealed record SequenceTokenSyntax(ImmutableArray<TokenSyntax> Items, SourcePosition Position) : TokenSyntax(Position);
