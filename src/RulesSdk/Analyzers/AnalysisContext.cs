using System.Collections.Immutable;
using RulesSdk.Syntax;

namespace RulesSdk.Analyzers;

/// <summary>What an analyzer registers its actions with, once, in <see cref="DocumentAnalyzer.Initialize"/>.</summary>
public abstract class AnalysisContext
{
    private static readonly ImmutableArray<BlockKind> ParagraphKinds = [BlockKind.Paragraph, BlockKind.ListItem, BlockKind.Quote];

    /// <summary>Runs once per document.</summary>
    public abstract void RegisterDocumentAction(Action<DocumentAnalysisContext> action, TextPrefilter? prefilter = null);

    /// <summary>Runs once per block of the given kinds (all kinds when empty).</summary>
    public abstract void RegisterBlockAction(Action<BlockAnalysisContext> action, ImmutableArray<BlockKind> kinds = default, TextPrefilter? prefilter = null);

    /// <summary>
    /// Runs once per sentence of every block; with a <paramref name="prefilter"/>, only on the sentences in
    /// which one of its literals starts.
    /// </summary>
    public abstract void RegisterSentenceAction(Action<SentenceAnalysisContext> action, TextPrefilter? prefilter = null);

    /// <summary>Runs once per non-blank line of the document.</summary>
    public abstract void RegisterLineAction(Action<LineAnalysisContext> action, TextPrefilter? prefilter = null);

    /// <summary>
    /// Runs once at the start of every run (the set of documents a host analyses together, as
    /// Roslyn's compilation start action): register per-run document actions and an end action
    /// there, with state that lives for that run only.
    /// </summary>
    public abstract void RegisterRunStartAction(Action<RunStartAnalysisContext> action);

    /// <summary>
    /// Runs once after every document of a run was analysed; it sees all of them and may report on
    /// any (a spelling used in one file and not in another, a term never defined in the folder).
    /// </summary>
    public abstract void RegisterRunEndAction(Action<RunEndAnalysisContext> action);

    /// <summary>Runs once per paragraph, list item or block quote (not headings).</summary>
    public void RegisterParagraphAction(Action<BlockAnalysisContext> action, TextPrefilter? prefilter = null) =>
        RegisterBlockAction(action, ParagraphKinds, prefilter);

    /// <summary>Runs once per heading.</summary>
    public void RegisterHeadingAction(Action<BlockAnalysisContext> action, TextPrefilter? prefilter = null) =>
        RegisterBlockAction(action, [BlockKind.Heading], prefilter);
}
