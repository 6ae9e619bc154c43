using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1005FixableIdNotDeclaredTests
{
    private const string Fixer = """
        public sealed class LeadInFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => [Rules.LeadInId, {|DRA1005:"PL0009"|}];

            public override System.Threading.Tasks.Task RegisterCodeFixesAsync(CodeFixContext context) => System.Threading.Tasks.Task.CompletedTask;
        }

        public static class Rules
        {
            public const string LeadInId = "PL0001";
            public static readonly DiagnosticDescriptor LeadIn = new(LeadInId, "A", "A", "style", DiagnosticSeverity.Warning, true);
        }
        """;

    [Fact]
    public Task FixableIdThatNoDescriptorDeclares_IsFlagged() =>
        Verify<FixableIdsAnalyzer>.AnalyzerAsync(Usings.Header + Fixer);
}
