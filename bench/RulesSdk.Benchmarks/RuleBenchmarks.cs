using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using RulesSdk.Analyzers;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Each built-in rule alone over the 1 MB corpus (about 200 articles of 5 KB), on one thread, from
/// fresh documents: the rule's prefilter scan plus whatever syntax it makes the driver build, plus
/// its matcher. "(syntax)" is the reference: blocks, sentences, quotes and tokens of every document
/// with no rule at all. Mean time is time per MB.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private ImmutableArray<(string Path, string Text)> _documents;
    private AnalyzerDriver? _driver;

    public static IEnumerable<string> RuleIds() =>
        ["(syntax)", .. BenchEnvironment.AllAnalyzers.Select(a => a.SupportedDiagnostics[0].Id).Order(StringComparer.Ordinal)];

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "(syntax)";

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. BenchEnvironment.LoadFiles(1).Select(f => (f.Path, RulesSdk.Text.SourceText.Decode(f.Bytes).ToString()))];
        if (Rule != "(syntax)")
        {
            var analyzer = BenchEnvironment.AllAnalyzers.Single(a => a.SupportedDiagnostics[0].Id == Rule);
            _driver = new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
        }
    }

    [Benchmark(Description = "rule alone, 1 MB of 5 KB files, 1 thread")]
    public int Analyze()
    {
        var count = 0;
        foreach (var (path, text) in _documents)
        {
            var document = BenchEnvironment.Document(path, text);
            if (_driver is null)
            {
                foreach (var block in document.GetSyntax().Blocks)
                {
                    _ = block.Quotes;
                    foreach (var sentence in block.Sentences)
                    {
                        count += sentence.Tokens.Length;
                    }
                }
            }
            else
            {
                count += _driver.Analyze(document).Diagnostics.Length;
            }
        }

        return count;
    }
}
