using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Analyzers;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Markdown built to be expensive (issue 13, item 13): block quotes nested 3,000 deep, lists
/// nested 2,000 deep by indentation, a table of 200,000 columns; and (issue 12's model) one sentence of
/// 216 KB without a stop, thousands of first-person clauses; one sentence of 3,000 quotations, each of
/// whose speaker is looked for before it (quadratic until the look-behind was bounded); one run of 80,000
/// capitalised words (every start of it was tried as a name, a string each: gigabytes until the eighth
/// round bounded the search), and a misspelt surname on each of 20,000 lines (each asked the whole text
/// whether a full name introduced it: quadratic until the answer was kept per surname). Syntax and all
/// built-in packs; before the limits these took minutes or gigabytes, or every rule ended in DR0001 or DR0002.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class HostileMarkdownBenchmarks
{
    private const string Sentence = "Je suis ravi de partager que, selon le porte-parole russe Dmitri Peskov, ce seul fait constitue une preuve.";

    private string _text = string.Empty;
    private AnalyzerDriver _driver = null!;

    [Params("quotes-3000-deep", "lists-2000-deep", "table-200000-columns", "run-on-sentence-216kb", "run-on-quotations-3000", "capitalised-run-80000-words", "near-miss-on-20000-lines")]
    public string Input { get; set; } = "quotes-3000-deep";

    [GlobalSetup]
    public void Setup()
    {
        _text = Input switch
        {
            "quotes-3000-deep" => string.Concat(Enumerable.Repeat("> ", 3000)) + Sentence + "\n",
            "lists-2000-deep" => string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', 2 * i) + "- " + Sentence + "\n")),
            "run-on-sentence-216kb" => string.Concat(Enumerable.Repeat("je pense que nous avons vu ", 8000)) + "\n",
            "capitalised-run-80000-words" => string.Join(' ', Enumerable.Repeat("Jean Pierre Marie Louis", 20_000)) + ".\n",
            "near-miss-on-20000-lines" => string.Concat(Enumerable.Range(0, 20_000).Select(i => "Le président Zelenskky a parlé le jour " + i.ToString(CultureInfo.InvariantCulture) + ".\n\n")),
            "run-on-quotations-3000" => string.Concat(Enumerable.Range(0, 3000).Select(i => "« Moi, Emmanuel Macron, j’ai dit » the council met on day " + i.ToString(CultureInfo.InvariantCulture) + " , ")) + "\n",
            _ => Row("|a") + Row("|-") + Row("|b") + "\n" + Sentence + "\n",
        };
        _driver = new AnalyzerDriver(BenchEnvironment.AllAnalyzers);

        static string Row(string cell) => string.Concat(Enumerable.Repeat(cell, 200_000)) + "|\n";
    }

    [Benchmark(Description = "syntax + all packs")]
    public int Check() => _driver.Analyze(BenchEnvironment.Document("hostile.md", _text)).Diagnostics.Length;
}
