namespace RulesSdk.Semantics;

/// <summary>
/// What the learned sentence model says of one sentence: the most probable leak kind and its probability.
/// <see cref="Kind"/> is <see cref="LeakKind.None"/> unless that probability reaches the kind's threshold,
/// which the trainer chose for precision on held-apart dev folds.
/// </summary>
public readonly record struct LeakPrediction(LeakKind Kind, float Probability)
{
    public static LeakPrediction None { get; } = new(LeakKind.None, 0f);
}
