using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Workspaces;

namespace RulesSdk.Analyzers;

/// <summary>
/// What a run start action sees (Roslyn's <c>CompilationStartAnalysisContext</c> for prose): the
/// documents of the run, and registration of actions that live for this run only. Document actions
/// registered here run in parallel on several documents: state they share must be thread-safe.
/// </summary>
public sealed class RunStartAnalysisContext
{
    private readonly AnalyzerActions _actions;

    internal RunStartAnalysisContext(AnalyzerActions actions, ImmutableArray<TextDocument> documents, CancellationToken cancellationToken)
    {
        _actions = actions;
        Documents = documents;
        CancellationToken = cancellationToken;
    }

    /// <summary>Every document of the run, in the order the host gave them.</summary>
    public ImmutableArray<TextDocument> Documents { get; }

    public CancellationToken CancellationToken { get; }

    /// <inheritdoc cref="AnalysisContext.RegisterDocumentAction"/>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action, TextPrefilter? prefilter = null) =>
        _actions.RegisterDocumentAction(action, prefilter);

    /// <inheritdoc cref="AnalysisContext.RegisterBlockAction"/>
    public void RegisterBlockAction(Action<BlockAnalysisContext> action, ImmutableArray<BlockKind> kinds = default, TextPrefilter? prefilter = null) =>
        _actions.RegisterBlockAction(action, kinds, prefilter);

    /// <inheritdoc cref="AnalysisContext.RegisterParagraphAction"/>
    public void RegisterParagraphAction(Action<BlockAnalysisContext> action, TextPrefilter? prefilter = null) =>
        _actions.RegisterParagraphAction(action, prefilter);

    /// <inheritdoc cref="AnalysisContext.RegisterHeadingAction"/>
    public void RegisterHeadingAction(Action<BlockAnalysisContext> action, TextPrefilter? prefilter = null) =>
        _actions.RegisterHeadingAction(action, prefilter);

    /// <inheritdoc cref="AnalysisContext.RegisterSentenceAction"/>
    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action, TextPrefilter? prefilter = null) =>
        _actions.RegisterSentenceAction(action, prefilter);

    /// <inheritdoc cref="AnalysisContext.RegisterLineAction"/>
    public void RegisterLineAction(Action<LineAnalysisContext> action, TextPrefilter? prefilter = null) =>
        _actions.RegisterLineAction(action, prefilter);

    /// <summary>Runs once, after every document of this run was analysed.</summary>
    public void RegisterRunEndAction(Action<RunEndAnalysisContext> action) =>
        _actions.RegisterRunEndAction(action);
}
