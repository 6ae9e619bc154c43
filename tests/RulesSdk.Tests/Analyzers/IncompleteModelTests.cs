using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Semantics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Analyzers;

/// <summary>
/// A semantic-model pattern past its time limit (hostile input, a loaded machine) costs the sentence it was
/// reading, not the analyzer's whole document: the model reads the sentence as having no clauses, the rule goes
/// on with the others, and the driver reports DR0006 once, at the first sentence given up.
/// </summary>
public sealed class IncompleteModelTests
{
    private static readonly DiagnosticDescriptor Rule = TestAnalyzer.Descriptor("TS0001");

    private const string Text = "Titre\n\nJe pense que c’est faux.\n\nLe conseil a voté lundi.\n\nJe crois que c’est vrai.\n";

    // Reports every sentence the model reads as the narrator's in the first person.
    private static TestAnalyzer FirstPersonNarrator() => new("FirstPerson", [Rule], context => context.RegisterSentenceAction(s =>
    {
        if (s.Semantics.GetClauses(s.Sentence).Any(c => c.IsNarrator && c.IsFirstPerson))
        {
            s.ReportDiagnostic(Diagnostic.Create(Rule, s.GetLocation(s.Sentence.Span), s.Sentence.Text));
        }
    }));

    [Fact]
    public void TimedOutSentence_IsSkipped_OtherFindingsStay_AndDR0006PointsAtIt()
    {
        var document = TextDocument.Create("doc.md", Text);
        var semantics = document.GetSemantics();
        semantics.SimulateTimeout = span => Text.AsSpan(span.Start, span.Length).Contains("faux", StringComparison.Ordinal);

        var diagnostics = new AnalyzerDriver([FirstPersonNarrator()]).AnalyzeDocument(document);

        var finding = Assert.Single(diagnostics, d => d.Id == Rule.Id);
        Assert.Contains("vrai", finding.GetMessage(), StringComparison.Ordinal);
        var incomplete = Assert.Single(diagnostics, d => d.Id == SdkDiagnostics.SemanticModelIncomplete.Id);
        Assert.Equal(DiagnosticSeverity.Info, incomplete.Severity);
        Assert.Equal(2, incomplete.Location.LineSpan.Start.Line);
        Assert.Contains("1 sentence(s)", incomplete.GetMessage(), StringComparison.Ordinal);
        Assert.Single(semantics.IncompleteSpans);
    }

    [Fact]
    public void TimeoutThatDoesNotRecur_IsRetried_AndNothingIsGivenUp()
    {
        // A loaded machine trips the wall-clock limit once; the second try reads the sentence. Every first try trips.
        var document = TextDocument.Create("doc.md", Text);
        var semantics = document.GetSemantics();
        var tripped = 0;
        semantics.SimulateTimeout = span => Text.AsSpan(span.Start, span.Length).Contains("faux", StringComparison.Ordinal) && Interlocked.Increment(ref tripped) % 2 == 1;

        var diagnostics = new AnalyzerDriver([FirstPersonNarrator()]).AnalyzeDocument(document);

        Assert.Equal(2, diagnostics.Count(d => d.Id == Rule.Id));
        Assert.DoesNotContain(diagnostics, d => d.Id == SdkDiagnostics.SemanticModelIncomplete.Id);
        Assert.Empty(semantics.IncompleteSpans);
        Assert.True(tripped >= 2, $"the model asked {tripped} time(s)");
    }

    [Fact]
    public void OrdinaryInput_ReportsNoDR0006()
    {
        var diagnostics = new AnalyzerDriver([FirstPersonNarrator()]).AnalyzeDocument(TextDocument.Create("doc.md", Text));

        Assert.Equal(2, diagnostics.Count(d => d.Id == Rule.Id));
        Assert.DoesNotContain(diagnostics, d => d.Id == SdkDiagnostics.SemanticModelIncomplete.Id);
    }

    [Fact]
    public void DocumentWhoseModelNoRuleAsked_ReportsNoDR0006()
    {
        var document = TextDocument.Create("doc.md", Text);
        var literal = TestAnalyzer.ReportingLiteral(Rule, "conseil");

        var diagnostics = new AnalyzerDriver([literal]).AnalyzeDocument(document);

        Assert.Single(diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Id == SdkDiagnostics.SemanticModelIncomplete.Id);
    }
}
