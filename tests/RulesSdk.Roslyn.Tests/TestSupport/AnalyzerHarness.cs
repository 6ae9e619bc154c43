using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RulesSdk.Roslyn.Tests.TestSupport;

/// <summary>
/// Runs <see cref="DocRulesAnalyzer"/> in a compilation as the compiler would after the package's targets ran:
/// build properties, documents and configuration files as additional files with their roles, the real engine.
/// An exception escaping the analyzer fails the run.
/// </summary>
internal sealed class AnalyzerHarness
{
    private readonly List<AdditionalText> _files = [];
    private readonly Dictionary<string, AnalyzerConfigOptions> _roles = new(StringComparer.Ordinal);

    public AnalyzerHarness(string projectDirectory)
    {
        ProjectDirectory = projectDirectory;
        Properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DocRulesEnginePath"] = BuildInfo.DocRulesDll,
            ["DocRulesDotnetHost"] = BuildInfo.DotnetHost,
            ["DocRulesProjectDirectory"] = projectDirectory,
            ["DocRulesTimeoutSeconds"] = "30",
        };
    }

    public string ProjectDirectory { get; }

    /// <summary>The build_property values the targets make compiler-visible.</summary>
    public Dictionary<string, string> Properties { get; }

    public string AddDocument(string relativePath, string text) => Add(relativePath, SourceText.From(text), "document");

    public string AddDocument(string relativePath, SourceText text) => Add(relativePath, text, "document");

    /// <summary>A configuration, rule pack or .editorconfig file: written to disk (the engine reads it) and passed with its role.</summary>
    public string AddFile(string relativePath, string text, string? role)
    {
        var path = Path.Combine(ProjectDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return Add(relativePath, SourceText.From(text), role);
    }

    public async Task<ImmutableArray<Diagnostic>> RunAsync()
    {
        var exceptions = new ConcurrentBag<Exception>();
        var global = new DictionaryConfigOptions(Properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));
        var options = new AnalyzerOptions([.. _files], new TestConfigOptionsProvider(global, _roles));
        var compilation = CSharpCompilation.Create("Docs", [CSharpSyntaxTree.ParseText("class C { }")], options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers(
            [new DocRulesAnalyzer()],
            new CompilationWithAnalyzersOptions(options, (ex, _, _) => exceptions.Add(ex), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return [.. diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>As MSBuild prints it: <c>file(line,col): severity ID: message</c>, the path relative to the project.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = Path.GetRelativePath(ProjectDirectory, span.Path).Replace('\\', '/');
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private string Add(string relativePath, SourceText text, string? role)
    {
        var path = Path.GetFullPath(Path.Combine(ProjectDirectory, relativePath));
        _files.Add(new InMemoryAdditionalText(path, text));
        if (role is not null)
        {
            _roles[path] = TestConfigOptionsProvider.Role(role);
        }

        return path;
    }
}
