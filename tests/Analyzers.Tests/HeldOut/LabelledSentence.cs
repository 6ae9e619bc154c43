namespace Analyzers.Tests;

/// <summary>One sentence of a composed document, its features, its class and the group it is held out with.</summary>
/// <param name="Fold">The cross-validation group: a case's round for a leak ("r4", "r9", "early"), the carrier for the rest.</param>
internal sealed record LabelledSentence(string CaseId, string Class, IReadOnlyList<string> Features, string Fold);
