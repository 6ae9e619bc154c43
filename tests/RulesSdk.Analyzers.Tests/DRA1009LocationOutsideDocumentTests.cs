using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1009LocationOutsideDocumentTests
{
    [Fact]
    public Task LocationNoneOrAConstantPath_IsFlagged() =>
        Verify<LocationOutsideDocumentAnalyzer>.AnalyzerAsync(Usings.Header + """
            public sealed class LeadIn : DocumentAnalyzer
            {
                private static readonly DiagnosticDescriptor Rule = new("PL0001", "A", "A", "style", DiagnosticSeverity.Warning, true);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

                public override void Initialize(AnalysisContext context) =>
                    context.RegisterDocumentAction(c =>
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, {|DRA1009:Location.None|}));
                        c.ReportDiagnostic(Diagnostic.Create(Rule, {|DRA1009:Location.Create("README.md", c.Text, new TextSpan(0, 1))|}));
                        c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(c.Document.Path, c.Text, new TextSpan(0, 1))));
                        c.ReportDiagnostic(Diagnostic.Create(Rule, c.GetLocation(new TextSpan(0, 1))));
                    });
            }
            """);
}
