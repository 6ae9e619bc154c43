using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Dsl;
using RulesSdk.Precompiled;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Compiling the built-in packs: cold (parse, bind, emit, Roslyn compile, load; with and without
/// running the example cases), cached (through the manifest: hash, load the stored image) and
/// precompiled (hash, find the manifest in RulesSdk.BuiltInPacks, instantiate), as the tool loads them.
/// In-process, so "cold" excludes the JIT of Roslyn itself: compare.sh measures a real first run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DslCompileBenchmarks
{
    private List<List<RuleSource>> _packs = [];
    private List<List<RuleSource>> _embedded = [];
    private string _cacheDirectory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _packs = [.. BenchEnvironment.PackFolders.Select(folder =>
            Directory.GetFiles(folder, "*.rules").Order(StringComparer.Ordinal).Select(RuleSource.FromFile).ToList())];
        _cacheDirectory = Path.Combine(Path.GetTempPath(), "rulessdk-bench-cache-" + Environment.ProcessId);
        Compile(new RulePackOptions { CacheDirectory = _cacheDirectory });

        // The paths the tool embeds the packs under (analyzers/<pack>/<file>), which the precompiled manifests are keyed by.
        _embedded = [.. _packs.Select(sources => sources.Select(s => new RuleSource(
            Path.GetRelativePath(BenchEnvironment.RepositoryRoot, s.Path).Replace('\\', '/'), s.Text)).ToList())];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    [Benchmark(Description = "cold, no examples")]
    public int Cold() => Compile(new RulePackOptions { UseCache = false, RunExamples = false });

    [Benchmark(Description = "cold, examples run")]
    public int ColdWithExamples() => Compile(new RulePackOptions { UseCache = false, RunExamples = true });

    [Benchmark(Baseline = true, Description = "cached")]
    public int Cached() => Compile(new RulePackOptions { CacheDirectory = _cacheDirectory });

    [Benchmark(Description = "precompiled")]
    public int Precompiled()
    {
        var options = new RulePackOptions { UseCache = false, ReadFile = path => File.ReadAllText(Path.Combine(BenchEnvironment.RepositoryRoot, path)) };
        var rules = 0;
        foreach (var sources in _embedded)
        {
            rules += (RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, sources, options)
                ?? throw new InvalidOperationException("the built-in packs are not precompiled for these sources")).Rules.Length;
        }

        return rules;
    }

    private int Compile(RulePackOptions options)
    {
        var rules = 0;
        foreach (var sources in _packs)
        {
            var compilation = RulePack.Compile(sources, options);
            rules += compilation.Success
                ? compilation.Pack!.Rules.Length
                : throw new InvalidOperationException(string.Join(Environment.NewLine, compilation.Diagnostics));
        }

        return rules;
    }
}
