namespace Analyzers.Tests;

/// <summary>How injection cases become the learned model's labelled sentences.</summary>
public sealed class SentenceCorpusTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docrules-sentences-").FullName;

    [Fact]
    public void A_changed_carrier_sentence_comes_back_as_its_clean_counterpart_once_per_case()
    {
        var corpus = Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus");
        var set = Path.Combine(_folder, "set-fr.json");
        File.WriteAllText(set, """
            { "language": "fr", "cases": [
              {"id": "fr-r99-lead-01", "kind": "editorial-lead-in", "carrier": "repo:fr/fr-031.txt",
               "operations": [{"op": "replace", "find": "Une enquête a été ouverte", "text": "Je tiens à souligner qu'une enquête a été ouverte"}],
               "labels": [{"text": "Je tiens à souligner qu'"}]},
              {"id": "fr-r99-lead-02", "kind": "editorial-lead-in", "carrier": "repo:fr/fr-031.txt",
               "operations": [{"op": "replace", "find": "Une enquête a été ouverte", "text": "Sachez qu'une enquête a été ouverte"}],
               "labels": [{"text": "Sachez qu'"}]}
            ] }
            """);

        var plain = SentenceCorpus.Read(corpus, set, evalRoot: null);
        var paired = SentenceCorpus.Read(corpus, set, evalRoot: null, counterparts: true);

        Assert.DoesNotContain(plain, s => s.IsCounterpart);
        var counterparts = paired.Where(s => s.IsCounterpart).ToList();
        Assert.Equal(2, counterparts.Count);
        Assert.All(counterparts, s =>
        {
            Assert.Equal("none", s.Class);
            Assert.StartsWith("Une enquête a été ouverte", s.Text, StringComparison.Ordinal);
            // Held out with the case that changed it, so a fold never trains on the pair it is tested on.
            Assert.Equal("r99", s.Fold);
        });
        Assert.Equal(2, paired.Count(s => s.Class == "editorial-lead-in"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
