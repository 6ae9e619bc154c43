using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace OpinionParagraph;

/// <summary>
/// SAMPLE001: a paragraph in which the narrator, outside quotation marks, gives a first-person
/// opinion: "En tant qu’observateur …, je trouve …", "As an analyst …, I think …", or
/// "je trouve", "à mon avis", "I find", "in my view" anywhere. Quoted first person
/// (« Je trouve … », a déclaré X) is legitimate news style and stays clean.
/// </summary>
public sealed partial class OpinionParagraphAnalyzer : DocumentAnalyzer
{
    public const string DiagnosticId = "SAMPLE001";

    /// <summary>Diagnostic property: start of the paragraph to delete (invariant integer).</summary>
    public const string ParagraphStartProperty = "ParagraphStart";

    /// <summary>Diagnostic property: end of the paragraph to delete, exclusive (invariant integer).</summary>
    public const string ParagraphEndProperty = "ParagraphEnd";

    public static DiagnosticDescriptor Rule { get; } = new(
        DiagnosticId,
        title: "Narrator gives a first-person opinion",
        messageFormat: "The narrator gives a first-person opinion ('{0}'); news copy reports opinions, it does not hold them",
        category: "persona",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Machine-paraphrased news sometimes adds a paragraph in which the writer opines in the first person. Quoted speech is not flagged.",
        helpLinkUri: "docs/csharp-api.md");

    // Every pattern below needs one of these words, so paragraphs without any are never run
    // through the regular expressions. Single words keep the filter a superset of the patterns
    // whatever spaces (U+00A0, line breaks) separate the words.
    private static readonly TextPrefilter Prefilter =
        TextPrefilter.Create(["trouve", "pense", "crois", "avis", "find", "think", "believe", "view"])!;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterParagraphAction(AnalyzeParagraph, Prefilter);

    private static void AnalyzeParagraph(BlockAnalysisContext context)
    {
        var block = context.Block;

        // A Markdown block quote is a quotation as a whole.
        if (block.Kind == BlockKind.Quote)
        {
            return;
        }

        // Prose has code, URLs and markup blanked out, with the same offsets as the source.
        var prose = block.Prose;
        foreach (var pattern in (ReadOnlySpan<Regex>)[FrenchLead(), EnglishLead(), OpinionPhrase()])
        {
            foreach (var match in pattern.EnumerateMatches(prose))
            {
                var span = new TextSpan(block.Span.Start + match.Index, match.Length);
                if (block.IsInQuote(span.Start))
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(ParagraphStartProperty, block.Span.Start.ToString(CultureInfo.InvariantCulture))
                    .Add(ParagraphEndProperty, block.Span.End.ToString(CultureInfo.InvariantCulture));
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    context.GetLocation(span),
                    properties,
                    context.Document.Text.ToString(span)));

                // One finding per paragraph: the fix deletes the whole paragraph.
                return;
            }
        }
    }

    // "En tant qu’observateur ayant une formation …, je trouve" at the start of the paragraph.
    [GeneratedRegex(@"^\s*En\s+tant\s+qu(?:e\s+|[’'])[^,.!?]{1,160},\s*je\s+(?:trouve|pense|crois)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FrenchLead();

    // "As an observer of the region, I think" at the start of the paragraph.
    [GeneratedRegex(@"^\s*As\s+an?\s+[^,.!?]{1,160},\s*I\s+(?:find|think|believe)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EnglishLead();

    // The opinion markers that give the narrator away wherever they stand.
    [GeneratedRegex(@"\b(?:je\s+trouve|à\s+mon\s+avis|I\s+find|in\s+my\s+view)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpinionPhrase();
}
