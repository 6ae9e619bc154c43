using System.Collections.Immutable;

namespace RulesSdk.Dsl.Syntax;

/// <summary>A parsed rule file: its statements in order.</summary>
public sealed record RuleFile(string Path, string Text, ImmutableArray<PackItem> Items);
