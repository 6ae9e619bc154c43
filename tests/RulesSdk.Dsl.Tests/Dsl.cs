using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl.Binding;
using RulesSdk.Dsl.Parsing;
using RulesSdk.Dsl.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Dsl.Tests;

/// <summary>Helpers: build rule files, parse, bind, compile and run packs.</summary>
internal static class Dsl
{
    public const string Path = "/rules/test.rules";

    /// <summary>A rule with the given clauses (title/message/scope added when not given).</summary>
    public static string Rule(string clauses, string id = "PL0001", string name = "test-rule")
    {
        var text = $"rule {id} {name}\n";
        if (!clauses.Contains("title ", StringComparison.Ordinal))
        {
            text += "  title \"Test title\"\n";
        }

        if (!clauses.Contains("message ", StringComparison.Ordinal))
        {
            text += "  message \"Test message\"\n";
        }

        if (!clauses.Contains("scope ", StringComparison.Ordinal))
        {
            text += "  scope sentence\n";
        }

        return text + clauses + "\nend\n";
    }

    public static string Pack(string body, string language = "fr") => $"pack test.pack \"Test pack\"\nlanguage {language}\n{body}";

    public static (RuleFile File, List<DslDiagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<DslDiagnostic>();
        var file = RuleFileParser.Parse(Path, text, diagnostics);
        return (file, diagnostics);
    }

    public static (BoundPack Pack, List<DslDiagnostic> Diagnostics) Bind(string text, Dictionary<string, string>? files = null)
    {
        var (file, diagnostics) = Parse(text);
        var bound = new Binder(diagnostics, p => files is not null && files.TryGetValue(p, out var t) ? t : null).Bind([file]);
        return (bound, diagnostics);
    }

    public static RulePackCompilation Compile(string text, Dictionary<string, string>? files = null, RulePackOptions? options = null) =>
        RulePack.Compile(
            [new RuleSource(Path, text)],
            (options ?? new RulePackOptions { UseCache = false }) with { ReadFile = p => files is not null && files.TryGetValue(p, out var t) ? t : null });

    public static RulePack CompileOk(string text, Dictionary<string, string>? files = null, RulePackOptions? options = null)
    {
        var compilation = Compile(text, files, options);
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics.Select(d => d.ToString())));
        return compilation.Pack!;
    }

    public static DslDiagnostic Single(IEnumerable<DslDiagnostic> diagnostics, string id)
    {
        var list = diagnostics.ToList();
        Assert.True(list.Count(d => d.Id == id) == 1, $"expected one {id}, got:\n" + string.Join("\n", list.Select(d => d.ToString())));
        return list.Single(d => d.Id == id);
    }

    public static TextDocument Document(string text, string? language = "fr", ImmutableDictionary<string, string>? options = null, string path = "doc.txt") =>
        new(DocumentId.FromPath(path), path, SourceText.From(text), declaredLanguage: language, options: options);

    public static AnalyzerDriver Driver(RulePack pack) =>
        new(pack.Analyzers, new AnalyzerDriverOptions { ApplyInlineSuppressions = false, MaxDegreeOfParallelism = 1 });

    public static ImmutableArray<Diagnostic> Analyze(RulePack pack, TextDocument document) => Driver(pack).AnalyzeDocument(document);

    public static ImmutableArray<Diagnostic> Analyze(RulePack pack, string text, string? language = "fr") => Analyze(pack, Document(text, language));

    /// <summary>The spans' texts of the diagnostics of <paramref name="id"/>.</summary>
    public static List<string> Flagged(RulePack pack, string text, string? language = "fr", string id = "PL0001") =>
        Flagged(pack, Document(text, language), id);

    public static List<string> Flagged(RulePack pack, TextDocument document, string id = "PL0001") =>
        [.. Analyze(pack, document).Where(d => d.Id == id).Select(d => document.Text.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))];

    public static FixAllResult FixAll(RulePack pack, TextDocument document) =>
        new FixAllRunner(Driver(pack), new CodeFixService(pack.CodeFixProviders)).FixDocumentAsync(document).GetAwaiter().GetResult();

    public static string FixAll(RulePack pack, string text, string? language = "fr") => FixAll(pack, Document(text, language)).FixedText.ToString();

    public static ImmutableArray<CodeFix> Fixes(RulePack pack, TextDocument document, Diagnostic diagnostic) =>
        new CodeFixService(pack.CodeFixProviders).GetFixesAsync(document, diagnostic).GetAwaiter().GetResult();
}
