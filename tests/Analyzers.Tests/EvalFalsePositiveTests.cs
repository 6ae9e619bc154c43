using RulesSdk.Analyzers;
using RulesSdk.Testing;
using Xunit.Abstractions;

namespace Analyzers.Tests;

/// <summary>
/// Both packs over the clean evaluation documents (read in place, never copied into the
/// repository): at most one diagnostic per five documents.
/// </summary>
public sealed class EvalFalsePositiveTests(ITestOutputHelper output)
{
    /// <summary>shared/eval/clean beside the repository (as the project lays it out), else the workplace copy.</summary>
    private static readonly string? EvalFolder = CarrierRoots.EvalClean;

    [SkippableFact]
    public void CleanDocuments_HaveAtMostOneDiagnosticPerFiveDocuments()
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

        Assert.True(findings.Count * 5 <= files.Length, $"{findings.Count} diagnostics on {files.Length} clean documents (at most {files.Length / 5} allowed):\n{string.Join('\n', findings)}");
    }
}
