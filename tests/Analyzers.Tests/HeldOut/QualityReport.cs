using System.Globalization;
using System.Text;

namespace Analyzers.Tests;

/// <summary>The scores of one pack over one language of an injection set, and the markdown table that shows them.</summary>
internal sealed class QualityReport(string title)
{
    public SortedDictionary<string, KindScore> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Cases that did not compose (missing anchor, missing label, missing carrier file), with their ids.</summary>
    public List<string> CompositionErrors { get; } = [];

    /// <summary>Per-case lines on what was missed, flagged wrongly or repaired differently.</summary>
    public List<string> Details { get; } = [];

    public int CleanDocuments { get; set; }

    public int CleanFindings { get; set; }

    public int CleanDocumentsChangedByFix { get; set; }

    /// <summary>Findings on the real errors of carriers (carrier-slips.json): neither true nor false positives.</summary>
    public int CarrierSlipsFound { get; set; }

    public KindScore Overall
    {
        get
        {
            var total = new KindScore();
            foreach (var score in Kinds.Values)
            {
                total.Add(score);
            }

            return total;
        }
    }

    public double FalsePositivesPerCleanDocument => CleanDocuments == 0 ? 0 : (double)CleanFindings / CleanDocuments;

    public KindScore For(string kind) => Kinds.TryGetValue(kind, out var score) ? score : Kinds[kind] = new KindScore();

    public string ToMarkdown()
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"### {title}\n\n");
        table.Append("| kind | labels | TP | FP | FN | recall | precision | exact repair | accepted repair |\n");
        table.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var (kind, score) in Kinds)
        {
            Row(table, kind, score, bold: false);
        }

        Row(table, "overall", Overall, bold: true);
        table.Append(CultureInfo.InvariantCulture,
            $"\nClean documents: {CleanDocuments}, findings on them: {CleanFindings} " +
            $"(**{Format(FalsePositivesPerCleanDocument)}** per document), changed by fix-all: {CleanDocumentsChangedByFix}; " +
            $"real errors of the carriers found (carrier-slips.json, not scored): {CarrierSlipsFound}.\n");
        return table.ToString();
    }

    private static void Row(StringBuilder table, string kind, KindScore s, bool bold)
    {
        var b = bold ? "**" : "";
        var repair = s.DamagedDocuments == 0 ? "-" : $"{Format(s.ExactRepair)} ({s.RepairedExactly}/{s.DamagedDocuments})";
        var accepted = s.DamagedDocuments == 0 ? "-" : $"{Format(s.AcceptedRepair)} ({s.RepairedAcceptably}/{s.DamagedDocuments})";
        table.Append(CultureInfo.InvariantCulture,
            $"| {b}{kind}{b} | {s.Labels} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {b}{Format(s.Recall)}{b} | {b}{Format(s.Precision)}{b} | {b}{repair}{b} | {b}{accepted}{b} |\n");
    }

    public static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
