using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Dsl.Assemblies;
using RulesSdk.Workspaces;

namespace RulesSdk.Dsl.Tests;

/// <summary>C# analyzers loaded from an assembly: discovery, running, and every way an assembly can be unusable.</summary>
public sealed class AnalyzerAssemblyTests : IDisposable
{
    private const string Analyzers = """
        using System.Collections.Immutable;
        using RulesSdk.Analyzers;
        using RulesSdk.CodeFixes;
        using RulesSdk.Diagnostics;
        using RulesSdk.Text;

        namespace Acme.Rules;

        public sealed class ShoutingAnalyzer : DocumentAnalyzer
        {
            public static DiagnosticDescriptor Rule { get; } = new("ACME001", "Shouting", "'{0}' is shouted", "style", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
            {
                var text = c.Text.ToString();
                var i = text.IndexOf("URGENT", System.StringComparison.Ordinal);
                if (i >= 0)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.GetLocation(new TextSpan(i, 6)), "URGENT"));
                }
            });
        }

        public sealed class ShoutingFixer : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ["ACME001"];

            public override System.Threading.Tasks.Task RegisterCodeFixesAsync(CodeFixContext context) => System.Threading.Tasks.Task.CompletedTask;
        }

        internal sealed class HiddenAnalyzer : DocumentAnalyzer
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

            public override void Initialize(AnalysisContext context) { }
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docrules-analyzer-assembly-tests", Guid.NewGuid().ToString("N"));

    public AnalyzerAssemblyTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CompileToFile(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(DocumentAnalyzer).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = Path.Combine(_folder, name + ".dll");
        using (var stream = File.Create(path))
        {
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }

        return path;
    }

    [Fact]
    public void PublicAnalyzersAndFixers_BecomeAPack_ThatRuns()
    {
        var pack = RulePack.FromAnalyzers(CompileToFile("Acme.Rules", Analyzers));

        Assert.Equal("Acme.Rules", pack.Id);
        var analyzer = Assert.Single(pack.Analyzers);
        Assert.IsAssignableFrom<DocumentAnalyzer>(analyzer);
        Assert.Single(pack.CodeFixProviders);
        var rule = Assert.Single(pack.Rules);
        Assert.Equal("ACME001", rule.Id);
        Assert.Equal("csharp", rule.Scope);
        Assert.True(rule.HasSafeFix);

        var diagnostics = new AnalyzerDriver(pack.Analyzers).AnalyzeDocument(TextDocument.Create("note.md", "This is URGENT.\n"));
        Assert.Equal("note.md(1,9): warning ACME001: 'URGENT' is shouted", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void MissingFile_IsAClearError()
    {
        var ex = Assert.Throws<AnalyzerAssemblyException>(() => RulePack.FromAnalyzers(Path.Combine(_folder, "nope.dll")));
        Assert.Equal($"{Path.Combine(_folder, "nope.dll")}: error: analyzer assembly not found", Assert.Single(ex.Problems));
    }

    [Fact]
    public void NotAnAssembly_IsAClearError()
    {
        var path = Path.Combine(_folder, "random.dll");
        File.WriteAllBytes(path, [0x4D, 0x5A, 1, 2, 3, 4, 5, 6, 7, 8]);

        var ex = Assert.Throws<AnalyzerAssemblyException>(() => RulePack.FromAnalyzers(path));
        Assert.Equal($"{path}: error: not a .NET assembly", Assert.Single(ex.Problems));
    }

    [SkippableFact]
    public void DeviceOrFifo_IsAClearError_NeverAHangOrAnEndlessRead()
    {
        // A FIFO blocked the load until a writer came; /dev/zero read until memory ran out.
        Skip.IfNot(OperatingSystem.IsLinux(), "needs mkfifo and /dev/zero");
        var fifo = Path.Combine(_folder, "fifo.dll");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var zero = Path.Combine(_folder, "zero.dll");
        File.CreateSymbolicLink(zero, "/dev/zero");

        foreach (var path in new[] { fifo, zero })
        {
            var ex = Assert.Throws<AnalyzerAssemblyException>(() => RulePack.FromAnalyzers(path));
            Assert.Contains("not a regular file", Assert.Single(ex.Problems), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AssemblyWithoutAnalyzers_IsAClearError()
    {
        var path = CompileToFile("Empty.Rules", "namespace Empty; public sealed class Nothing { }");

        var ex = Assert.Throws<AnalyzerAssemblyException>(() => RulePack.FromAnalyzers(path));
        Assert.Contains("no public DocumentAnalyzer with a public parameterless constructor", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowingConstructor_AndEmptySupportedDiagnostics_AreEachNamed()
    {
        var path = CompileToFile("Broken.Rules", """
            using System.Collections.Immutable;
            using RulesSdk.Analyzers;
            using RulesSdk.Diagnostics;

            namespace Broken;

            public sealed class Throws : DocumentAnalyzer
            {
                public Throws() => throw new System.InvalidOperationException("needs a licence key");
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];
                public override void Initialize(AnalysisContext context) { }
            }

            public sealed class Declares : DocumentAnalyzer
            {
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];
                public override void Initialize(AnalysisContext context) { }
            }
            """);

        var ex = Assert.Throws<AnalyzerAssemblyException>(() => RulePack.FromAnalyzers(path));

        Assert.Equal(2, ex.Problems.Length);
        Assert.Contains(ex.Problems, p => p.Contains("Broken.Throws threw InvalidOperationException: needs a licence key", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("Broken.Declares declares no SupportedDiagnostics", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingProject_IsAClearError()
    {
        var project = Path.Combine(_folder, "Missing.csproj");

        var ex = Assert.Throws<AnalyzerAssemblyException>(() => RulePack.FromAnalyzers(project));
        Assert.Equal($"{project}: error: analyzer project not found", Assert.Single(ex.Problems));
    }

    [Fact]
    public void ACopyOfRulesSdkBesideTheAnalyzers_IsNotLoadedTwice()
    {
        var path = CompileToFile("Acme.Copy", Analyzers);
        File.Copy(typeof(DocumentAnalyzer).Assembly.Location, Path.Combine(_folder, "RulesSdk.dll"));

        var pack = RulePack.FromAnalyzers(path);

        // The analyzer derives from the host's DocumentAnalyzer: the driver accepts and runs it.
        Assert.Same(typeof(DocumentAnalyzer).Assembly, pack.Analyzers[0].GetType().BaseType!.Assembly);
        Assert.Single(new AnalyzerDriver(pack.Analyzers).AnalyzeDocument(TextDocument.Create("n.md", "URGENT\n")));
    }
}
