using Analyzers.Tests;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace LeakModelTrainer;

/// <summary>
/// Fits a multinomial logistic regression (ML.NET's L-BFGS maximum entropy trainer) on sparse binary
/// feature vectors and hands back its weights by feature name, the form the shipped model reads.
/// </summary>
internal sealed class SoftmaxTrainer(IReadOnlyList<string> classes, float l1, float l2, int minimumCount)
{
    public TrainedWeights Train(IReadOnlyList<LabelledSentence> sentences)
    {
        // Features seen in fewer sentences than this are dropped: they only memorise one phrasing.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in sentences.SelectMany(s => s.Features))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        var vocabulary = counts.Where(c => c.Value >= minimumCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);

        var rows = sentences.Select(s =>
        {
            var indices = s.Features.Where(index.ContainsKey).Select(f => index[f]).Order().ToArray();
            var values = Enumerable.Repeat(1f, indices.Length).ToArray();
            return new Row { Label = Key(classIndex[s.Class]), Features = new VBuffer<float>(vocabulary.Count, indices.Length, values, indices) };
        }).ToList();

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Count);
        // Labels as text mapped to keys in sorted order ("0", "1", …): the key order is then the class order.
        var data = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(ml.Data.LoadFromEnumerable(rows, schema)).Transform(ml.Data.LoadFromEnumerable(rows, schema));
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = l1,
            L2Regularization = l2,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 400,
        });
        var missing = classes.Where(c => !sentences.Any(s => s.Class == c)).ToList();
        if (missing.Count > 0)
        {
            // The label keys would shift and the weights fall into the wrong classes.
            throw new InvalidOperationException($"no training sentence of class {string.Join(", ", missing)}: every class needs examples");
        }

        var model = trainer.Fit(data).Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var classCount);
        var bias = model.GetBiases().ToArray();

        var byFeature = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var f = 0; f < vocabulary.Count; f++)
        {
            var row = new float[classCount];
            for (var c = 0; c < classCount; c++)
            {
                row[c] = weights[c].GetItemOrDefault(f);
            }

            if (row.Any(w => w != 0f))
            {
                byFeature[vocabulary[f]] = row;
            }
        }

        return new TrainedWeights(bias, byFeature);
    }

    private static string Key(int classIndex) => classIndex.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public string Label { get; set; } = string.Empty;

        public VBuffer<float> Features { get; set; }
    }
}
