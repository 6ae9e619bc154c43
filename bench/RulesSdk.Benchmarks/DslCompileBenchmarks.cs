using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Dsl;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Compiling the built-in packs: cold (parse, bind, emit, Roslyn compile, load; with and without
/// running the example cases) and cached (parse, bind, emit, hash, load the stored image).
/// In-process, so "cold" excludes the JIT of Roslyn itself: compare.sh measures a real first run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DslCompileBenchmarks
{
    private List<List<RuleSource>> _packs = [];
    private string _cacheDirectory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _packs = [.. BenchEnvironment.PackFolders.Select(folder =>
            Directory.GetFiles(folder, "*.rules").Order(StringComparer.Ordinal).Select(RuleSource.FromFile).ToList())];
        _cacheDirectory = Path.Combine(Path.GetTempPath(), "rulessdk-bench-cache-" + Environment.ProcessId);
        Compile(new RulePackOptions { CacheDirectory = _cacheDirectory });
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
