using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RulesSdk.Semantics;

namespace LeakModelTrainer;

/// <summary>Writes the shipped model format that <see cref="LeakModel.Parse"/> reads.</summary>
internal static class ModelFile
{
    public static LeakModel ToModel(IReadOnlyList<string> classes, TrainedWeights weights, IReadOnlyDictionary<string, float>? thresholds) =>
        new(
            [.. classes.Select(c => LeakModel.Kinds[c])],
            weights.Bias,
            [.. classes.Select(c => thresholds is not null && thresholds.TryGetValue(c, out var t) ? t : float.PositiveInfinity)],
            weights.Weights);

    public static string Write(string language, IReadOnlyList<string> classes, TrainedWeights weights, IReadOnlyDictionary<string, float> thresholds, int sentences, string fingerprint)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# The learned sentence model of the {language} packs (RulesSdk.Semantics.LeakModel): written by");
        text.AppendLine(CultureInfo.InvariantCulture, $"# bench/LeakModelTrainer from tests/corpus/dev/dev-{language}.json and the clean repo texts ({sentences} sentences).");
        text.AppendLine("# Do not edit by hand: retrain (docs/quality.md, \"The learned sentence model\").");
        text.AppendLine("fingerprint\t" + fingerprint);
        text.AppendLine("classes\t" + string.Join('\t', classes));
        foreach (var (kind, threshold) in thresholds.Where(t => float.IsFinite(t.Value)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"threshold\t{kind}\t{threshold:0.0000}");
        }

        text.AppendLine("bias\t" + string.Join('\t', weights.Bias.Select(Format)));
        foreach (var (feature, row) in weights.Weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            text.AppendLine("f\t" + feature + "\t" + string.Join('\t', row.Select(Format)));
        }

        return text.ToString();
    }

    private static string Format(float value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
