using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RulesSdk.Analyzers.Authoring;

namespace RulesSdk.Analyzers.Tests;

/// <summary>
/// samples/csharp-analyzer references RulesSdk.Analyzers: its analyzer passes every DRA rule as written, and
/// the same source with one regex timeout removed gets DRA1006 there (the repository builds with warnings as errors,
/// so that edit fails the build).
/// </summary>
public sealed class SampleAnalyzerTests
{
    private static readonly string SampleFolder = Path.Combine(
        Path.GetDirectoryName(typeof(SampleAnalyzerTests).Assembly.Location)!, "..", "..", "..", "..", "..", "samples", "csharp-analyzer", "OpinionParagraph");

    [Fact]
    public async Task Sample_PassesEveryAuthoringRule()
    {
        var diagnostics = await AnalyzeAsync(Sources());

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Sample_WithoutARegexTimeout_GetsDRA1006()
    {
        var sources = Sources();
        var analyzer = sources.Single(s => s.Path.EndsWith("OpinionParagraphAnalyzer.cs", StringComparison.Ordinal));
        var edited = ReplaceFirst(analyzer.Text, ", matchTimeoutMilliseconds: 1000)]", ")]");

        var diagnostics = await AnalyzeAsync([.. sources.Where(s => s != analyzer), (analyzer.Path, edited)]);

        var finding = Assert.Single(diagnostics);
        Assert.Equal("DRA1006", finding.Id);
        Assert.StartsWith("GeneratedRegex(", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan), StringComparison.Ordinal);
    }

    private static List<(string Path, string Text)> Sources() =>
        [.. Directory.GetFiles(SampleFolder, "*.cs").Order(StringComparer.Ordinal).Select(path => (path, File.ReadAllText(path)))];

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(IEnumerable<(string Path, string Text)> sources)
    {
        var compilation = CSharpCompilation.Create(
            "OpinionParagraph",
            sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.Latest), source.Path)),
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(RulesSdk.Analyzers.DocumentAnalyzer).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var analyzers = typeof(SupportedDiagnosticsAnalyzer).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        Assert.Equal(8, analyzers.Length);
        return await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, $"the sample no longer contains '{oldValue}'");
        return string.Concat(text.AsSpan(0, index), newValue, text.AsSpan(index + oldValue.Length));
    }
}
