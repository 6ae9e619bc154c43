using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesSdk.Spelling;

namespace RulesSdk.Benchmarks;

/// <summary>
/// The Hunspell reader (issue 14: each bundled dictionary must load in under 1 s): "load" reads
/// and parses analyzers/dictionaries/{en,fr} from disk; "check 1,000 words" checks inflected,
/// elided, capitalised and misspelled words (no per-document cache); "suggest" corrects one
/// misspelling (the cost a rule pays once per distinct unknown word of a document).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SpellingBenchmarks
{
    private static readonly Dictionary<string, (string[] Words, string Misspelled)> Samples = new(StringComparer.Ordinal)
    {
        ["en"] = (["running", "studies", "unhappiness", "House", "PARIS", "don’t", "well-known", "recieve", "organisation", "the"], "definately"),
        ["fr"] = (["mangeaient", "l’homme", "aujourd’hui", "Qu’il", "heureuses", "porte-monnaie", "gouvernment", "apparait", "développement", "les"], "developpement"),
    };

    private HunspellDictionary _dictionary = null!;
    private string[] _words = [];

    [Params("en", "fr")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup()
    {
        _dictionary = Load();
        _words = [.. Enumerable.Repeat(Samples[Language].Words, 100).SelectMany(w => w)];
    }

    [Benchmark(Description = "load")]
    public HunspellDictionary Load()
    {
        var folder = Path.Combine(BenchEnvironment.RepositoryRoot, "analyzers", "dictionaries", Language);
        return HunspellDictionary.Load(Path.Combine(folder, "index.aff"), Path.Combine(folder, "index.dic"));
    }

    [Benchmark(Description = "check 1,000 words")]
    public int Check() => _words.Count(_dictionary.Check);

    [Benchmark(Description = "suggest")]
    public int Suggest() => _dictionary.Suggest(Samples[Language].Misspelled, 3).Count;
}
