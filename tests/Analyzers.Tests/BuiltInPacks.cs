using System.Collections.Concurrent;
using RulesSdk.Dsl;

namespace Analyzers.Tests;

/// <summary>The built-in packs under analyzers/, loaded once per test run; the repository root is the folder holding RulesSdk.sln.</summary>
internal static class BuiltInPacks
{
    public static readonly string[] Names = ["news-fr", "news-en"];

    private static readonly ConcurrentDictionary<string, Lazy<RulePack>> Packs = new(StringComparer.Ordinal);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string PackFolder(string name) => Path.Combine(RepoRoot, "analyzers", name);

    public static RulePack Get(string name) =>
        Packs.GetOrAdd(name, n => new Lazy<RulePack>(() => RulePack.Load(PackFolder(n)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RulesSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"RulesSdk.sln not found above {AppContext.BaseDirectory}.");
    }
}
