using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Analyzers;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Markdown built to be expensive (issue 13, item 13): block quotes nested 3,000 deep, lists
/// nested 2,000 deep by indentation, a table of 200,000 columns; and (issue 12's model) one sentence of
/// 216 KB without a stop, thousands of first-person clauses; one sentence of 3,000 quotations, each of
/// whose speaker is looked for before it (quadratic until the look-behind was bounded). Syntax and all
/// built-in packs; before the limits these took minutes or gigabytes, or every rule ended in DR0001 or DR0002.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class HostileMarkdownBenchmarks
{
    private const string Sentence = "Je suis ravi de partager que, selon le porte-parole russe Dmitri Peskov, ce seul fait constitue une preuve.";

    private string _text = string.Empty;
    private AnalyzerDriver _driver = null!;

    [Params("quotes-3000-deep", "lists-2000-deep", "table-200000-columns", "run-on-sentence-216kb", "run-on-quotations-3000")]
    public string Input { get; set; } = "quotes-3000-deep";

    [GlobalSetup]
    public void Setup()
    {
        _text = Input switch
        {
            "quotes-3000-deep" => string.Concat(Enumerable.Repeat("> ", 3000)) + Sentence + "\n",
            "lists-2000-deep" => string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- " + Sentence + "\n")),
            "run-on-sentence-216kb" => string.Concat(Enumerable.Repeat("je pense que nous avons vu ", 8000)) + "\n",
            "run-on-quotations-3000" => string.Concat(Enumerable.Range(0, 3000).Select(i => "« Moi, Emmanuel Macron, j’ai dit » the council met on day " + i.ToString(CultureInfo.InvariantCulture) + " , ")) + "\n",
            _ => Row("|a") + Row("|-") + Row("|b") + "\n" + Sentence + "\n",
        };
        _driver = new AnalyzerDriver(BenchEnvironment.AllAnalyzers);

        static string Row(string cell) => string.Concat(Enumerable.Repeat(cell, 200_000)) + "|\n";
    }

    [Benchmark(Description = "syntax + all packs")]
    public int Check() => _driver.Analyze(BenchEnvironment.Document("hostile.md", _text)).Diagnostics.Length;
}
