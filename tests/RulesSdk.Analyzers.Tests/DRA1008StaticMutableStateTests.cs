using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1008StaticMutableStateTests
{
    [Fact]
    public Task WritableStaticsAndStaticMutableCollections_AreFlagged() =>
        Verify<StaticMutableStateAnalyzer>.AnalyzerAsync(Usings.Header + """
            public sealed class Counter : DocumentAnalyzer
            {
                private static int {|DRA1008:s_seen|};
                private static readonly System.Collections.Generic.List<string> {|DRA1008:Names|} = new();
                public static string {|DRA1008:LastPath|} { get; set; } = "";
                private static readonly ImmutableArray<string> Words = ["ravi"];
                private const int Limit = 3;
                private int _instanceCount;

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

                public override void Initialize(AnalysisContext context) { }
            }
            """);
}
