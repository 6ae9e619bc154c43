using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1003DuplicateDescriptorIdTests
{
    [Fact]
    public Task SecondDescriptorWithTheSameId_IsFlagged() =>
        Verify<DescriptorIdAnalyzer>.AnalyzerAsync(Usings.Header + """
            public static class Rules
            {
                public const string LeadInId = "PL0001";
                public static readonly DiagnosticDescriptor A = new(LeadInId, "A", "A", "style", DiagnosticSeverity.Warning, true);
                public static readonly DiagnosticDescriptor B = new("PL0002", "B", "B", "style", DiagnosticSeverity.Warning, true);
                public static readonly DiagnosticDescriptor C = new({|DRA1003:"PL0001"|}, "C", "C", "style", DiagnosticSeverity.Warning, true);
            }
            """);
}
