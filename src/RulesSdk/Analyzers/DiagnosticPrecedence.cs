using RulesSdk.Diagnostics;

namespace RulesSdk.Analyzers;

/// <summary>
/// Applies <see cref="WellKnownDiagnosticTags.YieldsToPrefix"/> tags to one document's findings: a
/// finding whose rule yields to another rule is dropped when a finding of that rule (named by id or
/// category, ignoring case) overlaps its span. One artifact then gets one finding, of the specific
/// kind, and fix-all applies the specific repair rather than the general one. Two findings whose rules
/// yield to each other (two lead-in rules that both yield to their own category) would drop each other
/// and leave the artifact unreported: of such a pair the one that starts first (then the longer, then
/// the lower id) is kept.
/// </summary>
public static class DiagnosticPrecedence
{
    /// <summary>The findings that survive; the list itself when no rule yields.</summary>
    public static List<Diagnostic> Apply(List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!diagnostics.Exists(YieldsToAnything))
        {
            return diagnostics;
        }

        // A finding can only be outranked by one that overlaps it. The findings are sorted by start, and each
        // yielding one looks only at those that start within the longest span before it: linear in practice,
        // where comparing every pair was quadratic in a document with thousands of findings. The few very long
        // findings (a paragraph or document rule over a huge text) are compared with every yielding one instead,
        // so that one of them does not widen the window for all.
        var sorted = diagnostics.Where(d => d.Location.SourceSpan.Length <= LongSpan).OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        var starts = Array.ConvertAll(sorted, d => d.Location.SourceSpan.Start);
        var longest = sorted.Length == 0 ? 0 : sorted.Max(d => d.Location.SourceSpan.Length);
        var veryLong = diagnostics.Where(d => d.Location.SourceSpan.Length > LongSpan).ToArray();

        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (!YieldsToAnything(diagnostic) || !IsOutranked(diagnostic, sorted, starts, longest, veryLong))
            {
                kept.Add(diagnostic);
            }
        }

        return kept;
    }

    // Spans longer than this are compared with every yielding finding rather than widening the window.
    internal const int LongSpan = 4096;

    private static bool IsOutranked(Diagnostic loser, Diagnostic[] sorted, int[] starts, int longest, Diagnostic[] veryLong)
    {
        var span = loser.Location.SourceSpan;
        var first = Array.BinarySearch(starts, span.Start - longest);
        if (first < 0)
        {
            first = ~first;
        }

        // Back to the first of equal starts: BinarySearch finds any of them.
        while (first > 0 && starts[first - 1] == span.Start - longest)
        {
            first--;
        }

        for (var i = first; i < sorted.Length && starts[i] <= span.End; i++)
        {
            if (Beats(sorted[i], loser))
            {
                return true;
            }
        }

        foreach (var other in veryLong)
        {
            if (Beats(other, loser))
            {
                return true;
            }
        }

        return false;
    }

    // Whether `winner` removes `loser`: it outranks it, and they are not a pair that outrank each other where
    // the loser comes first.
    private static bool Beats(Diagnostic winner, Diagnostic loser) =>
        Outranks(winner, loser) && !(Outranks(loser, winner) && Precedes(loser, winner));

    // The tie-break of two findings that outrank each other: a fixed order, so exactly one survives.
    private static bool Precedes(Diagnostic a, Diagnostic b)
    {
        var x = a.Location.SourceSpan;
        var y = b.Location.SourceSpan;
        return x.Start != y.Start ? x.Start < y.Start
            : x.Length != y.Length ? x.Length > y.Length
            : string.CompareOrdinal(a.Id, b.Id) < 0;
    }

    private static bool YieldsToAnything(Diagnostic diagnostic) =>
        diagnostic.Descriptor.CustomTags.Any(t => t.StartsWith(WellKnownDiagnosticTags.YieldsToPrefix, StringComparison.Ordinal));

    // Whether `winner` is a finding of a rule `loser` yields to, at an overlapping place. Findings of
    // the same rule never outrank each other; an empty span counts where it touches the other span.
    private static bool Outranks(Diagnostic winner, Diagnostic loser)
    {
        if (string.Equals(winner.Id, loser.Id, StringComparison.OrdinalIgnoreCase) ||
            !string.Equals(winner.Location.Path, loser.Location.Path, StringComparison.Ordinal))
        {
            return false;
        }

        var a = winner.Location.SourceSpan;
        var b = loser.Location.SourceSpan;
        var overlaps = a.IsEmpty || b.IsEmpty ? a.IntersectsWith(b) : a.OverlapsWith(b);
        if (!overlaps)
        {
            return false;
        }

        foreach (var tag in loser.Descriptor.CustomTags)
        {
            if (tag.StartsWith(WellKnownDiagnosticTags.YieldsToPrefix, StringComparison.Ordinal))
            {
                var name = tag[WellKnownDiagnosticTags.YieldsToPrefix.Length..];
                if (string.Equals(name, winner.Id, StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(name, winner.Descriptor.Category, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
