using RulesSdk.Diagnostics;

namespace RulesSdk.Analyzers;

/// <summary>
/// Applies <see cref="WellKnownDiagnosticTags.YieldsToPrefix"/> tags to one document's findings: a
/// finding whose rule yields to another rule is dropped when a finding of that rule (named by id or
/// category, ignoring case) overlaps its span. One artifact then gets one finding, of the specific
/// kind, and fix-all applies the specific repair rather than the general one. Findings whose rules yield
/// to each other, directly (two lead-in rules that both yield to their own category) or round a longer
/// cycle (A yields to B, B to C, C to A), would drop each other and leave the artifact unreported: within
/// such a cycle a finding yields only to one that comes before it in a fixed order (earlier start, then
/// longer, then lower id), so the first of them is always kept. Round an odd cycle that can keep more than
/// one finding on the same text (A before B, A yielding to B): no choice satisfies every rule there.
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

        var winners = FindWinners(diagnostics);
        if (Array.TrueForAll(winners, w => w is null))
        {
            return diagnostics;
        }

        // The findings that outrank one another round a cycle form one strongly connected component of the
        // "yields to" graph; inside it, the fixed order decides, which makes the relation acyclic.
        var component = StronglyConnectedComponents(winners);
        var kept = new List<Diagnostic>(diagnostics.Count);
        for (var loser = 0; loser < diagnostics.Count; loser++)
        {
            var beaten = winners[loser]?.Exists(winner =>
                component[winner] != component[loser] || !Precedes(diagnostics[loser], diagnostics[winner])) ?? false;
            if (!beaten)
            {
                kept.Add(diagnostics[loser]);
            }
        }

        return kept;
    }

    // Spans longer than this are compared with every yielding finding rather than widening the window.
    internal const int LongSpan = 4096;

    // For each yielding finding, the findings that outrank it (null when none). A finding can only be
    // outranked by one that overlaps it. The findings are sorted by start, and each yielding one looks only at
    // those that start within the longest span before it: linear in practice, where comparing every pair was
    // quadratic in a document with thousands of findings. The few very long findings (a paragraph or document
    // rule over a huge text) are compared with every yielding one instead, so that one of them does not widen
    // the window for all.
    private static List<int>?[] FindWinners(List<Diagnostic> diagnostics)
    {
        var sorted = Enumerable.Range(0, diagnostics.Count)
            .Where(i => diagnostics[i].Location.SourceSpan.Length <= LongSpan)
            .OrderBy(i => diagnostics[i].Location.SourceSpan.Start)
            .ToArray();
        var starts = Array.ConvertAll(sorted, i => diagnostics[i].Location.SourceSpan.Start);
        var longest = sorted.Length == 0 ? 0 : sorted.Max(i => diagnostics[i].Location.SourceSpan.Length);
        var veryLong = Enumerable.Range(0, diagnostics.Count).Where(i => diagnostics[i].Location.SourceSpan.Length > LongSpan).ToArray();

        var winners = new List<int>?[diagnostics.Count];
        for (var loser = 0; loser < diagnostics.Count; loser++)
        {
            if (!YieldsToAnything(diagnostics[loser]))
            {
                continue;
            }

            var span = diagnostics[loser].Location.SourceSpan;
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
                AddIfOutranks(diagnostics, sorted[i], loser, winners);
            }

            foreach (var other in veryLong)
            {
                AddIfOutranks(diagnostics, other, loser, winners);
            }
        }

        return winners;
    }

    private static void AddIfOutranks(List<Diagnostic> diagnostics, int winner, int loser, List<int>?[] winners)
    {
        if (Outranks(diagnostics[winner], diagnostics[loser]))
        {
            (winners[loser] ??= []).Add(winner);
        }
    }

    // Tarjan's algorithm over the edges loser → winner, iterative so that a long chain of findings cannot
    // overflow the stack. Returns each finding's component number.
    private static int[] StronglyConnectedComponents(List<int>?[] successors)
    {
        var count = successors.Length;
        var index = new int[count];
        Array.Fill(index, -1);
        var low = new int[count];
        var component = new int[count];
        var onStack = new bool[count];
        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Next)>();
        var visited = 0;
        var components = 0;
        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                if (next == 0)
                {
                    index[node] = low[node] = visited++;
                    stack.Push(node);
                    onStack[node] = true;
                }

                var edges = successors[node];
                var descended = false;
                while (edges is not null && next < edges.Count)
                {
                    var successor = edges[next++];
                    if (index[successor] < 0)
                    {
                        work.Push((node, next));
                        work.Push((successor, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[successor])
                    {
                        low[node] = Math.Min(low[node], index[successor]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (low[node] == index[node])
                {
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component[member] = components;
                    }
                    while (member != node);
                    components++;
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }

        return component;
    }

    // The order that decides between findings that outrank each other round a cycle: earlier, then longer, then lower id.
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
