using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

public abstract record MatcherSyntax(SourcePosition Position);
