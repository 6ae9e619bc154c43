using System.Collections.Immutable;
using RulesSdk.Syntax;

namespace RulesSdk.Analyzers;

/// <summary>The actions one analyzer registered, collected by the driver.</summary>
internal sealed class AnalyzerActions : AnalysisContext
{
    public List<(Action<DocumentAnalysisContext> Action, TextPrefilter? Prefilter)> DocumentActions { get; } = [];

    public List<(Action<BlockAnalysisContext> Action, ImmutableArray<BlockKind> Kinds, TextPrefilter? Prefilter)> BlockActions { get; } = [];

    public List<(Action<SentenceAnalysisContext> Action, TextPrefilter? Prefilter)> SentenceActions { get; } = [];

    public List<(Action<LineAnalysisContext> Action, TextPrefilter? Prefilter)> LineActions { get; } = [];

    public List<Action<RunStartAnalysisContext>> RunStartActions { get; } = [];

    public List<Action<RunEndAnalysisContext>> RunEndActions { get; } = [];

    public bool HasRunActions => RunStartActions.Count > 0 || RunEndActions.Count > 0;

    public bool NeedsSyntax => BlockActions.Count > 0 || SentenceActions.Count > 0 || LineActions.Count > 0;

    public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action, TextPrefilter? prefilter = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        DocumentActions.Add((action, prefilter));
    }

    public override void RegisterBlockAction(Action<BlockAnalysisContext> action, ImmutableArray<BlockKind> kinds = default, TextPrefilter? prefilter = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        BlockActions.Add((action, kinds.IsDefault ? [] : kinds, prefilter));
    }

    public override void RegisterSentenceAction(Action<SentenceAnalysisContext> action, TextPrefilter? prefilter = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        SentenceActions.Add((action, prefilter));
    }

    public override void RegisterRunStartAction(Action<RunStartAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        RunStartActions.Add(action);
    }

    public override void RegisterRunEndAction(Action<RunEndAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        RunEndActions.Add(action);
    }

    /// <summary>The per-document actions of this analyzer, copied, for one run to add its own to.</summary>
    public AnalyzerActions CopyDocumentActions()
    {
        var copy = new AnalyzerActions();
        copy.DocumentActions.AddRange(DocumentActions);
        copy.BlockActions.AddRange(BlockActions);
        copy.SentenceActions.AddRange(SentenceActions);
        copy.LineActions.AddRange(LineActions);
        copy.RunEndActions.AddRange(RunEndActions);
        return copy;
    }

    public override void RegisterLineAction(Action<LineAnalysisContext> action, TextPrefilter? prefilter = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        LineActions.Add((action, prefilter));
    }
}
