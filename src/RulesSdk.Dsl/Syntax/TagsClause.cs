using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public sealed record TagsClause(ImmutableArray<string> Tags, SourcePosition Position) : RuleClause(Position);
