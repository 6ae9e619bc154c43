using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Dsl;
using RulesSdk.Rules;
using RulesSdk.Rules.Kinds;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Benchmarks;

/// <summary>
/// Swap lists (issue 14's targets): a 10,000-entry list must compile in under 2 s and match at 50 %
/// or more of the per-MB speed of a 100-entry one. "match 1 MB" runs the trie over a megabyte of
/// prose in which about one word in fifty is an entry; "compile" runs the whole DSL pipeline
/// (parse the list file, bind, emit, Roslyn compile, load) for a pack holding the one swap rule.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SwapBenchmarks
{
    private DocumentSyntax _document = null!;
    private SwapRuleMatcher _matcher = null!;
    private string _listFile = string.Empty;

    [Params(100, 10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var words = Enumerable.Range(0, Entries).Select(Word).ToList();
        _matcher = new SwapRuleMatcher(words.Select(w => new SwapEntry(w + " of", "the " + w)));
        _listFile = string.Join('\n', words.Select(w => w + " of\tthe " + w));

        // About one word in fifty starts an entry; the rest are ordinary words that share prefixes.
        var random = new Random(14);
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            text.Append(random.Next(50) == 0 ? words[random.Next(words.Count)] + " of" : Word(random.Next(1_000_000) + Entries)).Append(random.Next(12) == 0 ? ". " : " ");
        }

        _document = DocumentSyntax.Create(SourceText.From(text.ToString()), DocumentKind.PlainText);
    }

    [Benchmark(Description = "match 1 MB")]
    public int Match()
    {
        var results = new List<RuleMatch>();
        _matcher.Match(_document, new TextSpan(0, _document.Prose.Length), results);
        return results.Count;
    }

    [Benchmark(Description = "compile")]
    public int Compile()
    {
        const string rules = "pack bench.swap \"Swap\"\nlanguage en\nrule SW0001 swap-list\n  title \"Swap\"\n  message \"Use {replacement}\"\n  scope sentence\n  match swap from \"list.tsv\"\nend\n";
        var options = new RulePackOptions { UseCache = false, RunExamples = false, ReadFile = path => path.EndsWith("list.tsv", StringComparison.Ordinal) ? _listFile : null };
        return RulePack.Compile([new RuleSource("/bench/swap.rules", rules)], options).Pack!.Rules.Length;
    }

    private static string Word(int index)
    {
        // Pronounceable, distinct words: "bakeli", "dotamu"…
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        var n = index + 1000;
        while (n > 0)
        {
            builder.Append(consonants[n % consonants.Length]);
            n /= consonants.Length;
            builder.Append(vowels[n % vowels.Length]);
            n /= vowels.Length;
        }

        return builder.ToString();
    }
}
