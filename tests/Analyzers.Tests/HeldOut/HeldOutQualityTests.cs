using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Analyzers.Tests;

/// <summary>
/// Scores the built-in packs on the held-out test set of issue 12 (tests/corpus/heldout, injections
/// over real clean news kept outside the repository) and on the dev set (tests/corpus/dev) when it
/// exists: recall, precision, findings per clean document and exact-repair rate, per kind, printed
/// as a markdown table. Fails when a case does not compose or a floor of thresholds.json is missed.
/// </summary>
public sealed class HeldOutQualityTests(ITestOutputHelper output)
{
    private static readonly string CorpusFolder = Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus");

    [SkippableTheory]
    [InlineData("fr", "news-fr")]
    [InlineData("en", "news-en")]
    public async Task HeldOut_MeetsFloors(string language, string packName)
    {
        // The carriers are licensed third-party news kept outside the repository.
        Skip.If(CarrierRoots.EvalClean is null, "the evaluation texts (../shared/eval/clean) that carry the held-out set are not present in this checkout");
        var folder = Path.Combine(CorpusFolder, "heldout");
        var thresholdsPath = Path.Combine(folder, "thresholds.json");
        var thresholds = QualityThresholds.Load(thresholdsPath, language);
        Assert.True(thresholds is not null, $"{thresholdsPath} has no floors for \"{language}\"");

        // Held-out phrasings stay out of the logs: details name case ids only.
        var report = await RunAsync(Path.Combine(folder, $"heldout-{language}.json"), $"held-out {language}, {packName}", packName, showText: false);
        AssertFloors(report, thresholds!);
    }

    /// <summary>
    /// The dev set proper (<c>dev-*.json</c>, tuned on), its check split (<c>check-*.json</c>, phrasings
    /// written with the dev set but never tuned on) and the blind split (<c>blind-*.json</c>, written by
    /// someone who never read the rules, never tuned on, its phrasings kept out of the log like the
    /// held-out set's): floors under the language, or the split's name and the language.
    /// </summary>
    [SkippableTheory]
    [InlineData("dev", "fr", "news-fr")]
    [InlineData("dev", "en", "news-en")]
    [InlineData("check", "fr", "news-fr")]
    [InlineData("check", "en", "news-en")]
    public Task Dev_ComposesAndMeetsFloors(string split, string language, string packName) => ScoreSplitAsync(split, language, packName);

    /// <summary>
    /// The blind splits, apart so that tuners can run the dev and check splits without seeing their scores:
    /// <c>blind-*.json</c> (fourth round), <c>blind2-*.json</c> (fifth), <c>blind3-*.json</c> (sixth), <c>blind4-*.json</c> (seventh), <c>blind5-*.json</c> (eighth) and so on to <c>blind34-*.json</c> (thirty-seventh), each
    /// written before its round's tuning by authors who never read the rules.
    /// </summary>
    [SkippableTheory]
    [InlineData("blind", "fr", "news-fr")]
    [InlineData("blind", "en", "news-en")]
    [InlineData("blind2", "fr", "news-fr")]
    [InlineData("blind2", "en", "news-en")]
    [InlineData("blind3", "fr", "news-fr")]
    [InlineData("blind3", "en", "news-en")]
    [InlineData("blind4", "fr", "news-fr")]
    [InlineData("blind4", "en", "news-en")]
    [InlineData("blind5", "fr", "news-fr")]
    [InlineData("blind5", "en", "news-en")]
    [InlineData("blind6", "fr", "news-fr")]
    [InlineData("blind6", "en", "news-en")]
    [InlineData("blind7", "fr", "news-fr")]
    [InlineData("blind7", "en", "news-en")]
    [InlineData("blind8", "fr", "news-fr")]
    [InlineData("blind8", "en", "news-en")]
    [InlineData("blind9", "fr", "news-fr")]
    [InlineData("blind9", "en", "news-en")]
    [InlineData("blind10", "fr", "news-fr")]
    [InlineData("blind10", "en", "news-en")]
    [InlineData("blind11", "fr", "news-fr")]
    [InlineData("blind11", "en", "news-en")]
    [InlineData("blind12", "fr", "news-fr")]
    [InlineData("blind12", "en", "news-en")]
    [InlineData("blind13", "fr", "news-fr")]
    [InlineData("blind13", "en", "news-en")]
    [InlineData("blind14", "fr", "news-fr")]
    [InlineData("blind14", "en", "news-en")]
    [InlineData("blind15", "fr", "news-fr")]
    [InlineData("blind15", "en", "news-en")]
    [InlineData("blind16", "fr", "news-fr")]
    [InlineData("blind16", "en", "news-en")]
    [InlineData("blind17", "fr", "news-fr")]
    [InlineData("blind17", "en", "news-en")]
    [InlineData("blind18", "fr", "news-fr")]
    [InlineData("blind18", "en", "news-en")]
    [InlineData("blind19", "fr", "news-fr")]
    [InlineData("blind19", "en", "news-en")]
    [InlineData("blind20", "fr", "news-fr")]
    [InlineData("blind20", "en", "news-en")]
    [InlineData("blind21", "fr", "news-fr")]
    [InlineData("blind21", "en", "news-en")]
    [InlineData("blind22", "fr", "news-fr")]
    [InlineData("blind22", "en", "news-en")]
    [InlineData("blind23", "fr", "news-fr")]
    [InlineData("blind23", "en", "news-en")]
    [InlineData("blind24", "fr", "news-fr")]
    [InlineData("blind24", "en", "news-en")]
    [InlineData("blind25", "fr", "news-fr")]
    [InlineData("blind25", "en", "news-en")]
    [InlineData("blind26", "fr", "news-fr")]
    [InlineData("blind26", "en", "news-en")]
    [InlineData("blind27", "fr", "news-fr")]
    [InlineData("blind27", "en", "news-en")]
    [InlineData("blind28", "fr", "news-fr")]
    [InlineData("blind28", "en", "news-en")]
    [InlineData("blind29", "fr", "news-fr")]
    [InlineData("blind29", "en", "news-en")]
    [InlineData("blind30", "fr", "news-fr")]
    [InlineData("blind30", "en", "news-en")]
    [InlineData("blind31", "fr", "news-fr")]
    [InlineData("blind31", "en", "news-en")]
    [InlineData("blind32", "fr", "news-fr")]
    [InlineData("blind32", "en", "news-en")]
    [InlineData("blind33", "fr", "news-fr")]
    [InlineData("blind33", "en", "news-en")]
    [InlineData("blind34", "fr", "news-fr")]
    [InlineData("blind34", "en", "news-en")]
    public Task Blind_ComposesAndMeetsFloors(string split, string language, string packName) => ScoreSplitAsync(split, language, packName);

    private async Task ScoreSplitAsync(string split, string language, string packName)
    {
        var folder = Path.Combine(CorpusFolder, "dev");
        var path = Path.Combine(folder, $"{split}-{language}.json");
        Skip.IfNot(File.Exists(path), $"no dev set at {path}");
        var set = InjectionSet.Load(path);
        Skip.If(
            CarrierRoots.EvalClean is null && set.Cases.Any(c => !CarrierRoots.IsRepoCarrier(c.Carrier)),
            "the dev set uses carriers from the evaluation texts (../shared/eval/clean), which are not present in this checkout");

        var report = await RunAsync(path, $"{split} {language}, {packName}", packName, showText: !split.StartsWith("blind", StringComparison.Ordinal));
        var floorsKey = split == "dev" ? language : $"{split}-{language}";
        if (QualityThresholds.Load(Path.Combine(folder, "thresholds.json"), floorsKey) is { } thresholds)
        {
            AssertFloors(report, thresholds);
        }
    }

    private async Task<QualityReport> RunAsync(string path, string title, string packName, bool showText)
    {
        var set = InjectionSet.Load(path);
        var expectedLanguage = Path.GetFileNameWithoutExtension(path).Split('-')[^1];
        Assert.True(set.Language == expectedLanguage, $"{path} declares language \"{set.Language}\", expected \"{expectedLanguage}\"");
        Assert.True(set.Cases.Length > 0, $"{path} has no cases");
        var duplicates = set.Cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate case ids: " + string.Join(", ", duplicates));

        var pack = QualityPacks.Get(packName);
        var clock = Stopwatch.StartNew();
        var slips = CarrierSlip.Load(Path.Combine(CorpusFolder, "carrier-slips.json"));
        var report = await new InjectionSetEvaluator(pack, showText, slips).EvaluateAsync(set, title);
        output.WriteLine(report.ToMarkdown());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Cases.Length} cases and their carriers analysed and fixed in {clock.Elapsed.TotalSeconds:0.0} s."));
        if (report.Details.Count > 0)
        {
            output.WriteLine("Details:\n  " + string.Join("\n  ", report.Details));
        }

        Assert.True(report.CompositionErrors.Count == 0, "Cases that do not compose:\n" + string.Join('\n', report.CompositionErrors));
        return report;
    }

    private static void AssertFloors(QualityReport report, QualityThresholds floors)
    {
        var overall = report.Overall;
        var failures = new List<string>();
        if ((overall.Recall ?? 0) < floors.MinRecall)
        {
            failures.Add($"recall {QualityReport.Format(overall.Recall)} < {floors.MinRecall}");
        }

        if ((overall.Precision ?? 0) < floors.MinPrecision)
        {
            failures.Add($"precision {QualityReport.Format(overall.Precision)} < {floors.MinPrecision}");
        }

        if (report.FalsePositivesPerCleanDocument > floors.MaxFalsePositivesPerCleanDocument)
        {
            failures.Add($"findings per clean document {QualityReport.Format(report.FalsePositivesPerCleanDocument)} > {floors.MaxFalsePositivesPerCleanDocument}");
        }

        if ((overall.ExactRepair ?? 0) < floors.MinExactRepair)
        {
            failures.Add($"exact repair {QualityReport.Format(overall.ExactRepair)} < {floors.MinExactRepair}");
        }

        Assert.True(failures.Count == 0, "Below the floors of thresholds.json: " + string.Join("; ", failures));
    }
}
