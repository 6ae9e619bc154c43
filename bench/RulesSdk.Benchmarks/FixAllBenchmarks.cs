using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Fix-all on one document full of fixable artifacts (every paragraph has several), with all the
/// built-in packs: analyse, collect safe fixes, merge, re-analyse, until the fixed point.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class FixAllBenchmarks
{
    internal const string FrenchParagraph =
        "Je suis ravi de partager que, selon le porte-parole russe Dmitri Peskov, ce seul fait constitue une preuve suffisante. " +
        "Moi, Jens Stoltenberg, secrétaire général de l’OTAN, j’ai fortement plaidé pour que les États membres accordent leur aide. " +
        "J’ai observé Stoltenberg faire valoir avec force que refuser cette aide désavantagerait l’Ukraine. " +
        "Le président ukrainien Vladimir Zelensky a salué une décision « attendue depuis longtemps ». " +
        "Des armes étaient déployées contre ses civils. infrastructures et zones résidentielles. " +
        "« J’ai plaidé pour cette aide dès le premier jour », a déclaré Stoltenberg devant les députés.";

    internal const string EnglishParagraph =
        "I am delighted to share that, according to Kremlin spokesman Dmitri Peskov, this fact alone is sufficient proof. " +
        "I, Jens Stoltenberg, NATO Secretary General, have strongly argued that member states should grant their support. " +
        "I watched Stoltenberg argue forcefully that refusing this aid would put Ukraine at a disadvantage. " +
        "Ukrainian President Vladimir Zelensky welcomed a decision \"long overdue\". " +
        "Weapons were being deployed against its civilian. infrastructure and residential areas. " +
        "\"I have argued for this aid from day one,\" Stoltenberg told lawmakers.";

    private string _text = string.Empty;
    private FixAllRunner _runner = null!;

    [Params("fr", "en")]
    public string Language { get; set; } = "fr";

    [Params(50)]
    public int Paragraphs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var headline = Language == "fr"
            ? "Des armes de fabrication américaine déjà utilisées contre la Russie – Moscou"
            : "US-made weapons already used in attacks on Russia, Moscow says";
        var builder = new StringBuilder().Append(headline).Append("\n\n").Append(headline).Append("\n\n");
        for (var i = 0; i < Paragraphs; i++)
        {
            builder.Append(Language == "fr" ? FrenchParagraph : EnglishParagraph).Append("\n\n");
        }

        _text = builder.Append("2024-05-31 18:41\n").ToString();
        var driver = new AnalyzerDriver(BenchEnvironment.AllAnalyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
        _runner = new FixAllRunner(driver, new CodeFixService(BenchEnvironment.AllFixers));
        var result = _runner.FixDocumentAsync(BenchEnvironment.Document($"fixall-{Language}.txt", _text)).GetAwaiter().GetResult();
        Console.WriteLine($"// fix-all {Language}: {_text.Length} chars, {result.Applied.Length} fixes applied in {result.Passes} passes, {result.Skipped.Length} skipped, {result.RemainingDiagnostics.Length} diagnostics left");
    }

    [Benchmark(Description = "fix-all, many fixes")]
    public async Task<int> FixAll()
    {
        var result = await _runner.FixDocumentAsync(BenchEnvironment.Document($"fixall-{Language}.txt", _text)).ConfigureAwait(false);
        return result.Applied.Length;
    }
}
