using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1001SupportedDiagnosticsTests
{
    [Fact]
    public Task ReportedDescriptorMissingFromSupportedDiagnostics_IsFlagged() =>
        Verify<SupportedDiagnosticsAnalyzer>.AnalyzerAsync(Usings.Header + """
            public sealed class LeadIn : DocumentAnalyzer
            {
                public static DiagnosticDescriptor Rule { get; } = new("PL0001", "Lead-in", "Lead-in", "style", DiagnosticSeverity.Warning, true);
                public static DiagnosticDescriptor Other { get; } = new("PL0002", "Other", "Other", "style", DiagnosticSeverity.Warning, true);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

                public override void Initialize(AnalysisContext context) =>
                    context.RegisterDocumentAction(c =>
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, c.GetLocation(new TextSpan(0, 1))));
                        c.ReportDiagnostic(Diagnostic.Create({|DRA1001:Other|}, c.GetLocation(new TextSpan(0, 1))));
                    });
            }
            """);

    [Fact]
    public Task EveryReportedDescriptorDeclared_IsClean() =>
        Verify<SupportedDiagnosticsAnalyzer>.AnalyzerAsync(Usings.Header + """
            public sealed class LeadIn : DocumentAnalyzer
            {
                private static readonly DiagnosticDescriptor Rule = new("PL0001", "Lead-in", "Lead-in", "style", DiagnosticSeverity.Warning, true);
                private static readonly DiagnosticDescriptor Other = new("PL0002", "Other", "Other", "style", DiagnosticSeverity.Warning, true);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, Other);

                public override void Initialize(AnalysisContext context) =>
                    context.RegisterDocumentAction(c => c.ReportDiagnostic(Diagnostic.Create(Other, c.GetLocation(new TextSpan(0, 1)))));
            }
            """);
}
