using System.Collections.Immutable;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

public sealed record BoundTokenMatcher(TokenSyntax Pattern, ImmutableDictionary<string, ImmutableArray<string>> Lists, ImmutableArray<string> Captures, ImmutableArray<string> PrefilterLiterals)
    : BoundMatcher(Captures, PrefilterLiterals);
