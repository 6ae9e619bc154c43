using System.Diagnostics;
using RulesSdk.Analyzers;
using RulesSdk.Dsl;
using RulesSdk.Testing;

namespace RulesSdk.Vale.Tests;

/// <summary>
/// Imports a Vale style repository (STYLE/, fixtures/, features/rules.feature), runs every fixture
/// with the rules its .vale.ini turns on and compares line, column and rule with what Vale gives.
/// </summary>
internal sealed record StyleScore(ValeImport Import, int Expected, int Found, int Extra, long ImportMilliseconds, long CompileMilliseconds, IReadOnlyList<string> Log)
{
    public double Rate => Expected == 0 ? 1 : (double)Found / Expected;

    /// <param name="staleExpectations">
    /// Findings Vale gives today that the repository's feature file predates (fixture, line, column,
    /// rule): counted neither as extra nor as expected, and logged.
    /// </param>
    public static StyleScore Run(string repository, string style, IReadOnlySet<(string Fixture, int Line, int Column, string Rule)>? staleExpectations = null)
    {
        var log = new List<string>();
        var clock = Stopwatch.StartNew();
        var import = ValeImporter.Import(Path.Combine(repository, style));
        var importMilliseconds = clock.ElapsedMilliseconds;
        clock.Restart();
        var pack = Compile(import);
        var compileMilliseconds = clock.ElapsedMilliseconds;
        log.AddRange(import.Diagnostics.Select(d => d.ToString()));

        var expected = ValeFixtures.Expected(Path.Combine(repository, "features", "rules.feature"));
        var driver = new AnalyzerDriver(pack.Analyzers, new AnalyzerDriverOptions { ApplyInlineSuppressions = false, MaxDegreeOfParallelism = 1 });
        int expectedCount = 0, found = 0, extra = 0;
        foreach (var (fixture, findings) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var folder = Path.Combine(repository, "fixtures", fixture);
            var config = ValeConfig.Read(Path.Combine(folder, ".vale.ini"));
            var document = DocumentRunner.LoadDocument(folder, Path.Combine(folder, "test.md"), "en");
            var diagnostics = driver.AnalyzeDocument(document);
            foreach (var other in diagnostics.Where(d => import.Rules.All(r => r.RuleId != d.Id)))
            {
                log.Add($"sdk     {fixture}: {other}");
                extra++;
            }

            var actual = diagnostics
                .Where(d => import.Rules.Any(r => r.RuleId == d.Id))
                .Select(d => (Line: d.Location.LineSpan.Start.Line + 1, Column: d.Location.LineSpan.Start.Character + 1, Rule: import.Rules.Single(r => r.RuleId == d.Id).ValeName))
                .Where(f => config.Enables(f.Rule, LevelOf(pack, import, f.Rule)))
                .ToHashSet();
            var wanted = findings.ToHashSet();
            expectedCount += wanted.Count;
            found += wanted.Count(actual.Contains);
            var unexpected = actual.Where(a => !wanted.Contains(a)).ToList();
            var stale = unexpected.Where(a => staleExpectations?.Contains((fixture, a.Line, a.Column, a.Rule)) == true).ToList();
            extra += unexpected.Count - stale.Count;
            log.AddRange(wanted.Where(w => !actual.Contains(w)).Select(m => $"missing {fixture}: {m}"));
            log.AddRange(unexpected.Except(stale).Select(a => $"extra   {fixture}: {a}"));
            log.AddRange(stale.Select(a => $"stale   {fixture}: {a} (the feature file predates this fixture line)"));
        }

        return new StyleScore(import, expectedCount, found, extra, importMilliseconds, compileMilliseconds, log);
    }

    public string Summary =>
        $"{Import.Rules.Length} rules imported ({Import.SkippedRules.Length} skipped) in {ImportMilliseconds} ms, compiled in {CompileMilliseconds} ms; " +
        $"reproduced {Found} of {Expected} expected findings ({100 * Rate:0.0} %), {Extra} extra";

    private static string LevelOf(RulePack pack, ValeImport import, string valeName)
    {
        var id = import.RuleIdOf(valeName)!;
        return pack.Rules.Single(r => r.Id == id).Descriptor.DefaultSeverity switch
        {
            Diagnostics.DiagnosticSeverity.Error => "error",
            Diagnostics.DiagnosticSeverity.Warning => "warning",
            _ => "suggestion",
        };
    }

    private static RulePack Compile(ValeImport import)
    {
        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())));
        return compilation.Pack!;
    }
}
