using RulesSdk.Analyzers;
using RulesSdk.Testing;
using Xunit.Abstractions;

namespace Analyzers.Tests;

/// <summary>
/// Both packs over the clean evaluation documents (read in place, never copied into the
/// repository): no finding but those of the carriers' own listed errors (tests/corpus/carrier-slips.json),
/// at most one false positive per fifty documents (issue 12: at most 0.02 a clean document).
/// </summary>
public sealed class EvalFalsePositiveTests(ITestOutputHelper output)
{
    /// <summary>shared/eval/clean beside the repository (as the project lays it out), else the workplace copy.</summary>
    private static readonly string? EvalFolder = CarrierRoots.EvalClean;

    [SkippableFact]
    public void CleanDocuments_HaveNoFindingsButTheirListedSlips()
    {
        // The evaluation texts are licensed third-party news kept outside the repository.
        Skip.If(EvalFolder is null, "the evaluation texts (../shared/eval/clean) are not present in this checkout");

        var files = DocumentRunner.FindInputs(EvalFolder!);
        var drivers = BuiltInPacks.Names
            .Select(n => new AnalyzerDriver(BuiltInPacks.Get(n).Analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 }))
            .ToList();
        var findings = new List<string>();
        foreach (var file in files)
        {
            var document = DocumentRunner.LoadDocument(EvalFolder!, file);
            foreach (var driver in drivers)
            {
                findings.AddRange(driver.AnalyzeDocument(document).Select(d => d.ToString()));
            }
        }

        output.WriteLine($"{files.Length} clean documents, {findings.Count} diagnostic(s)");
        foreach (var finding in findings)
        {
            output.WriteLine("  " + finding);
        }

        // A finding on a carrier's real error (its text named in the message) is right, not a false positive.
        var slips = CarrierSlip.Load(Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus", "carrier-slips.json"));
        var falsePositives = findings
            .Where(f => !slips.Any(s => f.Contains(Path.GetFileName(s.Carrier), StringComparison.Ordinal) && f.Contains(s.Text, StringComparison.Ordinal)))
            .ToList();
        Assert.True(falsePositives.Count * 50 <= files.Length, $"{falsePositives.Count} false positives on {files.Length} clean documents (at most {files.Length / 50} allowed):\n{string.Join('\n', falsePositives)}");
    }
}
