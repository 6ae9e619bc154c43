using System.Collections.Immutable;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Syntax;

namespace RulesSdk.Dsl.Binding;

/// <summary>A checked pack, ready to emit.</summary>
public sealed record BoundPack(string Id, string Title, string Language, ImmutableArray<BoundRule> Rules, ImmutableArray<string> SourcePaths);
