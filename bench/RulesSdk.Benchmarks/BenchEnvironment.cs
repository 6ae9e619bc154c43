using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Dsl;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Benchmarks;

/// <summary>Where the repository, the generated corpus and the built-in packs are, for every suite.</summary>
internal static class BenchEnvironment
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<ImmutableArray<RulePack>> LoadedPacks = new(LoadBuiltInPacks);

    public static string RepositoryRoot => Root.Value;

    /// <summary>bench/out/corpus/{size}mb, written by bench/CorpusGenerator (compare.sh runs it).</summary>
    public static string CorpusDirectory(int sizeMb)
    {
        var dir = Path.Combine(RepositoryRoot, "bench", "out", "corpus", $"{sizeMb}mb");
        if (!Directory.Exists(dir))
        {
            throw new InvalidOperationException(
                $"no corpus at {dir}: run `dotnet run -c Release --project bench/CorpusGenerator` from the repository root first");
        }

        return dir;
    }

    /// <summary>The 5 KB articles of a corpus, in a stable order.</summary>
    public static ImmutableArray<(string Path, byte[] Bytes)> LoadFiles(int sizeMb) =>
        [.. Directory.EnumerateFiles(Path.Combine(CorpusDirectory(sizeMb), "files"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(RepositoryRoot, p), File.ReadAllBytes(p)))];

    public static (string Path, byte[] Bytes) LoadSingle(int sizeMb)
    {
        var path = Path.Combine(CorpusDirectory(sizeMb), "single", "corpus.txt");
        return (Path.GetRelativePath(RepositoryRoot, path), File.ReadAllBytes(path));
    }

    /// <summary>Every folder of analyzers/ loaded as a pack (compiled once, then from the bench cache).</summary>
    public static ImmutableArray<RulePack> Packs => LoadedPacks.Value;

    public static string PackCacheDirectory => Path.Combine(RepositoryRoot, "bench", "out", "pack-cache");

    public static ImmutableArray<string> PackFolders =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryRoot, "analyzers"))
            .Where(d => Directory.EnumerateFiles(d, "*.rules").Any())
            .Order(StringComparer.Ordinal)];

    public static ImmutableArray<DocumentAnalyzer> AllAnalyzers => [.. Packs.SelectMany(p => p.Analyzers)];

    public static ImmutableArray<CodeFixProvider> AllFixers => [.. Packs.SelectMany(p => p.CodeFixProviders)];

    /// <summary>A fresh document (no cached line map or syntax) over already-decoded text.</summary>
    public static TextDocument Document(string path, string text) =>
        new(DocumentId.FromPath(path), path, SourceText.From(text));

    /// <summary>Decodes as the CLI does: bytes → SourceText → TextDocument.</summary>
    public static TextDocument Decode(string path, byte[] bytes) =>
        new(DocumentId.FromPath(path), path, SourceText.Decode(bytes));

    private static ImmutableArray<RulePack> LoadBuiltInPacks()
    {
        var options = new RulePackOptions { CacheDirectory = PackCacheDirectory };
        return [.. PackFolders.Select(folder => RulePack.Load(folder, options))];
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RulesSdk.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("RulesSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
