using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary><c>where voice is narrator and person is first</c>: conditions over the semantic model.</summary>
public sealed record WhereClause(ImmutableArray<SemanticPredicateSyntax> Predicates, SourcePosition Position) : RuleClause(Position);
