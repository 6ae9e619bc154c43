using System.Collections.Concurrent;
using RulesSdk.Dsl;

namespace Analyzers.Tests;

/// <summary>
/// The built-in packs as <see cref="BuiltInPacks"/> loads them, but with a generous regex timeout:
/// a quality figure must not depend on how busy the machine is, and the default 1 s timeout skips
/// rules (DR0002) on a loaded two-core box, which would count as misses.
/// </summary>
internal static class QualityPacks
{
    private static readonly RulePackOptions Options = new() { RegexTimeout = TimeSpan.FromSeconds(30) };

    private static readonly ConcurrentDictionary<string, Lazy<RulePack>> Packs = new(StringComparer.Ordinal);

    public static RulePack Get(string name) =>
        Packs.GetOrAdd(name, n => new Lazy<RulePack>(() => RulePack.Load(BuiltInPacks.PackFolder(n), Options), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
