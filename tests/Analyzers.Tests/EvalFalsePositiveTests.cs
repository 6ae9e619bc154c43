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
    private const string EvalFolder = "/work/shared/eval/clean";

    [Fact]
    public void CleanDocuments_HaveAtMostOneDiagnosticPerFiveDocuments()
    {
        if (!Directory.Exists(EvalFolder))
        {
            output.WriteLine("skipped: eval folder absent");
            return;
        }

        var files = DocumentRunner.FindInputs(EvalFolder);
        var drivers = BuiltInPacks.Names
            .Select(n => new AnalyzerDriver(BuiltInPacks.Get(n).Analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 }))
            .ToList();
        var findings = new List<string>();
        foreach (var file in files)
        {
            var document = DocumentRunner.LoadDocument(EvalFolder, file);
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
