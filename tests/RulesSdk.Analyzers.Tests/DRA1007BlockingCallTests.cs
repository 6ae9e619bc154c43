using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

public sealed class DRA1007BlockingCallTests
{
    [Fact]
    public Task FileReadsWaitsAndSleepsInAnAnalyzer_AreFlagged() =>
        Verify<BlockingCallAnalyzer>.AnalyzerAsync(Usings.Header + """
            public sealed class Gazetteer : DocumentAnalyzer
            {
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

                public override void Initialize(AnalysisContext context) =>
                    context.RegisterDocumentAction(c =>
                    {
                        var names = {|DRA1007:System.IO.File.ReadAllLines("names.txt")|};
                        using var reader = {|DRA1007:new System.IO.StreamReader("more.txt")|};
                        {|DRA1007:System.Threading.Thread.Sleep(10)|};
                        var count = {|DRA1007:System.Threading.Tasks.Task.FromResult(names.Length).Result|};
                        using var memory = new System.IO.StreamReader(new System.IO.MemoryStream());
                    });
            }
            """);
}
