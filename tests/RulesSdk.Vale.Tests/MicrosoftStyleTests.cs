using System.Diagnostics;
using RulesSdk.Analyzers;
using RulesSdk.Dsl;
using RulesSdk.Testing;
using Xunit.Abstractions;

namespace RulesSdk.Vale.Tests;

/// <summary>
/// Scores the importer against Vale itself: imports the Microsoft style, runs every fixture with
/// the rules its .vale.ini turns on, and compares line, column and rule with features/rules.feature.
/// </summary>
public sealed class MicrosoftStyleTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_rule_imports_and_the_fixtures_give_what_Vale_gives()
    {
        var root = ValeFixtures.MicrosoftRoot;
        Skip.If(root is null, "the Vale Microsoft style (../shared/vale/Microsoft) is not present beside this checkout");

        var clock = Stopwatch.StartNew();
        var import = ValeImporter.Import(Path.Combine(root!, "Microsoft"));
        var imported = clock.ElapsedMilliseconds;
        var pack = Compile(import);
        output.WriteLine($"imported {import.Rules.Length} rules in {imported} ms, compiled in {clock.ElapsedMilliseconds - imported} ms");
        clock.Restart();
        Compile(import);
        output.WriteLine($"compiled again in {clock.ElapsedMilliseconds} ms");
        foreach (var diagnostic in import.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        Assert.Empty(import.SkippedRules);
        Assert.DoesNotContain(import.Diagnostics, d => d.IsError);

        var expected = ValeFixtures.Expected(Path.Combine(root!, "features", "rules.feature"));
        var driver = new AnalyzerDriver(pack.Analyzers, new AnalyzerDriverOptions { ApplyInlineSuppressions = false, MaxDegreeOfParallelism = 1 });
        int expectedCount = 0, found = 0, extra = 0;
        foreach (var (fixture, findings) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var folder = Path.Combine(root!, "fixtures", fixture);
            var config = ValeConfig.Read(Path.Combine(folder, ".vale.ini"));
            var document = DocumentRunner.LoadDocument(folder, Path.Combine(folder, "test.md"), "en");
            var diagnostics = driver.AnalyzeDocument(document);
            foreach (var other in diagnostics.Where(d => import.Rules.All(r => r.RuleId != d.Id)))
            {
                output.WriteLine($"sdk     {fixture}: {other}");
            }

            Assert.All(diagnostics, d => Assert.StartsWith("MICROSOFT", d.Id, StringComparison.Ordinal));
            var actual = diagnostics
                .Select(d => (Line: d.Location.LineSpan.Start.Line + 1, Column: d.Location.LineSpan.Start.Character + 1, Rule: import.Rules.Single(r => r.RuleId == d.Id).ValeName))
                .Where(f => config.Enables(f.Rule, LevelOf(pack, import, f.Rule)))
                .ToHashSet();
            var wanted = findings.ToHashSet();
            expectedCount += wanted.Count;
            found += wanted.Count(actual.Contains);
            extra += actual.Count(a => !wanted.Contains(a));
            foreach (var missing in wanted.Where(w => !actual.Contains(w)))
            {
                output.WriteLine($"missing {fixture}: {missing}");
            }

            foreach (var unexpected in actual.Where(a => !wanted.Contains(a)))
            {
                output.WriteLine($"extra   {fixture}: {unexpected}");
            }
        }

        output.WriteLine($"reproduced {found} of {expectedCount} expected findings ({100.0 * found / expectedCount:0.0} %), {extra} extra");
        Assert.True(found >= expectedCount * 0.95, $"reproduced {found} of {expectedCount} findings");
        Assert.Equal(0, extra);
    }

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

    internal static RulePack Compile(ValeImport import)
    {
        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())));
        return compilation.Pack!;
    }
}
