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

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Every_copy_of_one_training_sentence_is_held_out_in_one_fold(string language)
    {
        var sentences = SentenceCorpus.TrainingSet(Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus"), language, CarrierRoots.EvalClean, out _);

        // A copy in another fold would let the cross-validation score a sentence with a model trained on itself.
        var split = sentences.GroupBy(TrainingFingerprint.Line).Where(g => g.Select(s => s.Fold).Distinct().Count() > 1).Select(g => g.First().Text).ToList();
        Assert.True(split.Count == 0, "in several folds: " + string.Join(" | ", split.Take(5)));
        Assert.Contains(sentences, s => s.IsCounterpart);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void The_learned_model_never_trains_on_a_split_that_measures_it(string language)
    {
        var corpus = Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus");
        var splits = SentenceCorpus.TrainingSplits(corpus, language);

        // The current round's blind split is the newest one: it is scored after the round, so it stays out until then.
        var newestBlind = Directory.GetFiles(Path.Combine(corpus, "dev"), $"blind*-{language}.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)[..^(language.Length + 1)])
            .MaxBy(s => s == "blind" ? 1 : int.Parse(s["blind".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("dev", splits);
        Assert.DoesNotContain(newestBlind, splits);
        Assert.All(splits, s => Assert.True(s == "dev" || (s.StartsWith("blind", StringComparison.Ordinal) && s[5..].All(char.IsAsciiDigit)), $"training.json lists \"{s}\": only the dev set and finished blind splits are trained on (never check or held-out)"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
