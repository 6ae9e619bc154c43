using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using RulesSdk.Analyzers;
using RulesSdk.Workspaces;

namespace RulesSdk.Benchmarks;

/// <summary>
/// All built-in packs together on 1 MB, from bytes (decode included), as the CLI runs them:
/// the 1 MB corpus as 5 KB files and as one file, on one thread and on every core.
/// Mean time is time per MB.
/// </summary>
[MemoryDiagnoser]
public class PackBenchmarks
{
    private ImmutableArray<(string Path, byte[] Bytes)> _files;
    private AnalyzerDriver _driver = null!;

    [Params("files-5KB", "single")]
    public string Layout { get; set; } = "files-5KB";

    [Params(1, 0)]
    public int Parallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Layout == "single" ? [BenchEnvironment.LoadSingle(1)] : BenchEnvironment.LoadFiles(1);
        _driver = new AnalyzerDriver(
            BenchEnvironment.AllAnalyzers,
            new AnalyzerDriverOptions { MaxDegreeOfParallelism = Parallelism == 0 ? Environment.ProcessorCount : Parallelism });
    }

    [Benchmark(Description = "decode + all packs, 1 MB")]
    public async Task<int> AnalyzeMegabyte()
    {
        var documents = new TextDocument[_files.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = BenchEnvironment.Decode(_files[i].Path, _files[i].Bytes);
        }

        var results = await _driver.AnalyzeAsync(documents).ConfigureAwait(false);
        return results.Sum(r => r.Diagnostics.Length);
    }
}
