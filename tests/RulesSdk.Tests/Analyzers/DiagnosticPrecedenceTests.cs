using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.Tests.Analyzers;

/// <summary>The <c>yields-to:</c> tag: a general rule gives way to a specific one on the same text.</summary>
public sealed class DiagnosticPrecedenceTests
{
    private static readonly DiagnosticDescriptor General = new("GN0001", "General", "general", "opinion", DiagnosticSeverity.Warning, true, customTags: ["persona", WellKnownDiagnosticTags.YieldsToPrefix + "witness", WellKnownDiagnosticTags.YieldsToPrefix + "SP0001"]);
    private static readonly DiagnosticDescriptor Witness = new("WT0001", "Witness", "witness", "witness", DiagnosticSeverity.Warning, true);
    private static readonly DiagnosticDescriptor Speaker = new("SP0001", "Speaker", "speaker", "attribution", DiagnosticSeverity.Warning, true);
    private static readonly DiagnosticDescriptor Other = new("OT0001", "Other", "other", "other", DiagnosticSeverity.Warning, true);

    private static Diagnostic At(DiagnosticDescriptor descriptor, int start, int length, string path = "a.txt") =>
        Diagnostic.Create(descriptor, new Location(path, new TextSpan(start, length), default));

    [Fact]
    public void A_rule_yields_to_an_overlapping_finding_of_a_named_category()
    {
        var kept = DiagnosticPrecedence.Apply([At(General, 0, 50), At(Witness, 10, 20)]);
        Assert.Equal(["WT0001"], kept.Select(d => d.Id));
    }

    [Fact]
    public void A_rule_yields_to_an_overlapping_finding_of_a_named_id()
    {
        var kept = DiagnosticPrecedence.Apply([At(General, 0, 50), At(Speaker, 49, 5)]);
        Assert.Equal(["SP0001"], kept.Select(d => d.Id));
    }

    [Theory]
    [InlineData(60, 10)]   // elsewhere in the document
    [InlineData(50, 10)]   // touching, not overlapping
    public void A_rule_keeps_its_finding_when_the_specific_one_is_elsewhere(int start, int length)
    {
        var kept = DiagnosticPrecedence.Apply([At(General, 0, 50), At(Witness, start, length)]);
        Assert.Equal(["GN0001", "WT0001"], kept.Select(d => d.Id));
    }

    [Fact]
    public void Unnamed_rules_other_documents_and_the_same_rule_take_no_precedence()
    {
        var kept = DiagnosticPrecedence.Apply([At(General, 0, 50), At(Other, 0, 50), At(Witness, 0, 50, "b.txt"), At(General, 10, 5)]);
        Assert.Equal(4, kept.Count);
    }

    [Theory]
    [InlineData(0, 40, 0, 30, "LA0001")]   // the same start: the longer is kept
    [InlineData(5, 20, 0, 30, "LB0001")]   // the earlier start is kept
    [InlineData(0, 30, 0, 30, "LA0001")]   // the same span: the lower id is kept
    public void Of_two_findings_that_yield_to_each_other_exactly_one_is_kept(int aStart, int aLength, int bStart, int bLength, string expected)
    {
        var a = new DiagnosticDescriptor("LA0001", "A", "a", "lead-in", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "lead-in"]);
        var b = new DiagnosticDescriptor("LB0001", "B", "b", "lead-in", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "lead-in"]);

        var kept = DiagnosticPrecedence.Apply([At(a, aStart, aLength), At(b, bStart, bLength)]);

        Assert.Equal([expected], kept.Select(d => d.Id));
    }

    [Fact]
    public void A_finding_that_yields_to_a_pair_of_mutual_findings_still_yields()
    {
        var a = new DiagnosticDescriptor("LA0001", "A", "a", "lead-in", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "lead-in"]);
        var b = new DiagnosticDescriptor("LB0001", "B", "b", "lead-in", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "lead-in"]);
        var general = new DiagnosticDescriptor("GN0002", "G", "g", "opinion", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "lead-in"]);

        var kept = DiagnosticPrecedence.Apply([At(general, 0, 50), At(a, 0, 30), At(b, 0, 20)]);

        Assert.Equal(["LA0001"], kept.Select(d => d.Id));
    }

    [Fact]
    public void The_windowed_search_keeps_what_the_pairwise_definition_keeps()
    {
        // Random findings of rules that yield to ids, to categories and to each other, with empty, short and very
        // long spans (beyond the window's bound) and two documents: the result must equal the pairwise definition.
        DiagnosticDescriptor[] rules =
        [
            General, Witness, Speaker, Other,
            new("LA0001", "A", "a", "lead-in", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "lead-in"]),
            new("LB0001", "B", "b", "lead-in", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "lead-in", WellKnownDiagnosticTags.YieldsToPrefix + "witness"]),
            new("DC0001", "D", "d", "witness", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "LA0001"]),
            // A cycle of three rules through a category: CA → CB → speaker (attribution) → ... and CC → CA.
            new("CA0001", "CA", "ca", "ring", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CB0001"]),
            new("CB0001", "CB", "cb", "ring", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CC0001"]),
            new("CC0001", "CC", "cc", "ring", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CA0001", WellKnownDiagnosticTags.YieldsToPrefix + "attribution"]),
        ];
        var random = new Random(12);
        for (var round = 0; round < 300; round++)
        {
            var text = random.Next(50, 3 * DiagnosticPrecedence.LongSpan);
            List<Diagnostic> diagnostics = [.. Enumerable.Range(0, random.Next(1, 40)).Select(_ =>
            {
                var start = random.Next(0, text);
                var length = random.Next(4) switch { 0 => 0, 1 => random.Next(1, 20), 2 => random.Next(1, 400), _ => random.Next(1, text - start + 1) };
                return At(rules[random.Next(rules.Length)], start, Math.Min(length, text - start), random.Next(5) == 0 ? "b.txt" : "a.txt");
            })];

            Assert.Equal(Pairwise(diagnostics), DiagnosticPrecedence.Apply(diagnostics));
        }
    }

    // The definition: a yielding finding is dropped when another finding of a rule it yields to overlaps it,
    // unless the two outrank each other, directly or round a cycle, and it comes first (start, then length,
    // then id). Cycles are found by the transitive closure of "outranks".
    private static List<Diagnostic> Pairwise(List<Diagnostic> diagnostics)
    {
        bool Outranks(Diagnostic winner, Diagnostic loser)
        {
            var (a, b) = (winner.Location.SourceSpan, loser.Location.SourceSpan);
            var overlaps = a.IsEmpty || b.IsEmpty ? a.IntersectsWith(b) : a.OverlapsWith(b);
            return winner.Id != loser.Id && winner.Location.Path == loser.Location.Path && overlaps
                && loser.Descriptor.CustomTags.Any(t => t.StartsWith(WellKnownDiagnosticTags.YieldsToPrefix, StringComparison.Ordinal)
                    && (string.Equals(t[WellKnownDiagnosticTags.YieldsToPrefix.Length..], winner.Id, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(t[WellKnownDiagnosticTags.YieldsToPrefix.Length..], winner.Descriptor.Category, StringComparison.OrdinalIgnoreCase)));
        }

        bool First(Diagnostic a, Diagnostic b) =>
            a.Location.SourceSpan.Start != b.Location.SourceSpan.Start ? a.Location.SourceSpan.Start < b.Location.SourceSpan.Start
            : a.Location.SourceSpan.Length != b.Location.SourceSpan.Length ? a.Location.SourceSpan.Length > b.Location.SourceSpan.Length
            : string.CompareOrdinal(a.Id, b.Id) < 0;

        var n = diagnostics.Count;
        var reaches = new bool[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                reaches[i, j] = Outranks(diagnostics[i], diagnostics[j]);
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    reaches[i, j] |= reaches[i, k] && reaches[k, j];
                }
            }
        }

        return [.. Enumerable.Range(0, n).Where(l => !Enumerable.Range(0, n).Any(w =>
            Outranks(diagnostics[w], diagnostics[l]) && !(reaches[l, w] && First(diagnostics[l], diagnostics[w]))))
            .Select(i => diagnostics[i])];
    }

    [Theory]
    [InlineData(0, 10, 20, "CA0001 CB0001")]   // c yields to a, which comes before it; a and b stay (b comes after a)
    [InlineData(20, 10, 0, "CC0001")]          // a yields to b, b to c, each before the other
    [InlineData(20, 0, 10, "CB0001 CC0001")]   // a yields to b, which comes before it
    public void Within_a_cycle_of_three_rules_a_finding_yields_only_to_one_before_it(int aStart, int bStart, int cStart, string expected)
    {
        // A yields to B, B to C, C to A: each finding is outranked by another, and all three used to be dropped.
        var a = new DiagnosticDescriptor("CA0001", "A", "a", "a", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CB0001"]);
        var b = new DiagnosticDescriptor("CB0001", "B", "b", "b", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CC0001"]);
        var c = new DiagnosticDescriptor("CC0001", "C", "c", "c", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CA0001"]);

        var kept = DiagnosticPrecedence.Apply([At(a, aStart, 40), At(b, bStart, 40), At(c, cStart, 40)]);

        Assert.Equal(expected, string.Join(' ', kept.Select(d => d.Id)));
    }

    [Fact]
    public void A_finding_outside_a_cycle_still_yields_to_each_finding_of_it()
    {
        var a = new DiagnosticDescriptor("CA0001", "A", "a", "a", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CB0001"]);
        var b = new DiagnosticDescriptor("CB0001", "B", "b", "b", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CA0001"]);
        var general = new DiagnosticDescriptor("GN0003", "G", "g", "g", DiagnosticSeverity.Warning, true, customTags: [WellKnownDiagnosticTags.YieldsToPrefix + "CB0001"]);

        var kept = DiagnosticPrecedence.Apply([At(general, 0, 100), At(a, 10, 20), At(b, 20, 20)]);

        Assert.Equal(["CA0001"], kept.Select(d => d.Id));
    }

    [Fact]
    public void Without_precedence_tags_the_list_is_returned_as_is()
    {
        List<Diagnostic> diagnostics = [At(Witness, 0, 5), At(Other, 0, 5)];
        Assert.Same(diagnostics, DiagnosticPrecedence.Apply(diagnostics));
    }

    [Fact]
    public void An_empty_span_yields_where_it_touches_the_specific_finding()
    {
        var kept = DiagnosticPrecedence.Apply([At(General, 30, 0), At(Witness, 10, 20)]);
        Assert.Equal(["WT0001"], kept.Select(d => d.Id));
    }
}
