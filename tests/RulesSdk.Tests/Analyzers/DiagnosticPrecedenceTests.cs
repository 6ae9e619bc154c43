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
