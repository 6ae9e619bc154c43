using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RulesSdk.Analyzers;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Workspaces;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>The configuration's C# <c>analyzers</c> load in the server as in the CLI, and are reused while unchanged.</summary>
public sealed class AnalyzerPackTests : IDisposable
{
    private const string Source = """
        using System.Collections.Immutable;
        using RulesSdk.Analyzers;
        using RulesSdk.Diagnostics;
        using RulesSdk.Text;

        namespace Acme.Rules;

        public sealed class ShoutingAnalyzer : DocumentAnalyzer
        {
            public static DiagnosticDescriptor Rule { get; } = new("ACME001", "Shouting", "'{0}' is shouted", "style", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
            {
                var i = c.Text.ToString().IndexOf("URGENT", System.StringComparison.Ordinal);
                if (i >= 0) c.ReportDiagnostic(Diagnostic.Create(Rule, c.GetLocation(new TextSpan(i, 6)), "URGENT"));
            });
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docrules-lsp-analyzer-tests", Guid.NewGuid().ToString("N"));

    public AnalyzerPackTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void CompileAnalyzers()
    {
        var compilation = CSharpCompilation.Create(
            "Acme.Rules",
            [CSharpSyntaxTree.ParseText(Source)],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(DocumentAnalyzer).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = File.Create(Path.Combine(_folder, "Acme.Rules.dll"));
        Assert.True(compilation.Emit(stream).Success);
    }

    [Fact]
    public async Task ConfiguredAnalyzers_JoinThePackSet_AndAreReusedWhileUnchanged()
    {
        CompileAnalyzers();
        File.WriteAllText(Path.Combine(_folder, ".docrules.json"), """{ "analyzers": ["Acme.Rules.dll"], "builtInPacks": false }""");
        var manager = new PackManager(LanguageServerOptions.Default, _ => null);

        var first = await manager.RebuildAsync(ServerSettings.Default, [_folder], CancellationToken.None);
        var second = await manager.RebuildAsync(ServerSettings.Default, [_folder], CancellationToken.None);

        Assert.Empty(first.Problems);
        Assert.True(first.Packs.Rules.ContainsKey("ACME001"));
        Assert.Same(first.Packs.Packs.Single(), second.Packs.Packs.Single());
        var diagnostics = new AnalyzerDriver(second.Packs.Analyzers).AnalyzeDocument(TextDocument.Create("a.md", "Now URGENT.\n"));
        Assert.Equal("ACME001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public async Task MissingAnalyzers_AreAProblem_NotACrash()
    {
        File.WriteAllText(Path.Combine(_folder, ".docrules.json"), """{ "analyzers": ["gone.dll"], "builtInPacks": false }""");
        var manager = new PackManager(LanguageServerOptions.Default, _ => null);

        var result = await manager.RebuildAsync(ServerSettings.Default, [_folder], CancellationToken.None);

        Assert.Contains(result.Problems, p => p.EndsWith("gone.dll: error: analyzer assembly not found", StringComparison.Ordinal));
        Assert.Empty(result.Packs.Packs);
    }
}
