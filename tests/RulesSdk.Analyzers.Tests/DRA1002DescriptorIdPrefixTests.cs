using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1002DescriptorIdPrefixTests
{
    [Fact]
    public Task IdOutsideTheMajorityPrefix_IsFlagged() =>
        Verify<DescriptorIdAnalyzer>.AnalyzerAsync(Usings.Header + """
            public static class Rules
            {
                public static readonly DiagnosticDescriptor A = new("PL0001", "A", "A", "style", DiagnosticSeverity.Warning, true);
                public static readonly DiagnosticDescriptor B = new("PL0002", "B", "B", "style", DiagnosticSeverity.Warning, true);
                public static readonly DiagnosticDescriptor C = new({|DRA1002:"XY0003"|}, "C", "C", "style", DiagnosticSeverity.Warning, true);
            }
            """);

    [Fact]
    public Task ConfiguredPrefix_IsTheOneExpected() =>
        Verify<DescriptorIdAnalyzer>.AnalyzerAsync(
            Usings.Header + """
            public static class Rules
            {
                public static readonly DiagnosticDescriptor A = new({|DRA1002:"PL0001"|}, "A", "A", "style", DiagnosticSeverity.Warning, true);
                public static readonly DiagnosticDescriptor B = new("NEWS0002", "B", "B", "style", DiagnosticSeverity.Warning, true);
            }
            """,
            ("DocRulesPackPrefix", "NEWS"));

    [Fact]
    public Task NoMajorityAndNoConfiguration_IsClean() =>
        Verify<DescriptorIdAnalyzer>.AnalyzerAsync(Usings.Header + """
            public static class Rules
            {
                public static readonly DiagnosticDescriptor A = new("PL0001", "A", "A", "style", DiagnosticSeverity.Warning, true);
                public static readonly DiagnosticDescriptor B = new("XY0002", "B", "B", "style", DiagnosticSeverity.Warning, true);
            }
            """);
}
