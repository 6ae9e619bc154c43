using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using RulesSdk.Analyzers;
using RulesSdk.Rules;
using RulesSdk.Workspaces;

namespace RulesSdk.Benchmarks;

/// <summary>
/// What the semantic model costs: the built-in packs on 1 MB of 5 KB files, with every rule, and
/// without the rules that ask the model (a <c>where</c> clause, or the <c>entity person near-miss</c>
/// and <c>date at end</c> matchers). The model is lazy, so the difference is the model's cost.
/// Target: the run with the model at least 70 % of the throughput of the run without it.
/// </summary>
[MemoryDiagnoser]
public class SemanticModelBenchmarks
{
    private ImmutableArray<(string Path, byte[] Bytes)> _files;
    private AnalyzerDriver _driver = null!;

    [Params("with-model", "without-model")]
    public string Rules { get; set; } = "with-model";

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchEnvironment.LoadFiles(1);
        var analyzers = Rules == "with-model" ? BenchEnvironment.AllAnalyzers : [.. BenchEnvironment.AllAnalyzers.Where(a => !AsksTheModel(a))];
        _driver = new AnalyzerDriver(analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
    }

    [Benchmark(Description = "decode + built-in packs, 1 MB")]
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

    /// <summary>A generated rule asks the model when it has a where clause or a semantic matcher.</summary>
    private static bool AsksTheModel(DocumentAnalyzer analyzer)
    {
        const BindingFlags statics = BindingFlags.NonPublic | BindingFlags.Static;
        var type = analyzer.GetType();
        return type.GetField("Where", statics) is not null ||
               type.GetField("Matcher", statics)?.GetValue(null) is NearMissNameMatcher or TrailingDateMatcher;
    }
}
