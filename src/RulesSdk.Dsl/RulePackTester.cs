using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Dsl;

/// <summary>Runs every rule's <c>example</c> and <c>clean</c> cases, each rule on its own.</summary>
public static class RulePackTester
{
    // Runs after the first for a case that failed by running out of time, and the pause before the first of them
    // (doubled before each next one: 0.1 + 0.2 + 0.4 + 0.8 s at most, only for such a case).
    private const int TimingRetries = 4;
    private static readonly TimeSpan TimingPause = TimeSpan.FromMilliseconds(100);

    public static ImmutableArray<RuleTestResult> Run(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return Run(pack.Rules, pack.Analyzers, pack.CodeFixProviders);
    }

    internal static ImmutableArray<RuleTestResult> Run(ImmutableArray<RuleInfo> rules, ImmutableArray<DocumentAnalyzer> analyzers, ImmutableArray<CodeFixProvider> codeFixProviders)
    {
        var results = ImmutableArray.CreateBuilder<RuleTestResult>();
        foreach (var rule in rules)
        {
            var analyzer = analyzers.First(a => a.SupportedDiagnostics.Any(d => d.Id == rule.Id));
            var fixers = codeFixProviders.Where(p => p.FixableDiagnosticIds.Contains(rule.Id)).ToList();
            foreach (var example in rule.Examples)
            {
                // Regexes and the semantic model run under wall-clock limits, which a starved machine (a loaded CI
                // runner) can exceed on a sound case. Timing is the only thing that differs between two runs, so a
                // case that fails twice is wrong and one that passes once is not. A failure that says it ran out of
                // time (DR0002, DR0006, a regex timeout) gets more runs, each after a longer pause: under a load
                // average of 100, two runs in a row can both be starved.
                var result = RunCase(rule, analyzer, fixers, example, out var timing);
                for (var run = 1; !result.Passed && run <= (timing ? TimingRetries : 1); run++)
                {
                    if (timing)
                    {
                        Thread.Sleep(TimingPause * (1 << (run - 1)));
                    }

                    result = RunCase(rule, analyzer, fixers, example, out timing);
                }

                results.Add(result);
            }
        }

        return results.ToImmutable();
    }

    private static RuleTestResult RunCase(RuleInfo rule, DocumentAnalyzer analyzer, List<CodeFixProvider> fixers, RuleExample example, out bool timing)
    {
        timing = false;
        try
        {
            var language = rule.Language == "any" ? null : rule.Language;
            // A Markdown example is read as Markdown (headings, lists, code), as a .md file would be.
            var name = example.IsMarkdown ? "example.md" : "example.txt";
            var document = new TextDocument(DocumentId.FromPath(name), name, SourceText.From(example.Input), declaredLanguage: language);
            var driver = new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { ApplyInlineSuppressions = false, MaxDegreeOfParallelism = 1 });
            var all = driver.AnalyzeDocument(document);
            var diagnostics = all.Where(d => d.Id == rule.Id).ToList();
            var crashes = all.Where(d => d.Id != rule.Id).ToList();
            if (crashes.Count > 0)
            {
                timing = crashes.Any(static d => d.Id == SdkDiagnostics.RuleTimedOut.Id || d.Id == SdkDiagnostics.SemanticModelIncomplete.Id);
                return Fail(rule, example, crashes[0].GetMessage());
            }

            if (example.IsClean)
            {
                return diagnostics.Count == 0
                    ? new RuleTestResult(rule.Id, example, true, null)
                    : Fail(rule, example, $"the clean case is flagged at column {diagnostics[0].Location.LineSpan.Start.Character + 1}: {diagnostics[0].GetMessage()}");
            }

            if (diagnostics.Count == 0)
            {
                return Fail(rule, example, "the example is not flagged");
            }

            if (example.Output is null)
            {
                return new RuleTestResult(rule.Id, example, true, null);
            }

            var fixedText = ApplyFirstFix(document, driver, fixers, rule);
            return fixedText == example.Output
                ? new RuleTestResult(rule.Id, example, true, null)
                : Fail(rule, example, $"the fix gives {DslString.Quote(fixedText)}; expected {DslString.Quote(example.Output)}");
        }
        catch (Exception ex)
        {
            timing = ex is RegexMatchTimeoutException;
            return Fail(rule, example, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static string ApplyFirstFix(TextDocument document, AnalyzerDriver driver, List<CodeFixProvider> fixers, RuleInfo rule)
    {
        var service = new CodeFixService(fixers);
        if (rule.HasSafeFix)
        {
            var result = new FixAllRunner(driver, service).FixDocumentAsync(document).GetAwaiter().GetResult();
            return result.FixedText.ToString();
        }

        // Suggestion-only rules: the example shows the first suggestion applied to the first finding.
        var diagnostic = driver.AnalyzeDocument(document).First(d => d.Id == rule.Id);
        var fix = service.GetFixesAsync(document, diagnostic).GetAwaiter().GetResult().FirstOrDefault();
        return fix is null ? document.Text.ToString() : fix.Action.ApplyAsync(document).GetAwaiter().GetResult().ToString();
    }

    private static RuleTestResult Fail(RuleInfo rule, RuleExample example, string failure) => new(rule.Id, example, false, failure);

}
