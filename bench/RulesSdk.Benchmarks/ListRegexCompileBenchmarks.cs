using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Dsl;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Compiling a pack whose regex splices a large list (<c>/\b(?:@words)\b/</c>), cold, with the
/// regex generator as the CLI uses it (issue 13, item 15: 10,000 entries took 67 s, 50,000 did not
/// finish in 180 s). Lists are written as a trie-shaped alternation and long patterns are
/// constructed at run time instead of generated.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ListRegexCompileBenchmarks
{
    private RuleSource _source = null!;

    [Params(10_000, 50_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic pseudo-words, 4 to 12 letters: few shared prefixes, the trie's worst case.
        var random = new Random(20261203);
        const string letters = "abcdefghijklmnopqrstuvwxyzéè";
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < Entries)
        {
            words.Add(new string([.. Enumerable.Range(0, random.Next(4, 13)).Select(_ => letters[random.Next(letters.Length)])]));
        }

        var list = string.Join(' ', words.Select(w => "\"" + w + "\""));
        _source = new RuleSource("big.rules", $$"""
            pack big "Big list"
            language fr
            list words = {{list}}

            rule BG0001 big-list
              title       "Mot de la liste"
              message     "Mot : {match}"
              severity    warning
              category    test
              scope       sentence
              match       /(?i)\b(?:@words)\b/
            end
            """);
    }

    [Benchmark(Description = "compile, list in a regex")]
    public int Compile()
    {
        var compilation = RulePack.Compile([_source], new RulePackOptions { UseCache = false });
        return compilation.Pack?.Analyzers.Length ?? throw new InvalidOperationException(string.Join('\n', compilation.Diagnostics));
    }
}
