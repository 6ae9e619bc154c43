using RulesSdk.Configuration;

namespace RulesSdk.Analyzers;

public sealed record AnalyzerDriverOptions
{
    public static AnalyzerDriverOptions Default { get; } = new();

    /// <summary>Rule severities per document; <see cref="DocRulesConfiguration.Empty"/> uses each rule's defaults.</summary>
    public DocRulesConfiguration Configuration { get; init; } = DocRulesConfiguration.Empty;

    /// <summary>Documents analysed at once; defaults to the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Honour inline <c>docrules-disable</c> comments.</summary>
    public bool ApplyInlineSuppressions { get; init; } = true;

    /// <summary>
    /// Reuses what block, sentence and line actions reported on blocks whose text did not change
    /// since an earlier analysis (see <see cref="BlockResultCache"/>); null, the default, runs every action.
    /// </summary>
    public BlockResultCache? BlockCache { get; init; }

    /// <summary>
    /// Drops each document's syntax (<see cref="Workspaces.TextDocument.ReleaseSyntax"/>) once it is
    /// analysed, so a batch over many documents holds only their text: for hosts that report and
    /// exit. A later <c>GetSyntax</c> builds it again. Off by default (editors and fixers reuse it).
    /// </summary>
    public bool ReleaseSyntaxAfterAnalysis { get; init; }

    /// <summary>
    /// The time each analyzer may spend on one document of up to 100,000 characters, and per
    /// 100,000 characters of a longer one (<see cref="RuleBudget.CharactersPerBudget"/>); past it the
    /// analyzer stops for that document and DR0002 names its rules at the position it had reached.
    /// Checked between blocks, lines and regex matches (a single match is bounded by the regex's own
    /// timeout). Null, the default, sets no budget.
    /// </summary>
    public TimeSpan? RuleTimeout { get; init; }
}
