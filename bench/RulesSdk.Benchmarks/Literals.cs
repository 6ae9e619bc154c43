using System.Reflection;
using RulesSdk.Analyzers;

namespace RulesSdk.Benchmarks;

/// <summary>Reads the prefilter literals the DSL compiler put in each generated analyzer.</summary>
internal static class Literals
{
    public static int Print(TextWriter output)
    {
        output.WriteLine("# The built-in packs' prefilter literals (one a line, matched ignoring case); rules without a prefilter are listed as comments.");
        output.WriteLine("# Regenerate: dotnet bench/RulesSdk.Benchmarks/bin/Release/net10.0/RulesSdk.Benchmarks.dll literals > bench/Floor/literals.txt");
        var all = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var analyzer in BenchEnvironment.AllAnalyzers)
        {
            var prefilter = Of(analyzer);
            var id = analyzer.SupportedDiagnostics[0].Id;
            if (prefilter is null)
            {
                output.WriteLine($"# {id}: no prefilter (runs on every document)");
                continue;
            }

            output.WriteLine($"# {id}: {prefilter.Literals.Length} literals");
            all.UnionWith(prefilter.Literals);
        }

        foreach (var literal in all)
        {
            output.WriteLine(literal);
        }

        return 0;
    }

    public static TextPrefilter? Of(DocumentAnalyzer analyzer) =>
        analyzer.GetType().GetField("Prefilter", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as TextPrefilter;
}
