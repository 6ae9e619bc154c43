using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Dsl;

namespace RulesSdk.LanguageServer.Server;

/// <summary>The packs documents are analysed with; every rebuild gets a new <see cref="Version"/>.</summary>
internal sealed class PackSet
{
    public PackSet(int version, ImmutableArray<RulePack> packs)
    {
        Version = version;
        Packs = packs;
        Analyzers = [.. packs.SelectMany(p => p.Analyzers)];
        Fixers = new CodeFixService(packs.SelectMany(p => p.CodeFixProviders));
        var rules = ImmutableDictionary.CreateBuilder<string, (RuleInfo, RulePack)>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            foreach (var rule in pack.Rules)
            {
                rules.TryAdd(rule.Id, (rule, pack));
            }
        }

        Rules = rules.ToImmutable();
    }

    public static PackSet Empty { get; } = new(0, []);

    public int Version { get; }

    public ImmutableArray<RulePack> Packs { get; }

    public ImmutableArray<DocumentAnalyzer> Analyzers { get; }

    public CodeFixService Fixers { get; }

    public ImmutableDictionary<string, (RuleInfo Rule, RulePack Pack)> Rules { get; }
}
