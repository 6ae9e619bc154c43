namespace LeakModelTrainer;

/// <summary>A trained model's bias per class and weights per class by feature name (zero rows left out).</summary>
internal sealed record TrainedWeights(float[] Bias, Dictionary<string, float[]> Weights);
