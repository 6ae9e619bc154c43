using System.Text.Json.Serialization;

namespace RulesSdk.Dsl.Emit;

/// <summary>
/// Source-generated JSON for pack manifests: every run that loads a cached or precompiled pack reads
/// one, and reflection-based (de)serialisation would cost that run its start-up JIT.
/// </summary>
[JsonSerializable(typeof(PackManifest))]
internal sealed partial class PackManifestJsonContext : JsonSerializerContext;
