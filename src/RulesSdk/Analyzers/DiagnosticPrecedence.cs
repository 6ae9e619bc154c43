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

        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (!YieldsToAnything(diagnostic) || !diagnostics.Exists(other => Outranks(other, diagnostic) && !(Outranks(diagnostic, other) && Precedes(diagnostic, other))))
            {
                kept.Add(diagnostic);
            }
        }

        return kept;
    }

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
