using System.Collections.Immutable;
using RulesSdk.Dsl;

namespace RulesSdk.Cli.Loading;

/// <summary>One built-in pack: a folder of the embedded <c>analyzers/</c> tree and its <c>*.rules</c> files.</summary>
public sealed record BuiltInPackSource(string Folder, ImmutableArray<RuleSource> Sources);
