using RulesSdk.Diagnostics;
using RulesSdk.Dsl;

namespace RulesSdk.Cli.Loading;

/// <summary>A rule the tool can report: from a loaded pack (with its <see cref="RuleInfo"/>) or from the SDK itself (DR0001…).</summary>
public sealed record CatalogRule(DiagnosticDescriptor Descriptor, string Name, string PackId, RuleInfo? Info)
{
    public string Id => Descriptor.Id;
}
