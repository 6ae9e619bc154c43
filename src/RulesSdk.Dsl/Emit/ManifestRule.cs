using System.Collections.Immutable;

namespace RulesSdk.Dsl.Emit;

/// <summary>A rule as a cached pack remembers it: its generated types and the metadata of <see cref="RuleInfo"/> (the descriptor comes from the analyzer).</summary>
internal sealed record ManifestRule(
    string AnalyzerType,
    string? FixerType,
    string Name,
    string Scope,
    string Language,
    ImmutableArray<string> FixTitles,
    bool HasSafeFix,
    ImmutableArray<RuleExample> Examples,
    string Path,
    int Line);
