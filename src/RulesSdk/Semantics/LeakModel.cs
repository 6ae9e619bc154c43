using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// A multinomial logistic regression over <see cref="LeakFeatures"/>, trained on the dev injection sets
/// by bench/LeakModelTrainer and shipped as data (Semantics/Data/leak-model-{language}.txt: one line per
/// feature with a weight per class, a bias per class and each kind's probability threshold). Scoring a
/// sentence is a sum of the weights of its features and a softmax: a handful of dictionary lookups.
/// </summary>
public sealed class LeakModel
{
    private static readonly FrozenDictionary<string, LeakKind> KindNames = new Dictionary<string, LeakKind>(StringComparer.Ordinal)
    {
        ["none"] = LeakKind.None,
        ["opinion-paragraph"] = LeakKind.Opinion,
        ["editorial-lead-in"] = LeakKind.LeadIn,
        ["narrator-witness"] = LeakKind.Witness,
        ["first-person-speaker"] = LeakKind.Speaker,
        ["assistant-self-reference"] = LeakKind.Assistant,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<LeakModel> French = new(() => Load(DocumentLanguage.French));
    private static readonly Lazy<LeakModel> English = new(() => Load(DocumentLanguage.English));

    private readonly ImmutableArray<LeakKind> _classes;
    private readonly float[] _bias;
    private readonly float[] _thresholds;
    // Keyed by the hash of the feature's name: the scorer hashes a feature's parts as it reads them, and
    // scoring by name goes through the same table.
    private readonly FrozenDictionary<ulong, float[]> _weightsByHash;

    private const int MaximumKeptFeatures = 4096;

    // The features already counted for the sentence being scored: a feature counts once, as in training.
    [ThreadStatic]
    private static HashSet<ulong>? t_seen;

    public LeakModel(ImmutableArray<LeakKind> classes, float[] bias, float[] thresholds, IReadOnlyDictionary<string, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(weights);
        if (classes.IsDefaultOrEmpty)
        {
            throw new ArgumentException("the model needs at least one class", nameof(classes));
        }

        if (bias.Length != classes.Length || thresholds.Length != classes.Length || weights.Values.Any(w => w.Length != classes.Length))
        {
            throw new ArgumentException("every class needs one bias, one threshold and one weight per feature");
        }

        _classes = classes;
        _bias = (float[])bias.Clone();
        _thresholds = (float[])thresholds.Clone();
        var byHash = new Dictionary<ulong, float[]>();
        foreach (var (name, row) in weights)
        {
            if (!byHash.TryAdd(LeakFeatureHash.Of(name), (float[])row.Clone()))
            {
                throw new ArgumentException($"two features of the model have the same hash, among them \"{name}\"");
            }
        }

        _weightsByHash = byHash.ToFrozenDictionary();
    }

    /// <summary>
    /// The digest of the training sentences the trainer recorded (null for a model built in code): a test
    /// recomputes it to tell when the semantic model or the dev sets changed under a model not retrained.
    /// </summary>
    public string? TrainingFingerprint { get; init; }

    /// <summary>The class names in the order of the data file's columns.</summary>
    public static IReadOnlyDictionary<string, LeakKind> Kinds => KindNames;

    /// <summary>The shipped model of <paramref name="language"/> ("fr" or anything else for English).</summary>
    public static LeakModel For(string language) => language == DocumentLanguage.French ? French.Value : English.Value;

    /// <summary>Reads the data file format; throws <see cref="InvalidDataException"/> naming the line of a malformed one.</summary>
    public static LeakModel Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ImmutableArray<LeakKind> classes = [];
        float[]? bias = null;
        var thresholds = new Dictionary<LeakKind, float>();
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        string? fingerprint = null;
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "classes":
                    classes = [.. cells.Skip(1).Select(c => KindNames.TryGetValue(c, out var kind) ? kind : throw Malformed(source, number, $"unknown class \"{c}\""))];
                    break;
                case "fingerprint" when cells.Length == 2:
                    fingerprint = cells[1];
                    break;
                case "threshold" when cells.Length == 3 && KindNames.TryGetValue(cells[1], out var kind):
                    thresholds[kind] = Number(cells[2], source, number);
                    break;
                case "bias" when cells.Length == classes.Length + 1:
                    bias = [.. cells.Skip(1).Select(c => Number(c, source, number))];
                    break;
                case "f" when cells.Length == classes.Length + 2:
                    weights[cells[1]] = [.. cells.Skip(2).Select(c => Number(c, source, number))];
                    break;
                default:
                    throw Malformed(source, number, $"expected fingerprint, classes, threshold, bias or f with one value per class, not \"{cells[0]}\" with {cells.Length - 1} values");
            }
        }

        if (classes.IsDefaultOrEmpty || bias is null)
        {
            throw new InvalidDataException($"{source}: the model has no classes or no bias line");
        }

        var threshold = classes.Select(c => thresholds.TryGetValue(c, out var t) ? t : float.PositiveInfinity).ToArray();
        return new LeakModel(classes, bias, threshold, weights) { TrainingFingerprint = fingerprint };
    }

    /// <summary>The probability of each class for a sentence with these features (each counted once, as in training), in class order.</summary>
    public float[] Probabilities(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sink = new ScoringSink(_weightsByHash, (float[])_bias.Clone(), []);
        foreach (var feature in features)
        {
            sink.Add(feature);
        }

        return Softmax(sink.Scores);
    }

    private static float[] Softmax(float[] scores)
    {
        // Shifted by the largest score so no exponent overflows.
        var max = scores.Max();
        var sum = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = MathF.Exp(scores[i] - max);
            sum += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }

        return scores;
    }

    /// <summary>The most probable leak kind, when its probability reaches that kind's threshold.</summary>
    public LeakPrediction Predict(IEnumerable<string> features) => Decide(Probabilities(features));

    /// <summary>
    /// <see cref="Predict(IEnumerable{string})"/> of the sentence's <see cref="LeakFeatures"/>, scored as they are
    /// read: each feature's parts are hashed and looked up, no feature name is built.
    /// </summary>
    public LeakPrediction Predict(DocumentSemantics semantics, SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(semantics);
        ArgumentNullException.ThrowIfNull(sentence);
        var seen = t_seen ??= [];
        seen.Clear();
        var sink = new ScoringSink(_weightsByHash, (float[])_bias.Clone(), seen);
        LeakFeatures.Extract(semantics, sentence, ref sink);

        // A set grown by one pathological sentence (a page without a stop) is not kept for the thread's life.
        if (seen.Count > MaximumKeptFeatures)
        {
            t_seen = null;
        }

        return Decide(Softmax(sink.Scores));
    }

    private LeakPrediction Decide(float[] probabilities)
    {
        var best = -1;
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (_classes[i] != LeakKind.None && (best < 0 || probabilities[i] > probabilities[best]))
            {
                best = i;
            }
        }

        return best >= 0 && probabilities[best] >= _thresholds[best] ? new LeakPrediction(_classes[best], probabilities[best]) : LeakPrediction.None;
    }

    private static LeakModel Load(string language)
    {
        var name = $"leak-model-{language}.txt";
        return Parse(SemanticLexicon.ReadLines(name), "Semantics/Data/" + name);
    }

    private static float Number(string text, string source, int line) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value)
            ? value
            : throw Malformed(source, line, $"\"{text}\" is not a finite number");

    private static InvalidDataException Malformed(string source, int line, string what) => new($"{source}({line}): {what}");

    private readonly struct ScoringSink(FrozenDictionary<ulong, float[]> weights, float[] scores, HashSet<ulong> seen) : ILeakFeatureSink
    {
        public float[] Scores => scores;

        public void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second = default, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default)
        {
            var hash = LeakFeatureHash.Append(LeakFeatureHash.Append(LeakFeatureHash.Append(LeakFeatureHash.Append(LeakFeatureHash.Seed, first), second), third), fourth);
            if (seen.Add(hash) && weights.TryGetValue(hash, out var row))
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] += row[i];
                }
            }
        }
    }
}
