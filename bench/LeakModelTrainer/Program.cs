using System.Globalization;
using System.Text;
using Analyzers.Tests;
using LeakModelTrainer;

// leak-model-trainer --repo ROOT --language fr|en [--write] [--precision 0.95] [--l1 0.5] [--l2 1] [--min-count 3] [--clean-margin 0.02] [--clean-rate 0] [--score SPLIT.json …] [--eval CARRIERS]
// Trains on the splits tests/corpus/dev/training.json lists (dev and the finished blind splits, whose carriers
// are the evaluation texts of --eval) and the repo's clean texts, cross-validates with leaks
// held out by the round that wrote them, picks each kind's threshold for the target precision on the
// held-out folds, and with --write saves src/RulesSdk/Semantics/Data/leak-model-{language}.txt.
var options = Arguments.Parse(args);
if (options.Has("--explain"))
{
    // --explain TEXT --language fr: the shipped model's probabilities for each sentence of TEXT, and its features.
    // "\n" written in a shell argument separates paragraphs, as it does in a rule's example.
    var text = options.Get("--explain", string.Empty).Replace("\\n", "\n", StringComparison.Ordinal);
    var syntax = RulesSdk.Syntax.DocumentSyntax.Create(RulesSdk.Text.SourceText.From(text), RulesSdk.Syntax.DocumentKind.PlainText, options.Get("--language", "fr"));
    var semantics = RulesSdk.Semantics.DocumentSemantics.For(syntax);
    var shippedModel = RulesSdk.Semantics.LeakModel.For(semantics.Language);
    foreach (var sentence in syntax.Blocks.SelectMany(b => b.Sentences))
    {
        var features = RulesSdk.Semantics.LeakFeatures.Of(semantics, sentence);
        Console.WriteLine($"{sentence.Text}\n  {string.Join(" ", shippedModel.Probabilities(features).Select(p => p.ToString("0.000", CultureInfo.InvariantCulture)))} -> {shippedModel.Predict(features)}\n  {string.Join(" | ", features)}");
    }

    return;
}

var repo = Path.GetFullPath(options.Get("--repo", "."));
var language = options.Get("--language", "fr");
var corpus = Path.Combine(repo, "tests", "corpus");
// The real carriers of the held-out and blind splits, for --score on a split that uses them.
var evalRoot = Path.GetFullPath(options.Get("--eval", Path.Combine(repo, "..", "shared", "eval", "clean")));
string[] classes = ["none", "opinion-paragraph", "editorial-lead-in", "narrator-witness", "first-person-speaker", "assistant-self-reference"];
var targetPrecision = float.Parse(options.Get("--precision", "0.95"), CultureInfo.InvariantCulture);
var cleanMargin = float.Parse(options.Get("--clean-margin", "0.02"), CultureInfo.InvariantCulture);
var cleanRate = float.Parse(options.Get("--clean-rate", "0"), CultureInfo.InvariantCulture);
var trainer = new SoftmaxTrainer(
    classes,
    float.Parse(options.Get("--l1", "0.5"), CultureInfo.InvariantCulture),
    float.Parse(options.Get("--l2", "1"), CultureInfo.InvariantCulture),
    int.Parse(options.Get("--min-count", "3"), CultureInfo.InvariantCulture));

var sentences = SentenceCorpus.TrainingSet(corpus, language, Directory.Exists(evalRoot) ? evalRoot : null, out var complete);
if (!complete)
{
    // A model trained on part of its set would ship with a fingerprint no checkout with the texts can match.
    Console.Error.WriteLine($"the blind splits of tests/corpus/dev/training.json are carried by {evalRoot}, which does not exist; pass --eval FOLDER");
    Environment.ExitCode = 2;
    return;
}

Console.WriteLine($"{language}: {sentences.Count} sentences; " + string.Join(", ", classes.Select(c => $"{c} {sentences.Count(s => s.Class == c)}")));

if (options.Get("--dump", string.Empty) is { Length: > 0 } dump)
{
    // --dump FILE: one line per training sentence (class, fold, features) for looking at the data.
    File.WriteAllLines(dump, sentences.Select(s => $"{s.Class}\t{s.Fold}\t{string.Join(" | ", s.Features)}"));
}

const int Folds = 5;
var outOfFold = new float[sentences.Count][];
for (var fold = 0; fold < Folds; fold++)
{
    var train = sentences.Where(s => FoldOf(s) != fold).ToList();
    var weights = trainer.Train(train);
    var model = ModelFile.ToModel(classes, weights, thresholds: null);
    for (var i = 0; i < sentences.Count; i++)
    {
        if (FoldOf(sentences[i]) == fold)
        {
            outOfFold[i] = model.Probabilities(sentences[i].Features);
        }
    }
}

if (options.Get("--out-of-fold", string.Empty) is { Length: > 0 } outOfFoldPath)
{
    // --out-of-fold FILE: each sentence's class, eligibility and cross-validated probabilities, for comparing feature sets.
    File.WriteAllLines(outOfFoldPath, sentences.Select((s, i) => $"{s.Class}\t{s.Eligible}\t{string.Join('\t', outOfFold[i].Select(p => p.ToString("0.0000", CultureInfo.InvariantCulture)))}\t{s.CaseId}\t{s.Text.ReplaceLineEndings(" ")}"));
}

var thresholds = new Dictionary<string, float>(StringComparer.Ordinal);
Console.WriteLine($"cross-validated (leaks held out by round), threshold for precision >= {targetPrecision:0.00}:");
for (var c = 1; c < classes.Length; c++)
{
    var (threshold, tp, fp, total) = Thresholds.ForPrecision(sentences, outOfFold, c, classes, targetPrecision, cleanMargin, cleanRate);
    thresholds[classes[c]] = threshold;
    Console.WriteLine($"  {classes[c],-26} threshold {threshold:0.000}  recall {(total == 0 ? 0 : (double)tp / total):0.000} ({tp}/{total})  false positives {fp}");
    // The clean sentences the threshold must stay above: the ones to look at when a kind's recall is low.
    var kindIndex = c;
    foreach (var i in Enumerable.Range(0, sentences.Count)
        .Where(i => sentences[i].Class == "none" && sentences[i].Eligible)
        .OrderByDescending(i => outOfFold[i][kindIndex])
        .Take(int.Parse(options.Get("--show-clean", "1"), CultureInfo.InvariantCulture) + Thresholds.AllowedAbove(sentences.Where(s => s.Class == "none" && s.Eligible).Select(s => s.Text).Distinct(StringComparer.Ordinal).Count(), cleanRate)))
    {
        Console.WriteLine($"    clean {outOfFold[i][c]:0.000}: {sentences[i].CaseId}: {sentences[i].Text}");
    }
}

var final = trainer.Train(sentences);
var shipped = ModelFile.ToModel(classes, final, thresholds);
foreach (var split in options.All("--score"))
{
    var scored = SentenceCorpus.Read(corpus, split, evalRoot);
    Console.WriteLine($"scored on {Path.GetFileName(split)} (sentence level, the final model):");
    for (var c = 1; c < classes.Length; c++)
    {
        var kind = RulesSdk.Semantics.LeakModel.Kinds[classes[c]];
        var tp = scored.Count(s => s.Class == classes[c] && shipped.Predict(s.Features).Kind == kind);
        var fp = scored.Count(s => s.Class != classes[c] && shipped.Predict(s.Features).Kind == kind);
        var total = scored.Count(s => s.Class == classes[c]);
        Console.WriteLine($"  {classes[c],-26} recall {(total == 0 ? 0 : (double)tp / total):0.000} ({tp}/{total})  false positives {fp}");
    }
}

if (options.Has("--write"))
{
    var path = Path.Combine(repo, "src", "RulesSdk", "Semantics", "Data", $"leak-model-{language}.txt");
    File.WriteAllText(path, ModelFile.Write(language, classes, final, thresholds, sentences.Count, TrainingFingerprint.Of(sentences)), new UTF8Encoding(false));
    Console.WriteLine($"wrote {path} ({final.Weights.Count} features)");
}

static int FoldOf(LabelledSentence sentence)
{
    // A stable hash (string.GetHashCode is randomised per process): the folds are the same every run.
    var hash = 17u;
    foreach (var c in sentence.Fold)
    {
        hash = (hash * 31) + c;
    }

    return (int)(hash % Folds);
}
