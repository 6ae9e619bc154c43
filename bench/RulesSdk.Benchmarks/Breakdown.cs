using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using RulesSdk.Analyzers;
using RulesSdk.Semantics;
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
        var rules = true;
        var only = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stagesToo = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--size": size = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--layout": layout = args[++i]; break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-rules": rules = false; break;
                case "--only": only.UnionWith(args[++i].Split(',')); stagesToo = false; break;
                default: Console.Error.WriteLine($"breakdown: unknown argument {args[i]}"); return 2;
            }
        }

        var files = layout == "single" ? [BenchEnvironment.LoadSingle(size)] : BenchEnvironment.LoadFiles(size);
        var megabytes = files.Sum(f => (long)f.Bytes.Length) / 1e6;
        var texts = files.Select(f => (f.Path, Text: SourceText.Decode(f.Bytes).ToString())).ToImmutableArray();
        var analyzers = BenchEnvironment.AllAnalyzers;
        Console.WriteLine($"corpus: {size} MB as {files.Length} {layout}, {megabytes:F2} MB; {analyzers.Length} rules; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"stage",-48} {"ms",9} {"MB/s",9} {"alloc MB",9} {"cpu ms",9}");

        void Measure(string name, Func<long> body)
        {
            body(); // warm-up (JIT, caches)
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            long allocated = 0;
            using var process = Process.GetCurrentProcess();
            for (var r = 0; r < repeat; r++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                body();
                stopwatch.Stop();
                process.Refresh();
                // CPU time of the whole process (JIT and GC threads included): steadier than wall time on a shared machine.
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{name,-48} {best,9:F1} {megabytes / (best / 1000),9:F1} {allocated / 1e6,9:F1} {bestCpu,9:F1}");
        }

        IEnumerable<TextDocument> Fresh() => texts.Select(t => BenchEnvironment.Document(t.Path, t.Text));

        if (stagesToo)
        {
            MeasureStages();
        }

        void MeasureStages()
        {
        Measure("decode (SourceText.Decode)", () => files.Sum(f => (long)SourceText.Decode(f.Bytes).Length));
        Measure("line map", () => Fresh().Sum(d => (long)d.Text.Lines.Count));
        Measure("language detection alone", () => texts.Sum(t => (long)DocumentLanguage.Detect(t.Text).Length));
        Measure("syntax: blocks, prose mask, language", () => Fresh().Sum(d => (long)d.GetSyntax().Blocks.Length));
        Measure("syntax: + sentences", () => Fresh().Sum(d => d.GetSyntax().Blocks.Sum(b => (long)b.Sentences.Length)));
        Measure("syntax: + quotes", () => Fresh().Sum(d => d.GetSyntax().Blocks.Sum(b => (long)b.Quotes.Length + b.Sentences.Length)));
        Measure("syntax: + tokens", () => Fresh().Sum(d => d.GetSyntax().Blocks.Sum(b => (long)b.Quotes.Length + b.Sentences.Sum(s => (long)s.Tokens.Length))));

        // The semantic model facet by facet, each on top of the previous ones (the model caches per block).
        long Model(TextDocument document, int facets)
        {
            var semantics = DocumentSemantics.For(document.GetSyntax());
            long count = 0;
            foreach (var block in semantics.Syntax.Blocks)
            {
                count += facets >= 1 ? semantics.GetClauses(block).Count() : 0;
                count += facets >= 2 ? (long)semantics.MetaOf(block) : 0;
                count += facets >= 4 ? semantics.GetEntities(block).Length : 0;
                count += facets >= 5 ? semantics.GetDates(block).Length : 0;
            }

            count += facets >= 3 ? (long)semantics.Genre : 0;
            count += facets >= 6 ? semantics.TrailingMetadata.Length : 0;
            return count;
        }

        Measure("model: + clauses (voice, person) of every block", () => Fresh().Sum(d => Model(d, 1)));
        Measure("model: + meta of every block, roles", () => Fresh().Sum(d => Model(d, 2)));
        Measure("model: + genre", () => Fresh().Sum(d => Model(d, 3)));
        Measure("model: + entities (gazetteer)", () => Fresh().Sum(d => Model(d, 4)));
        Measure("model: + dates", () => Fresh().Sum(d => Model(d, 5)));
        Measure("model: + trailing metadata", () => Fresh().Sum(d => Model(d, 6)));
        Measure("model: meta alone (clauses only where needed)", () => Fresh().Sum(d => DocumentSemantics.For(d.GetSyntax()).Syntax.Blocks.Sum(b => (long)DocumentSemantics.For(b.Document).MetaOf(b))));
        Measure("model: genre alone", () => Fresh().Sum(d => (long)DocumentSemantics.For(d.GetSyntax()).Genre));
        }

        Measure("syntax: + sentences (the base of every sentence rule)", () => Fresh().Sum(d => d.GetSyntax().Blocks.Sum(b => (long)b.Sentences.Length)));
        foreach (var analyzer in (rules ? analyzers : []).Where(a => only.Count == 0 || only.Contains(a.SupportedDiagnostics[0].Id)).OrderBy(a => a.SupportedDiagnostics[0].Id, StringComparer.Ordinal))
        {
            var driver = new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
            var prefilter = Literals.Of(analyzer);
            var label = $"rule {analyzer.SupportedDiagnostics[0].Id}{(prefilter is null ? " (no prefilter)" : string.Empty)}";
            long found = 0;
            Measure(label, () => found = Fresh().Sum(d => (long)driver.Analyze(d).Diagnostics.Length));
            Console.WriteLine($"{"",-48} {found,9} diagnostics");
        }

        foreach (var parallelism in stagesToo ? [1, Environment.ProcessorCount] : Array.Empty<int>())
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
