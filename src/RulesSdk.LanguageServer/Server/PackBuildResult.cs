using System.Collections.Immutable;
using RulesSdk.Dsl;

namespace RulesSdk.LanguageServer.Server;

/// <summary>A rebuilt pack set, the DSL problems of every pack file, and messages for people.</summary>
internal sealed record PackBuildResult(PackSet Packs, ImmutableArray<DslDiagnostic> Diagnostics, ImmutableArray<string> Problems, ImmutableArray<string> RuleFiles);
