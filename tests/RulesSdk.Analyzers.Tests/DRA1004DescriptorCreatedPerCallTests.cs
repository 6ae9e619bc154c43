using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1004DescriptorCreatedPerCallTests
{
    [Fact]
    public Task DescriptorCreatedInAnExpressionBodiedPropertyOrAMethod_IsFlagged() =>
        Verify<DescriptorCreatedPerCallAnalyzer>.AnalyzerAsync(Usings.Header + """
            public static class Rules
            {
                public static DiagnosticDescriptor PerRead => {|DRA1004:new("PL0001", "A", "A", "style", DiagnosticSeverity.Warning, true)|};

                public static DiagnosticDescriptor Make(string title) => {|DRA1004:new DiagnosticDescriptor("PL0002", title, "B", "style", DiagnosticSeverity.Warning, true)|};
            }

            public sealed class Holder
            {
                private readonly DiagnosticDescriptor _perInstance = {|DRA1004:new("PL0003", "C", "C", "style", DiagnosticSeverity.Warning, true)|};
            }
            """);

    [Fact]
    public Task DescriptorInAStaticFieldOrGetOnlyProperty_IsClean() =>
        Verify<DescriptorCreatedPerCallAnalyzer>.AnalyzerAsync(Usings.Header + """
            public static class Rules
            {
                public static readonly DiagnosticDescriptor A = new("PL0001", "A", "A", "style", DiagnosticSeverity.Warning, true);

                public static DiagnosticDescriptor B { get; } = new("PL0002", "B", "B", "style", DiagnosticSeverity.Warning, true);
            }
            """);
}
