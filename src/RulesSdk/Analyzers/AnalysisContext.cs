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

    /// <summary>Runs once per sentence of every block.</summary>
    public abstract void RegisterSentenceAction(Action<SentenceAnalysisContext> action, TextPrefilter? prefilter = null);

    /// <summary>Runs once per non-blank line of the document.</summary>
    public abstract void RegisterLineAction(Action<LineAnalysisContext> action, TextPrefilter? prefilter = null);

    /// <summary>Runs once per paragraph, list item or block quote (not headings).</summary>
    public void RegisterParagraphAction(Action<BlockAnalysisContext> action, TextPrefilter? prefilter = null) =>
        RegisterBlockAction(action, ParagraphKinds, prefilter);

    /// <summary>Runs once per heading.</summary>
    public void RegisterHeadingAction(Action<BlockAnalysisContext> action, TextPrefilter? prefilter = null) =>
        RegisterBlockAction(action, [BlockKind.Heading], prefilter);
}
