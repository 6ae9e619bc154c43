using System.Text.Json;
using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace Analyzers.Tests;

/// <summary>
/// Turns injection sets into labelled sentences: every sentence of every composed document, the class of
/// the label it overlaps (a leak kind the model learns, "none" when it overlaps none), and the sentences
/// of the clean repo texts as more "none". A sentence that overlaps a label of a kind the model does not
/// learn (a headline copy, a misspelt name, metadata, a broken sentence) is left out: it is neither.
/// </summary>
internal static partial class SentenceCorpus
{
    /// <summary>
    /// What the learned model is trained on: every sentence of the composed cases of the splits that
    /// tests/corpus/dev/training.json lists for <paramref name="language"/> (the dev set and, for French, the blind
    /// splits of finished rounds), and of the clean repo texts, one copy of each (class, features) pair. The blind
    /// splits are carried by the evaluation texts outside the repository (<paramref name="evalRoot"/>); without
    /// them the set holds only what the repository carries, and <paramref name="complete"/> is false.
    /// </summary>
    public static List<LabelledSentence> TrainingSet(string corpusRoot, string language, string? evalRoot, out bool complete)
    {
        var sentences = new List<LabelledSentence>();
        complete = true;
        foreach (var split in TrainingSplits(corpusRoot, language))
        {
            var path = Path.Combine(corpusRoot, "dev", $"{split}-{language}.json");
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{Path.Combine(corpusRoot, "dev", "training.json")} lists \"{split}\", but {path} does not exist");
            }

            if (evalRoot is null && InjectionSet.Load(path).Cases.Any(c => !c.Carrier.StartsWith("repo:", StringComparison.Ordinal)))
            {
                complete = false;
                continue;
            }

            sentences.AddRange(Read(corpusRoot, path, evalRoot, counterparts: true));
        }

        sentences.AddRange(ReadCleanTexts(corpusRoot, language));

        // The same carrier sentence recurs in every case built on it. A counterpart is kept once per case
        // that changed it, so that it weighs as much as the damaged copies it answers. Every copy of one
        // sentence is held out in one fold (its first copy's): a copy in another fold would let the
        // cross-validation score a clean sentence with a model trained on itself, and set thresholds too low.
        var kept = sentences.Where(s => !s.IsCounterpart).DistinctBy(TrainingFingerprint.Line).Concat(sentences.Where(s => s.IsCounterpart)).ToList();
        var folds = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. kept.Select(s =>
        {
            var line = TrainingFingerprint.Line(s);
            return folds.TryAdd(line, s.Fold) ? s : s with { Fold = folds[line] };
        })];
    }

    /// <summary>The split names tests/corpus/dev/training.json lists for <paramref name="language"/>, in its order.</summary>
    public static IReadOnlyList<string> TrainingSplits(string corpusRoot, string language)
    {
        var path = Path.Combine(corpusRoot, "dev", "training.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        if (!json.RootElement.GetProperty("splits").TryGetProperty(language, out var splits))
        {
            throw new InvalidDataException($"{path} lists no training splits for \"{language}\"");
        }

        return [.. splits.EnumerateArray().Select(e => e.GetString() ?? throw new InvalidDataException($"{path}: a split name is not a string"))];
    }

    /// <summary>
    /// The labelled sentences of the cases of <paramref name="setPath"/>. With <paramref name="counterparts"/>,
    /// also every carrier sentence a case changed, as it was before ("none", held out with the case): the
    /// minimal pair that tells the model a lead-in's or a speaker's damage from the carrier's words around it,
    /// which otherwise recur in every case built on the same sentence and read as the kind's own.
    /// </summary>
    public static List<LabelledSentence> Read(string corpusRoot, string setPath, string? evalRoot, bool counterparts = false)
    {
        var set = InjectionSet.Load(setPath);
        var sentences = new List<LabelledSentence>();
        foreach (var @case in set.Cases)
        {
            var carrierPath = CarrierPath(corpusRoot, evalRoot, @case.Carrier);
            if (carrierPath is null)
            {
                continue;
            }

            var composed = InjectionComposer.Apply(File.ReadAllText(carrierPath), @case.Operations.IsDefault ? [] : @case.Operations);
            var labels = new List<(string Kind, TextSpan Span)>();
            foreach (var label in @case.Labels.IsDefault ? [] : @case.Labels)
            {
                var at = InjectionComposer.FindOccurrence(composed, label.Text, label.Occurrence);
                if (at < 0)
                {
                    throw new InvalidDataException($"{@case.Id}: label \"{label.Text}\" is not in the composed document");
                }

                labels.Add((label.Kind ?? @case.Kind, new TextSpan(at, label.Text.Length)));
            }

            // Leaks are held out by the round that wrote them (a dev batch's r/s number, a blind split's b number), so a
            // fold's phrasings are unseen by the rest.
            var round = Round().Match(@case.Id) is { Success: true } m ? m.Groups[1].Value : "early";
            var added = sentences.Count;
            AddDocument(composed, set.Language, @case.Id, labels, sentences, leakFold: round, otherFold: @case.Carrier);
            if (counterparts)
            {
                var composedSentences = sentences.Skip(added).Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
                var carrierSentences = new List<LabelledSentence>();
                AddDocument(File.ReadAllText(carrierPath), set.Language, @case.Id, [], carrierSentences, leakFold: round, otherFold: round);
                sentences.AddRange(carrierSentences.Where(s => !composedSentences.Contains(s.Text)).Select(s => s with { IsCounterpart = true }));
            }
        }

        return sentences;
    }

    /// <summary>The sentences of the repo's clean texts (labels.json lists no artifact for them), all "none".</summary>
    public static List<LabelledSentence> ReadCleanTexts(string corpusRoot, string language)
    {
        var sentences = new List<LabelledSentence>();
        var folder = Path.Combine(corpusRoot, language);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "labels.json")));
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            if (document.GetProperty("artifacts").GetArrayLength() > 0)
            {
                continue;
            }

            var file = document.GetProperty("file").GetString()!;
            AddDocument(File.ReadAllText(Path.Combine(folder, file)), language, "clean:" + file, [], sentences, leakFold: "", otherFold: "repo:" + language + "/" + file);
        }

        return sentences;
    }

    private static void AddDocument(string text, string language, string id, List<(string Kind, TextSpan Span)> labels, List<LabelledSentence> into, string leakFold, string otherFold)
    {
        var syntax = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText, language);
        var semantics = DocumentSemantics.For(syntax);
        // The learned rules leave alone the genres where the first person is the author's own.
        var askable = semantics.Genre is not (DocumentGenre.OpEd or DocumentGenre.Speech or DocumentGenre.PressRelease);
        foreach (var block in syntax.Blocks)
        {
            foreach (var sentence in block.Sentences)
            {
                var overlapping = labels.Where(l => l.Span.OverlapsWith(sentence.Span)).Select(l => l.Kind).Distinct().ToList();
                string @class;
                if (overlapping.Count == 0)
                {
                    @class = "none";
                }
                else if (overlapping.Count == 1 && LeakModel.Kinds.ContainsKey(overlapping[0]))
                {
                    @class = overlapping[0];
                }
                else
                {
                    continue;
                }

                var eligible = askable && semantics.GetClauses(sentence).Any(c => c.IsNarrator);
                into.Add(new LabelledSentence(id, @class, LeakFeatures.Of(semantics, sentence), @class == "none" ? otherFold : leakFold, eligible) { Text = sentence.Text });
            }
        }
    }

    private static string? CarrierPath(string corpusRoot, string? evalRoot, string carrier)
    {
        const string RepoPrefix = "repo:";
        if (carrier.StartsWith(RepoPrefix, StringComparison.Ordinal))
        {
            return Path.Combine(corpusRoot, carrier[RepoPrefix.Length..]);
        }

        return evalRoot is null ? null : Path.Combine(evalRoot, carrier);
    }

    [GeneratedRegex(@"^[a-z]{2}-(r\d+|s\d+|b\d*)-")]
    private static partial Regex Round();
}
