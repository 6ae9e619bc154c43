using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;

namespace RulesSdk.Cli.Loading;

/// <summary>Every loaded pack merged: the analyzers and fixers to run and the metadata of every rule, by id.</summary>
public sealed class RuleCatalog
{
    public const string SdkPackId = "docrules";

    private static readonly ImmutableArray<(DiagnosticDescriptor Descriptor, string Name)> SdkDescriptors =
    [
        (SdkDiagnostics.AnalyzerException, "analyzer-exception"),
        (SdkDiagnostics.RuleTimedOut, "rule-timed-out"),
        (SdkDiagnostics.UnusedSuppression, "unused-suppression"),
        (SdkDiagnostics.InvalidSuppression, "invalid-suppression"),
        (SdkDiagnostics.InvalidFrontMatter, "invalid-front-matter"),
        (SdkDiagnostics.SemanticModelIncomplete, "semantic-model-incomplete"),
        (SdkDiagnostics.DocumentTooLarge, "document-too-large"),
    ];

    private readonly ImmutableDictionary<string, CatalogRule> _byId;

    public RuleCatalog(IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        Packs = [.. packs];
        Analyzers = [.. Packs.SelectMany(p => p.Analyzers)];
        CodeFixProviders = [.. Packs.SelectMany(p => p.CodeFixProviders)];
        var rules = ImmutableArray.CreateBuilder<CatalogRule>();
        foreach (var pack in Packs)
        {
            rules.AddRange(pack.Rules.Select(r => new CatalogRule(r.Descriptor, r.Name, pack.Id, r)));
        }

        PackRules = rules.ToImmutable();
        SdkRules = [.. SdkDescriptors.Select(r => new CatalogRule(r.Descriptor, r.Name, SdkPackId, null))];
        Rules = PackRules.AddRange(SdkRules);
        var byId = ImmutableDictionary.CreateBuilder<string, CatalogRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            byId.TryAdd(rule.Id, rule);
        }

        _byId = byId.ToImmutable();
    }

    public static RuleCatalog Empty { get; } = new([]);

    public ImmutableArray<RulePack> Packs { get; }

    public ImmutableArray<DocumentAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> CodeFixProviders { get; }

    /// <summary>The rules of the loaded packs, in pack order.</summary>
    public ImmutableArray<CatalogRule> PackRules { get; }

    /// <summary>The diagnostics the SDK itself reports (DR0001–DR0007).</summary>
    public ImmutableArray<CatalogRule> SdkRules { get; }

    /// <summary>The packs' rules followed by the SDK's own diagnostics (DR0001–DR0007).</summary>
    public ImmutableArray<CatalogRule> Rules { get; }

    public CatalogRule? Find(string id) => _byId.GetValueOrDefault(id);
}
