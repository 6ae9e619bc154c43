using System.Collections.Concurrent;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

public sealed partial class DocumentSemantics
{
    // Made on the first question: most documents of a run are never asked.
    private ConcurrentDictionary<SentenceSyntax, LeakPrediction>? _leaks;

    /// <summary>
    /// What the learned sentence model (<see cref="LeakModel"/>) says of <paramref name="sentence"/>, computed
    /// on first request and kept: rules that ask it share one scoring per sentence.
    /// </summary>
    public LeakPrediction LeakOf(SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var leaks = LazyInitializer.EnsureInitialized(ref _leaks, static () => new ConcurrentDictionary<SentenceSyntax, LeakPrediction>(ReferenceEqualityComparer.Instance));
        return leaks.GetOrAdd(sentence, static (s, semantics) => LeakModel.For(semantics.Language).Predict(semantics, s), this);
    }
}
