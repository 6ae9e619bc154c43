namespace Analyzers.Tests;

/// <summary>One sentence of a composed document, its features, its class and the group it is held out with.</summary>
/// <param name="Fold">The cross-validation group: a case's round for a leak ("r4", "r9", "early"), the carrier for the rest.</param>
/// <param name="Eligible">
/// Whether the learned rules can ask the model about it: one of its clauses is the narrator's ("voice is
/// narrator"; the rules' person condition is left out, so that the person analysis's mistakes still bound a
/// threshold), in a document that is not an op-ed, a speech or a press release. A clean sentence the rules never ask about
/// (a quotation, a signed column) cannot become a false positive, so it does not bound a threshold.
/// </param>
internal sealed record LabelledSentence(string CaseId, string Class, IReadOnlyList<string> Features, string Fold, bool Eligible = true)
{
    /// <summary>The sentence's text, for the trainer's report of what holds a threshold (not a feature).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>A carrier sentence as it was before a case changed it (see <see cref="SentenceCorpus.Read"/>).</summary>
    public bool IsCounterpart { get; init; }
}
