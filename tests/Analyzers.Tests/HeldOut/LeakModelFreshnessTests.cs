using RulesSdk.Semantics;

namespace Analyzers.Tests;

/// <summary>
/// The shipped learned sentence model was trained on today's training set: the dev set and the finished blind splits
/// (tests/corpus/dev/training.json) as the semantic model reads them now. A change to either (a new dev batch, a new reading of voice, person, stance or genre) changes
/// the features the model sees at run time, and the model must be retrained with bench/LeakModelTrainer.
/// </summary>
public sealed class LeakModelFreshnessTests
{
    [SkippableTheory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Shipped_model_was_trained_on_the_current_training_set(string language)
    {
        var corpus = Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus");
        var sentences = SentenceCorpus.TrainingSet(corpus, language, CarrierRoots.EvalClean, out var complete);
        // The blind splits it trains on are carried by licensed texts kept outside the repository.
        Skip.IfNot(complete, "the evaluation texts (../shared/eval/clean) that carry the blind splits of the training set are not present in this checkout");

        var expected = TrainingFingerprint.Of(sentences);

        Assert.True(
            LeakModel.For(language).TrainingFingerprint == expected,
            $"src/RulesSdk/Semantics/Data/leak-model-{language}.txt was trained on another training set (its fingerprint {LeakModel.For(language).TrainingFingerprint}, today's {expected}). "
            + $"Retrain: dotnet build bench/LeakModelTrainer && dotnet bench/LeakModelTrainer/bin/Debug/net10.0/LeakModelTrainer.dll --repo . --language {language}{(language == "en" ? " --precision 0.97 --clean-margin 0.05" : " --clean-rate 0.002")} --write; then rerun the quality harness (docs/quality.md, \"The learned sentence model\").");
    }
}
