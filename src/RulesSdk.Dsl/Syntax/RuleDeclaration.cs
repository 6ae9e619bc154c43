using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public sealed record RuleDeclaration(string Id, string Name, ImmutableArray<RuleClause> Clauses, SourcePosition Position) : PackItem(Position);
