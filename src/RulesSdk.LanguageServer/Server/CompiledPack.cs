using System.Collections.Immutable;
using RulesSdk.Dsl;

namespace RulesSdk.LanguageServer.Server;

/// <summary>
/// A pack as last compiled: the key of its rule files' texts, the pack (null when it did not
/// compile), its DSL diagnostics, and the other files it read with a hash of their text.
/// </summary>
internal sealed record CompiledPack(string Key, RulePack? Pack, ImmutableArray<DslDiagnostic> Diagnostics, ImmutableArray<(string Path, int Hash)> Inputs);
