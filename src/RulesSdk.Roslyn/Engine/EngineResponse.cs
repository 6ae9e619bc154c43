using System.Collections.Generic;
using System.Runtime.Serialization;

namespace RulesSdk.Roslyn.Engine;

/// <summary>
/// One output line of <c>docrules check --jsonl</c>: <c>{"id","diagnostics":[…]}</c>, or
/// <c>{"line","error"}</c> for an input line the engine refused.
/// </summary>
[DataContract]
internal sealed class EngineResponse
{
    [DataMember(Name = "id")]
    public long? Id { get; set; }

    [DataMember(Name = "diagnostics")]
    public List<EngineDiagnostic>? Diagnostics { get; set; }

    [DataMember(Name = "line")]
    public long? Line { get; set; }

    [DataMember(Name = "error")]
    public string? Error { get; set; }
}
