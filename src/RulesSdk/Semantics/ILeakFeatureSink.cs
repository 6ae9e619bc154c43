namespace RulesSdk.Semantics;

/// <summary>
/// Receives the features <see cref="LeakFeatures"/> reads from a sentence, each as up to four parts whose
/// concatenation is the feature's name ("w:" + "regrettable"). One extraction serves the trainer, which wants
/// names, and the run-time scorer, which hashes the parts without building a string.
/// </summary>
internal interface ILeakFeatureSink
{
    void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second = default, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default);
}
