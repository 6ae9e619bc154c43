using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public sealed record AlternationTokenSyntax(ImmutableArray<TokenSyntax> Alternatives, SourcePosition Position) : TokenSyntax(Position);
