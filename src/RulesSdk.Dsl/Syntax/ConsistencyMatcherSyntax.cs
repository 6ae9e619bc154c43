using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary><c>consistency PAIR, PAIR…</c>.</summary>
public sealed record ConsistencyMatcherSyntax(ImmutableArray<ConsistencyPairSyntax> Pairs, SourcePosition Position) : MatcherSyntax(Position);
