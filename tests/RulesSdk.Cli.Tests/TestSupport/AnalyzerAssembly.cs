using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RulesSdk.Cli.Tests.TestSupport;

/// <summary>Hand-written C# analyzers for <c>--analyzers</c> tests, compiled against the tool's own RulesSdk.dll.</summary>
public static class AnalyzerAssembly
{
    /// <summary>The RulesSdk.dll the built tool runs with.</summary>
    public static string SdkPath { get; } = Path.Combine(Path.GetDirectoryName(DocRulesProcess.DllPath)!, "RulesSdk.dll");

    /// <summary>
    /// ACME001 flags "URGENT"; ACME002 is a run end rule: "e-mail" in a document while another
    /// document of the same run writes "email".
    /// </summary>
    public const string Source = """
        using System.Collections.Concurrent;
        using System.Collections.Immutable;
        using System.Linq;
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
                if (i >= 0)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.GetLocation(new TextSpan(i, 6)), "URGENT"));
                }
            });
        }

        public sealed class SpellingAcrossFilesAnalyzer : DocumentAnalyzer
        {
            public static DiagnosticDescriptor Rule { get; } = new("ACME002", "Inconsistent spelling", "'e-mail' here, 'email' elsewhere in the set", "style", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterRunStartAction(start =>
            {
                var hyphenated = new ConcurrentBag<(RulesSdk.Workspaces.TextDocument Document, int Start)>();
                var plain = new ConcurrentBag<string>();
                start.RegisterDocumentAction(c =>
                {
                    var text = c.Text.ToString();
                    var i = text.IndexOf("e-mail", System.StringComparison.Ordinal);
                    if (i >= 0) hyphenated.Add((c.Document, i));
                    if (text.Contains(" email", System.StringComparison.Ordinal)) plain.Add(c.Document.Path);
                });
                start.RegisterRunEndAction(end =>
                {
                    if (plain.IsEmpty) return;
                    foreach (var (document, at) in hyphenated.OrderBy(h => h.Document.Path, System.StringComparer.Ordinal))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(Rule, RunEndAnalysisContext.GetLocation(document, new TextSpan(at, 6))));
                    }
                });
            });
        }
        """;

    /// <summary>Compiles <paramref name="source"/> into <paramref name="folder"/>/<paramref name="name"/>.dll.</summary>
    public static string Compile(string folder, string name, string source = Source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(SdkPath)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(folder, name + ".dll");
        using var stream = File.Create(path);
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    /// <summary>A project of the given source referencing the tool's RulesSdk.dll, ready for <c>dotnet build</c>.</summary>
    public static string WriteProject(TempFolder folder, string name, string source = Source)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder.Write($"{name}/Analyzers.cs", source);
        return folder.Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="RulesSdk" HintPath="{SdkPath}" Private="false" />
              </ItemGroup>
            </Project>
            """);
    }
}
