using System.Collections.Immutable;

namespace RulesSdk.Dsl.Binding;

/// <summary>A checked pack, ready to emit.</summary>
public sealed record BoundPack(string Id, string Title, string Language, ImmutableArray<BoundRule> Rules, ImmutableArray<string> SourcePaths);
