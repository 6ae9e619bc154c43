using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public sealed record TokenMatcherSyntax(TokenSyntax Pattern, SourcePosition Position) : MatcherSyntax(Position);
