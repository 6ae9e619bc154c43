using System.Collections.Concurrent;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

public sealed partial class DocumentSemantics
{
    private readonly ConcurrentDictionary<SentenceSyntax, LeakPrediction> _leaks = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// What the learned sentence model (<see cref="LeakModel"/>) says of <paramref name="sentence"/>, computed
    /// on first request and kept: rules that ask it share one scoring per sentence.
    /// </summary>
    public LeakPrediction LeakOf(SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return _leaks.GetOrAdd(sentence, static (s, semantics) => LeakModel.For(semantics.Language).Predict(semantics, s), this);
    }
}
