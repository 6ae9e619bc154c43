using System.Collections.Concurrent;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

public sealed partial class DocumentSemantics
{
    // Made on the first question: most documents of a run are never asked.
    private ConcurrentDictionary<SentenceSyntax, LeakPrediction>? _leaks;

    /// <summary>The sentence of <paramref name="block"/> that holds <paramref name="position"/>, found by binary search; null in a gap between sentences.</summary>
    internal static SentenceSyntax? SentenceAt(BlockSyntax block, int position)
    {
        var sentences = block.Sentences;
        var i = FirstSentenceTouching(sentences, new TextSpan(position, 0));

        // A sentence that ends at the position does not hold it (ends are exclusive); the next one may start there.
        if (i < sentences.Length && sentences[i].Span.End == position && !sentences[i].Span.IsEmpty)
        {
            i++;
        }

        return i < sentences.Length && sentences[i].Span.Start <= position ? sentences[i] : null;
    }

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
