using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Fix-all against check on one large document (1 and 10 MB), every paragraph carrying fixable
/// artifacts: fix-all must stay near-linear in the document's size (issue 13, item 12: within 3×
/// of check at 10 MB; it was quadratic, 268 s for 9.5 MB).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class FixScalingBenchmarks
{
    private string _text = string.Empty;
    private AnalyzerDriver _driver = null!;
    private FixAllRunner _runner = null!;

    [Params(1, 10)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        var paragraphs = SizeMb * 1_000_000 / (Encoding.UTF8.GetByteCount(FixAllBenchmarks.FrenchParagraph) + 2);
        for (var i = 0; i < paragraphs; i++)
        {
            builder.Append(FixAllBenchmarks.FrenchParagraph).Append("\n\n");
        }

        _text = builder.ToString();
        _driver = new AnalyzerDriver(BenchEnvironment.AllAnalyzers);
        _runner = new FixAllRunner(_driver, new CodeFixService(BenchEnvironment.AllFixers));
    }

    [Benchmark(Baseline = true, Description = "check")]
    public int Check() => _driver.Analyze(BenchEnvironment.Document("scaling.txt", _text)).Diagnostics.Length;

    [Benchmark(Description = "fix-all")]
    public async Task<int> FixAll()
    {
        var result = await _runner.FixDocumentAsync(BenchEnvironment.Document("scaling.txt", _text)).ConfigureAwait(false);
        return result.Applied.Length;
    }
}
