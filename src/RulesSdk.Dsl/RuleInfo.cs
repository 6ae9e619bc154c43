using System.Collections.Immutable;
using RulesSdk.Diagnostics;

namespace RulesSdk.Dsl;

/// <summary>A compiled rule's metadata: descriptor, name, scope, fixes and test cases, for hosts and docs.</summary>
public sealed record RuleInfo(
    DiagnosticDescriptor Descriptor,
    string Name,
    string Scope,
    string Language,
    ImmutableArray<string> FixTitles,
    bool HasSafeFix,
    ImmutableArray<RuleExample> Examples,
    string Path,
    int Line)
{
    public string Id => Descriptor.Id;
}
