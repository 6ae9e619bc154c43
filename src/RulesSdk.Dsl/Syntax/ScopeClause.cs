using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public sealed record ScopeClause(string Kind, ImmutableArray<string> Filters, SourcePosition Position) : RuleClause(Position);
