using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using RulesSdk.Analyzers;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Benchmarks;

/// <summary>
/// A quick profile without BenchmarkDotNet: each stage of the pipeline timed on its own over a
/// whole corpus (best of N runs, after a warm-up), with the bytes it allocates. Stages are
/// cumulative where the pipeline is (sentences include blocks), so differences are the cost of a stage.
/// </summary>
internal static class Breakdown
{
    public static int Run(string[] args)
    {
        var size = 10;
        var layout = "files";
        var repeat = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--size": size = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--layout": layout = args[++i]; break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"breakdown: unknown argument {args[i]}"); return 2;
            }
        }

        var files = layout == "single" ? [BenchEnvironment.LoadSingle(size)] : BenchEnvironment.LoadFiles(size);
        var megabytes = files.Sum(f => (long)f.Bytes.Length) / 1e6;
        var texts = files.Select(f => (f.Path, Text: SourceText.Decode(f.Bytes).ToString())).ToImmutableArray();
        var analyzers = BenchEnvironment.AllAnalyzers;
        Console.WriteLine($"corpus: {size} MB as {files.Length} {layout}, {megabytes:F2} MB; {analyzers.Length} rules; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"stage",-48} {"ms",9} {"MB/s",9} {"alloc MB",9}");

        void Measure(string name, Func<long> body)
        {
            body(); // warm-up (JIT, caches)
            var best = double.MaxValue;
            long allocated = 0;
            for (var r = 0; r < repeat; r++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                body();
                stopwatch.Stop();
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{name,-48} {best,9:F1} {megabytes / (best / 1000),9:F1} {allocated / 1e6,9:F1}");
        }

        IEnumerable<TextDocument> Fresh() => texts.Select(t => BenchEnvironment.Document(t.Path, t.Text));

        Measure("decode (SourceText.Decode)", () => files.Sum(f => (long)SourceText.Decode(f.Bytes).Length));
        Measure("line map", () => Fresh().Sum(d => (long)d.Text.Lines.Count));
        Measure("language detection alone", () => texts.Sum(t => (long)DocumentLanguage.Detect(t.Text).Length));
        Measure("syntax: blocks, prose mask, language", () => Fresh().Sum(d => (long)d.GetSyntax().Blocks.Length));
        Measure("syntax: + sentences", () => Fresh().Sum(d => d.GetSyntax().Blocks.Sum(b => (long)b.Sentences.Length)));
        Measure("syntax: + quotes", () => Fresh().Sum(d => d.GetSyntax().Blocks.Sum(b => (long)b.Quotes.Length + b.Sentences.Length)));
        Measure("syntax: + tokens", () => Fresh().Sum(d => d.GetSyntax().Blocks.Sum(b => (long)b.Quotes.Length + b.Sentences.Sum(s => (long)s.Tokens.Length))));

        foreach (var analyzer in analyzers.OrderBy(a => a.SupportedDiagnostics[0].Id, StringComparer.Ordinal))
        {
            var driver = new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
            var prefilter = Literals.Of(analyzer);
            var label = $"rule {analyzer.SupportedDiagnostics[0].Id}{(prefilter is null ? " (no prefilter)" : string.Empty)}";
            long found = 0;
            Measure(label, () => found = Fresh().Sum(d => (long)driver.Analyze(d).Diagnostics.Length));
            Console.WriteLine($"{"",-48} {found,9} diagnostics");
        }

        foreach (var parallelism in new[] { 1, Environment.ProcessorCount })
        {
            var driver = new AnalyzerDriver(analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = parallelism });
            long found = 0;
            Measure($"all packs, analysis only, {parallelism} thread(s)", () => found = driver.AnalyzeAsync(Fresh()).GetAwaiter().GetResult().Sum(r => (long)r.Diagnostics.Length));
            Measure($"all packs, decode + analysis, {parallelism} thread(s)", () =>
                driver.AnalyzeAsync(files.Select(f => BenchEnvironment.Decode(f.Path, f.Bytes))).GetAwaiter().GetResult().Sum(r => (long)r.Diagnostics.Length));
            Console.WriteLine($"{"",-48} {found,9} diagnostics");
        }

        return 0;
    }
}
