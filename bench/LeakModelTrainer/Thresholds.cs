using Analyzers.Tests;

namespace LeakModelTrainer;

/// <summary>Picks a kind's probability threshold from out-of-fold predictions.</summary>
internal static class Thresholds
{
    /// <summary>
    /// The lowest threshold at which the sentences predicted as the kind (the most probable leak kind, at
    /// or above the threshold) are still right at least <paramref name="precision"/> of the time, and above
    /// which no clean sentence lies, by <paramref name="cleanMargin"/> at least. The second condition is the one that matters in real documents: the
    /// training sentences are a third leaks, a real article has none, so a precision measured on them says
    /// little about the findings per clean document. Both count only the sentences the learned rules ask
    /// about (<see cref="LabelledSentence.Eligible"/>): a quotation or a signed column is never flagged,
    /// however the model scores it. The margin keeps the threshold off the edge of the clean sentences: set
    /// right above the highest one, it moved by 0.02 between two trainings on the same sentences whose voice
    /// features had changed, and a real official statement ("…, as its tanker fleet is quite small.") fell in
    /// between. With <paramref name="cleanRate"/> above zero, that share of the distinct clean sentences (rounded down) may lie
    /// above the threshold: on thousands of clean sentences, the single highest is an outlier (a hard negative
    /// written to look like a leak) that would otherwise decide the threshold alone.
    /// </summary>
    /// <summary>How many of <paramref name="cleanCount"/> clean sentences may lie above a threshold at <paramref name="cleanRate"/>.</summary>
    public static int AllowedAbove(int cleanCount, float cleanRate) => (int)Math.Floor(cleanCount * (double)cleanRate);

    public static (float Threshold, int TruePositives, int FalsePositives, int Total) ForPrecision(
        IReadOnlyList<LabelledSentence> sentences, float[][] probabilities, int kind, IReadOnlyList<string> classes, float precision, float cleanMargin, float cleanRate)
    {
        var predicted = new List<(float P, bool Right)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var p = probabilities[i];
            var best = 1;
            for (var c = 2; c < p.Length; c++)
            {
                if (p[c] > p[best])
                {
                    best = c;
                }
            }

            if (best == kind && sentences[i].Eligible)
            {
                predicted.Add((p[kind], sentences[i].Class == classes[kind]));
            }
        }

        predicted.Sort((a, b) => b.P.CompareTo(a.P));
        // One score per distinct clean sentence (its highest): a carrier sentence that many cases changed recurs as a
        // counterpart in each of them, and its copies would otherwise fill the allowance alone.
        var clean = Enumerable.Range(0, sentences.Count)
            .Where(i => sentences[i].Class == "none" && sentences[i].Eligible)
            .GroupBy(i => sentences[i].Text, StringComparer.Ordinal)
            .Select(g => g.Max(i => probabilities[i][kind]))
            .ToList();
        clean.Sort((a, b) => b.CompareTo(a));
        var allowed = AllowedAbove(clean.Count, cleanRate);
        var highestClean = clean.Count > allowed ? clean[allowed] : 0f;

        var total = sentences.Count(s => s.Class == classes[kind]);
        var (threshold, bestTp, bestFp) = (float.PositiveInfinity, 0, 0);
        var (tp, fp) = (0, 0);
        foreach (var (p, right) in predicted)
        {
            if (right)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            // Never below one half: a sentence the model thinks more likely clean than leaked is not flagged.
            if (p >= 0.5f && tp >= 3 && (double)tp / (tp + fp) >= precision && p > highestClean + cleanMargin)
            {
                (threshold, bestTp, bestFp) = (p, tp, fp);
            }
        }

        return (threshold, bestTp, bestFp, total);
    }
}
