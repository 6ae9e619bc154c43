using RulesSdk.Dsl;

namespace RulesSdk.Vale.Tests;

/// <summary>Bad and unusual Vale input: every problem positioned at its Vale file and line, the rest still imported.</summary>
public sealed class ImporterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulessdk-vale-" + Guid.NewGuid().ToString("N"));

    public ImporterTests() => Directory.CreateDirectory(Path.Combine(_root, "Style"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_root, "Style", name + ".yml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private ValeImport Import() => ValeImporter.Import(Path.Combine(_root, "Style"));

    private static ValeDiagnostic Single(ValeImport import, string id) =>
        Assert.Single(import.Diagnostics, d => d.Id == id);

    [Fact]
    public void Malformed_yaml_is_an_error_at_its_line_and_the_rest_still_imports()
    {
        var bad = Write("Bad", "extends: existence\nmessage: 'x'\ntokens:\n  - [unclosed\n");
        Write("Good", "extends: existence\nmessage: \"Avoid '%s'\"\ntokens:\n  - utilize\n");

        var import = Import();

        var error = Single(import, ValeDiagnosticIds.MalformedYaml);
        Assert.True(error.IsError);
        Assert.Equal(bad, error.Path);
        Assert.True(error.Line >= 4, error.ToString());
        Assert.Equal<string>(["Style.Bad"], import.SkippedRules);
        Assert.Equal("Style.Good", Assert.Single(import.Rules).ValeName);
    }

    [Fact]
    public void Unknown_and_unsupported_kinds_are_errors_naming_the_kind()
    {
        Write("Odd", "extends: telepathy\nmessage: x\n");
        Write("Script", "extends: script\nmessage: x\n");

        var import = Import();

        var unknown = import.Diagnostics.Where(d => d.Id == ValeDiagnosticIds.UnknownKind).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Contains("unknown check kind 'telepathy'", unknown[0].Message, StringComparison.Ordinal);
        Assert.Equal((1, 10), (unknown[0].Line, unknown[0].Column));
        Assert.Contains("script", unknown[1].Message, StringComparison.Ordinal);
        Assert.Empty(import.Rules);
    }

    [Fact]
    public void Spelling_maps_dictionaries_filters_and_ignore_files()
    {
        File.WriteAllText(Path.Combine(_root, "Style", "words.txt"), "# accepted\nzorbwidget\n");
        Write("Spelling", "extends: spelling\nmessage: \"Did you really mean '%s'?\"\nlevel: error\ndictionaries:\n  - en_US\n  - fr_FR\n  - de_CH\nfilters:\n  - '[pP]y.*\\b'\nignore:\n  - words.txt\n  - missing.txt\naction:\n  name: suggest\n  params:\n    - spellings\nthreshold: 3\n");
        Write("Custom", "extends: spelling\nmessage: x\ncustom: true\ndicpath: dicts\ndictionaries:\n  - medical\n");

        var import = Import();

        var text = import.Files["Style.Spelling.rules"];
        Assert.Contains("match       spelling dictionary \"en\", \"fr\" accept /[pP]y.*\\b/l, @spelling_accepted", text, StringComparison.Ordinal);
        Assert.Contains("suggest     \"Use '{suggestion}'\" => \"{suggestion}\"", text, StringComparison.Ordinal);
        var warnings = import.Diagnostics.Where(d => !d.IsError).Select(d => d.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("dictionary 'de_CH' is not bundled", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("ignore file 'missing.txt' not found", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("'threshold' is not supported", StringComparison.Ordinal));

        // A rule whose only dictionary is not bundled cannot be imported; the rest still is.
        var error = Assert.Single(import.Diagnostics, d => d.IsError);
        Assert.Contains("no dictionary of this rule is bundled", error.Message, StringComparison.Ordinal);
        Assert.Equal<string>(["Style.Custom"], import.SkippedRules);

        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())));
        var driver = new Analyzers.AnalyzerDriver(compilation.Pack!.Analyzers);
        var document = new Workspaces.TextDocument(Workspaces.DocumentId.FromPath("doc.md"), "doc.md", Text.SourceText.From("The zorbwidget and Python run teh code.\n"), declaredLanguage: "en");
        var diagnostic = Assert.Single(driver.AnalyzeDocument(document));
        Assert.Equal("Did you really mean 'teh'?", diagnostic.GetMessage());
    }

    [Fact]
    public void Pcre_only_constructs_are_refused_with_the_reason()
    {
        Write("Keep", "extends: existence\nmessage: x\nnonword: true\ntokens:\n  - 'foo\\Kbar'\n");
        Write("Possessive", "extends: existence\nmessage: x\nnonword: true\ntokens:\n  - 'a++b'\n");

        var import = Import();

        var errors = import.Diagnostics.Where(d => d.Id == ValeDiagnosticIds.PcreOnly).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(@"'\K'", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(5, errors[0].Line);
        Assert.Contains("possessive", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Go_named_groups_and_posix_classes_are_rewritten_for_dotnet()
    {
        Write("Groups", "extends: existence\nmessage: x\nnonword: true\ntokens:\n  - '(?P<word>[[:alpha:]]+)ly'\n");

        var import = Import();

        Assert.Empty(import.Diagnostics);
        Assert.Contains(@"(?<word>[\p{L}]+)ly", import.Files["Style.Groups.rules"], StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicting_tokens_and_unsupported_fields_are_warnings_and_the_rule_imports()
    {
        Write("Twice", "extends: existence\nmessage: x\nlimit: 1\ntokens:\n  - foo\n  - foo\n");
        Write("Cycle", "extends: substitution\nmessage: \"Use '%s'\"\nignorecase: true\nswap:\n  foo: bar\n  bar: foo\n");
        Write("Scope", "extends: existence\nmessage: x\nscope: table.header\ntokens:\n  - foo\n");

        var import = Import();

        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.Conflict, IsError: false, Line: 6 } && d.Message.Contains("listed twice", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.UnsupportedField, Line: 3 } && d.Message.Contains("limit", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.Conflict } && d.Message.Contains("replaces in turn", StringComparison.Ordinal));
        Assert.Contains(import.Diagnostics, d => d is { Id: ValeDiagnosticIds.UnsupportedScope, IsError: true, Line: 3 });
        Assert.Equal(["Style.Cycle", "Style.Twice"], import.Rules.Select(r => r.ValeName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Imported_rules_compile_and_behave_as_in_Vale()
    {
        Write("Swap", "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: warning\nignorecase: true\naction:\n  name: replace\nswap:\n  utilize: use\n  in order to: to\n");
        Write("Long", "extends: occurrence\nmessage: Too long.\nscope: sentence\nmax: 5\ntoken: '\\b(\\w+)\\b'\n");
        Write("Heading", "extends: capitalization\nmessage: \"'%s' should be in sentence case\"\nscope: heading\nmatch: $sentence\n");
        Write("Same", "extends: consistency\nmessage: Pick one\neither:\n  advisor: adviser\n");
        Write("Again", "extends: repetition\nmessage: \"'%s' is repeated\"\ntokens:\n  - '[^\\s]+'\n");
        Write("Grade", "extends: metric\nmessage: \"Grade %s\"\nformula: (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59\ncondition: '> 30'\n");

        var import = Import();
        Assert.Empty(import.Diagnostics);
        var compilation = RulePack.Compile(import.Files.Select(f => new RuleSource("/import/" + f.Key, f.Value)), new RulePackOptions { UseCache = false, UseRegexGenerator = false });
        Assert.True(compilation.Success, string.Join('\n', compilation.Diagnostics.Select(d => d.ToDisplayString())));

        var text = "# This Is A Heading\n\nUtilize it in order to win the the game. One two three four five six.\n\nThe advisor and the adviser.\n";
        var driver = new Analyzers.AnalyzerDriver(compilation.Pack!.Analyzers);
        var diagnostics = driver.AnalyzeDocument(new Workspaces.TextDocument(Workspaces.DocumentId.FromPath("doc.md"), "doc.md", Text.SourceText.From(text), declaredLanguage: "en"));
        var byRule = diagnostics.Select(d => (import.Rules.Single(r => r.RuleId == d.Id).ValeName, d.GetMessage())).ToList();

        Assert.Contains(("Style.Swap", "Use 'Use' instead of 'Utilize'."), byRule);
        Assert.Contains(("Style.Swap", "Use 'to' instead of 'in order to'."), byRule);
        Assert.Contains(byRule, r => r.ValeName == "Style.Long");
        Assert.Contains(("Style.Heading", "'This Is A Heading' should be in sentence case"), byRule);
        Assert.Contains(("Style.Same", "Pick one"), byRule);
        Assert.Contains(("Style.Again", "'the' is repeated"), byRule);
        Assert.DoesNotContain(byRule, r => r.ValeName == "Style.Grade");
    }

    [Fact]
    public void A_second_yaml_document_is_a_warning_at_its_line_and_the_first_is_imported()
    {
        var path = Write("Multi", "extends: existence\nmessage: x\ntokens: [a]\n---\nextends: existence\nmessage: y\ntokens: [b]\n");

        var import = Import();

        var warning = Single(import, ValeDiagnosticIds.UnsupportedField);
        Assert.False(warning.IsError);
        Assert.Equal((path, 5), (warning.Path, warning.Line));
        Assert.Contains("2 YAML documents (the second at line 5)", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Style.Multi", Assert.Single(import.Rules).ValeName);
        Assert.Contains("message     \"x\"", import.Files["Style.Multi.rules"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_folder_without_rules_is_a_warning_per_style_naming_the_ini()
    {
        Write("Good", "extends: existence\nmessage: x\ntokens:\n  - foo\n");
        Directory.CreateDirectory(Path.Combine(_root, "Empty"));
        Directory.CreateDirectory(Path.Combine(_root, "Other"));
        File.WriteAllText(Path.Combine(_root, "Other", "notes.txt"), "not a rule\n");
        var ini = Path.Combine(_root, ".vale.ini");
        File.WriteAllText(ini, "StylesPath = .\n\n[*.md]\nBasedOnStyles = Style, Empty\n[*.txt]\nBasedOnStyles = Other\n");

        var import = ValeImporter.Import(ini);

        var warnings = import.Diagnostics.Where(d => d.Id == ValeDiagnosticIds.Configuration).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal((ini, false), (w.Path, w.IsError)));
        Assert.Contains(warnings, w => w.Line == 4 && w.Message.StartsWith("style 'Empty' holds no Vale rule", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Line == 6 && w.Message.StartsWith("style 'Other' holds no Vale rule", StringComparison.Ordinal));
        Assert.Equal("Style.Good", Assert.Single(import.Rules).ValeName);
        Assert.False(import.HasErrors);
    }

    [Fact]
    public void Vale_ini_turns_rules_off_and_changes_levels()
    {
        Write("On", "extends: existence\nmessage: x\nlevel: warning\ntokens:\n  - foo\n");
        Write("Off", "extends: existence\nmessage: x\ntokens:\n  - bar\n");
        var ini = Path.Combine(_root, ".vale.ini");
        File.WriteAllText(ini, "StylesPath = .\nMinAlertLevel = suggestion\nVocab = Base\n\n[*.md]\nBasedOnStyles = Style\nStyle.Off = NO\nStyle.On = error\n");

        var import = ValeImporter.Import(ini);

        Assert.Contains("severity    error", import.Files["Style.On.rules"], StringComparison.Ordinal);
        Assert.Contains("enabled     false", import.Files["Style.Off.rules"], StringComparison.Ordinal);
        var vocab = Assert.Single(import.Diagnostics);
        Assert.Equal((ValeDiagnosticIds.Configuration, 3), (vocab.Id, vocab.Line));
    }

    [Fact]
    public void A_missing_path_is_reported()
    {
        Assert.Throws<FileNotFoundException>(() => ValeImporter.Import(Path.Combine(_root, "nowhere")));
    }
}
