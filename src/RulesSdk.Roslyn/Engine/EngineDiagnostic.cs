using System.Runtime.Serialization;

namespace RulesSdk.Roslyn.Engine;

/// <summary>A diagnostic of a <c>--jsonl</c> result: offset and length are UTF-16 units into the text sent.</summary>
[DataContract]
internal sealed class EngineDiagnostic
{
    [DataMember(Name = "id")]
    public string Id { get; set; } = string.Empty;

    [DataMember(Name = "severity")]
    public string Severity { get; set; } = string.Empty;

    [DataMember(Name = "message")]
    public string Message { get; set; } = string.Empty;

    [DataMember(Name = "offset")]
    public int Offset { get; set; }

    [DataMember(Name = "length")]
    public int Length { get; set; }
}
