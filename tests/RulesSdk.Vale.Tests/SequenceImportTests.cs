using RulesSdk.Dsl;

namespace RulesSdk.Vale.Tests;

/// <summary>Vale's <c>sequence</c> check imported as a DSL token sequence, without a part-of-speech tagger.</summary>
public sealed class SequenceImportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-vale-seq-" + Guid.NewGuid().ToString("N"));

    public SequenceImportTests() => Directory.CreateDirectory(Path.Combine(_root, "Style"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string name, string yaml) => File.WriteAllText(Path.Combine(_root, "Style", name + ".yml"), yaml);

    private ValeImport Import() => ValeImporter.Import(Path.Combine(_root, "Style"));

    private static List<(string ValeName, string Message, string Text)> Run(ValeImport import, string text)
    {
        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())));
        var driver = new Analyzers.AnalyzerDriver(compilation.Pack!.Analyzers);
        var diagnostics = driver.AnalyzeDocument(new Workspaces.TextDocument(Workspaces.DocumentId.FromPath("doc.md"), "doc.md", Text.SourceText.From(text), declaredLanguage: "en"));
        return [.. diagnostics.Select(d => (import.Rules.Single(r => r.RuleId == d.Id).ValeName, d.GetMessage(), text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))];
    }

    [Fact]
    public void Closed_class_tags_patterns_and_indexed_placeholders_import_and_run()
    {
        Write("Passive", "extends: sequence\nmessage: \"'%[1]s be %[3]s' is passive\"\nlevel: warning\ntokens:\n  - tag: MD\n  - pattern: be\n  - pattern: '\\w+ed'\n");

        var import = Import();

        Assert.Empty(import.Diagnostics);
        var file = import.Files["Style.Passive.rules"];
        Assert.Contains("match       tokens t1=modal t2=/be/l t3=/\\w+ed/l", file, StringComparison.Ordinal);
        Assert.Contains("message     \"'{t1} be {t3}' is passive\"", file, StringComparison.Ordinal);
        var finding = Assert.Single(Run(import, "The file will be deleted tomorrow. The file will be gone.\n"));
        Assert.Equal(("Style.Passive", "'will be deleted' is passive", "will be deleted"), finding);
    }

    [Fact]
    public void Negate_skip_and_ignorecase_map_to_negation_skip_and_the_i_flag()
    {
        Write("Order", "extends: sequence\nmessage: \"Did you mean 'in order to'?\"\nignorecase: true\ntokens:\n  - pattern: in\n  - pattern: order\n  - pattern: to\n    negate: true\n");
        Write("Unique", "extends: sequence\nmessage: x\ntokens:\n  - pattern: very\n    skip: 1\n  - pattern: unique\n");

        var import = Import();

        Assert.Empty(import.Diagnostics);
        Assert.Contains("tokens t1=/in/il t2=/order/il t3=!/to/il", import.Files["Style.Order.rules"], StringComparison.Ordinal);
        Assert.Contains("tokens t1=/very/l skip(0..1) t2=/unique/l", import.Files["Style.Unique.rules"], StringComparison.Ordinal);
        var findings = Run(import, "In order for this to work. We did it in order to win. A very, very unique and very rare thing.\n");
        Assert.Equal(["In order for"], findings.Where(f => f.ValeName == "Style.Order").Select(f => f.Text));
        Assert.Equal(["very unique"], findings.Where(f => f.ValeName == "Style.Unique").Select(f => f.Text));
    }

    [Fact]
    public void A_tag_alternation_maps_each_tag_and_a_tag_regex_expands_over_the_Penn_tags()
    {
        Write("Pronoun", "extends: sequence\nmessage: x\ntokens:\n  - tag: PRP|PRP$\n  - tag: MD\n");
        Write("Wh", "extends: sequence\nmessage: x\ntokens:\n  - tag: W.*\n  - pattern: else\n");

        var import = Import();

        Assert.Empty(import.Diagnostics);
        Assert.Contains("tokens t1=pronoun t2=modal", import.Files["Style.Pronoun.rules"], StringComparison.Ordinal);
        Assert.Contains("t1=(det | pronoun | /how|when|where|why|whenever|wherever|whereby|wherein/i)", import.Files["Style.Wh.rules"], StringComparison.Ordinal);
        Assert.Equal(["We could"], Run(import, "We could leave.\n").Where(f => f.ValeName == "Style.Pronoun").Select(f => f.Text));
    }

    [Fact]
    public void An_open_class_tag_alone_is_an_error_naming_the_tags_and_the_rest_still_imports()
    {
        Write("Infinitive", "extends: sequence\nmessage: x\ntokens:\n  - tag: MD\n  - pattern: be\n  - tag: JJ\n  - tag: VB|VBN\n");
        Write("Good", "extends: sequence\nmessage: x\ntokens:\n  - pattern: very\n  - pattern: unique\n");

        var import = Import();

        var errors = import.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ValeDiagnosticIds.UnsupportedField, e.Id));
        Assert.Contains("JJ need a part-of-speech tagger", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(6, errors[0].Line);
        Assert.Contains("VB, VBN need", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal<string>(["Style.Infinitive"], import.SkippedRules);
        Assert.Equal("Style.Good", Assert.Single(import.Rules).ValeName);
    }

    [Fact]
    public void A_tag_beside_a_pattern_keeps_the_pattern_with_a_warning_and_bad_tokens_are_positioned()
    {
        Write("Both", "extends: sequence\nmessage: x\ntokens:\n  - pattern: run\n    tag: VB\n    weight: 2\n");
        Write("Scalar", "extends: sequence\nmessage: x\ntokens:\n  - just-a-word\n");
        Write("Empty", "extends: sequence\nmessage: x\n");
        Write("Skip", "extends: sequence\nmessage: x\ntokens:\n  - pattern: a\n    skip: many\n");

        var import = Import();

        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.UnsupportedField, IsError: false, Line: 5 } && d.Message.Contains("only the pattern is checked", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.UnsupportedField, IsError: false, Line: 6 } && d.Message.Contains("'weight'", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.MissingField, IsError: true, Line: 4 } && d.Path.EndsWith("Scalar.yml", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.MissingField, IsError: true } && d.Path.EndsWith("Empty.yml", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.UnsupportedField, IsError: true, Line: 5 } && d.Message.Contains("skip 'many'", StringComparison.Ordinal));
        Assert.Equal("Style.Both", Assert.Single(import.Rules).ValeName);
    }
}
