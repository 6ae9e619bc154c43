using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;

namespace RulesSdk.Tests.Configuration;

public sealed class DocRulesConfigurationTests
{
    private const string ConfigPath = "project/.docrules.json";

    private static readonly DiagnosticDescriptor OnByDefault = TestAnalyzer.Descriptor("PL0001", DiagnosticSeverity.Warning);
    private static readonly DiagnosticDescriptor OffByDefault = TestAnalyzer.Descriptor("PL0002", DiagnosticSeverity.Info, enabled: false);
    private static readonly DiagnosticDescriptor Untouched = TestAnalyzer.Descriptor("PL0003", DiagnosticSeverity.Error);

    private static DocRulesConfiguration Parse(string json) => DocRulesConfiguration.Parse(json, ConfigPath);

    private static string ParseError(string json) => Assert.Throws<ConfigurationException>(() => Parse(json)).Message;

    [Fact]
    public void Empty_UsesDescriptorDefaults()
    {
        var configuration = DocRulesConfiguration.Empty;

        Assert.Equal(DiagnosticSeverity.Warning, configuration.GetEffectiveSeverity(OnByDefault, "a.md"));
        Assert.Null(configuration.GetEffectiveSeverity(OffByDefault, "a.md"));
        Assert.Equal(DiagnosticSeverity.Error, configuration.GetEffectiveSeverity(Untouched, "a.md"));
    }

    [Fact]
    public void Rules_SetSeverities_CaseInsensitiveIds()
    {
        var configuration = Parse("""{ "rules": { "pl0001": "error", "PL0002": "warning", "PL0003": "none" } }""");

        Assert.Equal(DiagnosticSeverity.Error, configuration.GetEffectiveSeverity(OnByDefault, "a.md"));
        Assert.Equal(DiagnosticSeverity.Warning, configuration.GetEffectiveSeverity(OffByDefault, "a.md"));
        Assert.Null(configuration.GetEffectiveSeverity(Untouched, "a.md"));
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("warn", DiagnosticSeverity.Warning)]
    [InlineData("info", DiagnosticSeverity.Info)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("hidden", DiagnosticSeverity.Hidden)]
    [InlineData("silent", DiagnosticSeverity.Hidden)]
    [InlineData(" ERROR ", DiagnosticSeverity.Error)]
    public void SeverityWords(string word, DiagnosticSeverity expected)
    {
        var configuration = Parse($$"""{ "rules": { "PL0001": "{{word}}" } }""");

        Assert.Equal(expected, configuration.GetEffectiveSeverity(OnByDefault, "a.md"));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("off")]
    [InlineData("suppress")]
    public void SeverityNone_TurnsTheRuleOff(string word)
    {
        var configuration = Parse($$"""{ "rules": { "PL0001": "{{word}}" } }""");

        Assert.Null(configuration.GetEffectiveSeverity(OnByDefault, "a.md"));
    }

    [Fact]
    public void SeverityDefault_KeepsDescriptorDefault_DisabledStaysDisabled()
    {
        var configuration = Parse("""{ "rules": { "PL0001": "default", "PL0002": "default" } }""");

        Assert.Equal(DiagnosticSeverity.Warning, configuration.GetEffectiveSeverity(OnByDefault, "a.md"));
        Assert.Null(configuration.GetEffectiveSeverity(OffByDefault, "a.md"));
    }

    [Fact]
    public void Overrides_ApplyByGlob_LaterOverridesWin()
    {
        var configuration = Parse("""
            {
              "rules": { "PL0001": "warning" },
              "overrides": [
                { "files": ["drafts/**/*.md"], "rules": { "PL0001": "none" } },
                { "files": ["drafts/keep/*.md", "other.txt"], "rules": { "PL0001": "error", "PL0002": "info" } }
              ]
            }
            """);

        Assert.Equal(DiagnosticSeverity.Warning, configuration.GetEffectiveSeverity(OnByDefault, "news/a.md"));
        Assert.Null(configuration.GetEffectiveSeverity(OnByDefault, "drafts/a.md"));
        Assert.Null(configuration.GetEffectiveSeverity(OnByDefault, "drafts/deep/b.md"));
        Assert.Equal(DiagnosticSeverity.Warning, configuration.GetEffectiveSeverity(OnByDefault, "drafts/keep/b.txt"));
        Assert.Equal(DiagnosticSeverity.Error, configuration.GetEffectiveSeverity(OnByDefault, "drafts/keep/b.md"));
        Assert.Equal(DiagnosticSeverity.Error, configuration.GetEffectiveSeverity(OnByDefault, @"drafts\keep\b.md"));
        Assert.Equal(DiagnosticSeverity.Info, configuration.GetEffectiveSeverity(OffByDefault, "other.txt"));
        Assert.Null(configuration.GetEffectiveSeverity(OffByDefault, "news/a.md"));
        Assert.Equal(2, configuration.Overrides.Length);
        Assert.Equal(["drafts/keep/*.md", "other.txt"], configuration.Overrides[1].Files.ToArray());
    }

    [Fact]
    public void Options_AndLanguage_MergeWithOverrides()
    {
        var configuration = Parse("""
            {
              "language": "fr",
              "options": { "voice": "third-person", "maxSentence": 40, "strict": true },
              "overrides": [
                { "files": ["opinion/**"], "options": { "voice": "first-person", "strict": false }, "language": "en" }
              ]
            }
            """);

        var news = configuration.GetOptions("news/a.md");
        var opinion = configuration.GetOptions("opinion/edito.md");

        Assert.Equal("third-person", news["voice"]);
        Assert.Equal("40", news["maxSentence"]);
        Assert.Equal("true", news["STRICT"]);
        Assert.Equal("first-person", opinion["voice"]);
        Assert.Equal("false", opinion["strict"]);
        Assert.Equal("40", opinion["maxSentence"]);
        Assert.Equal("fr", configuration.GetLanguage("news/a.md"));
        Assert.Equal("en", configuration.GetLanguage("opinion/edito.md"));
    }

    [Fact]
    public void OtherSettings_AreRead()
    {
        var configuration = Parse("""
            {
              "$schema": "https://example.invalid/schema.json",
              "extensions": ["md", ".rst"],
              "exclude": ["vendor/**"],
              "maxFileSize": 2048,
              "rulePacks": ["rules/house.rules"],
              "builtInPacks": false,
            }
            """);

        Assert.Equal([".md", ".rst"], configuration.Extensions.ToArray());
        Assert.Equal(["vendor/**"], configuration.Exclude.ToArray());
        Assert.Equal(2048, configuration.MaxFileSizeBytes);
        Assert.Equal(["rules/house.rules"], configuration.RulePacks.ToArray());
        Assert.False(configuration.UseBuiltInPacks);
        Assert.Equal(ConfigPath, configuration.SourcePath);
        Assert.Equal(Path.GetDirectoryName(Path.GetFullPath(ConfigPath)), configuration.BaseDirectory);
    }

    [Fact]
    public void Comments_AndTrailingCommas_AreAllowed()
    {
        var configuration = Parse("""
            {
              // house style
              "rules": { "PL0001": "error", }, /* done */
            }
            """);

        Assert.Equal(DiagnosticSeverity.Error, configuration.GetEffectiveSeverity(OnByDefault, "a.md"));
    }

    [Fact]
    public void BadJson_MessageHasPathLineAndColumn()
    {
        var message = ParseError("{\n  \"rules\": {\n    \"PL0001\": \"error\",,\n  }\n}");

        Assert.StartsWith("project/.docrules.json(3,23): error: invalid JSON: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadJson_ColumnCountsCharactersNotBytes()
    {
        var message = ParseError("{ \"options\": { \"clé\": \"é\" ] }");

        Assert.StartsWith("project/.docrules.json(1,27): error: invalid JSON", message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyText_IsInvalidJson()
    {
        Assert.StartsWith("project/.docrules.json(1,1): error: invalid JSON", ParseError(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void BadSeverityWord_NamesTheRuleAndTheAcceptedWords()
    {
        var message = ParseError("""{ "rules": { "PL0001": "loud" } }""");

        Assert.Contains("rules.PL0001", message, StringComparison.Ordinal);
        Assert.Contains("'loud' is not a severity", message, StringComparison.Ordinal);
        Assert.Contains(SeverityParser.AcceptedWords, message, StringComparison.Ordinal);
        Assert.StartsWith(ConfigPath + ": error:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeverityNotAString_IsRejected()
    {
        Assert.Contains("rules.PL0001", ParseError("""{ "rules": { "PL0001": 2 } }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void BadSeverityInOverride_NamesTheOverride()
    {
        var message = ParseError("""{ "overrides": [ { "files": ["a"], "rules": { "PL0001": "maybe" } } ] }""");

        Assert.Contains("overrides[0].rules.PL0001", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSetting_IsNamed()
    {
        var message = ParseError("""{ "rulez": {} }""");

        Assert.Contains("unknown setting 'rulez'", message, StringComparison.Ordinal);
        Assert.Contains("known: rules", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSettingInOverride_IsNamed()
    {
        Assert.Contains("overrides[0]: unknown setting 'glob'", ParseError("""{ "overrides": [ { "glob": "x" } ] }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void OverrideWithoutFiles_IsRejected()
    {
        Assert.Contains("'files' must list at least one glob", ParseError("""{ "overrides": [ { "rules": {} } ] }"""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[1, 2]""", "the top level: expected an object, found an array")]
    [InlineData("""{ "rules": [] }""", "rules: expected an object, found an array")]
    [InlineData("""{ "language": 5 }""", "language: expected a string, found a number")]
    [InlineData("""{ "extensions": "md" }""", "extensions: expected an array, found a string")]
    [InlineData("""{ "extensions": [".md", 3] }""", "extensions[1]: expected a string, found a number")]
    [InlineData("""{ "maxFileSize": -1 }""", "maxFileSize: expected a positive whole number of bytes")]
    [InlineData("""{ "maxFileSize": 1.5 }""", "maxFileSize: expected a positive whole number of bytes")]
    [InlineData("""{ "builtInPacks": "yes" }""", "builtInPacks: expected true or false")]
    [InlineData("""{ "options": { "x": null } }""", "options.x: expected a string, number or boolean")]
    [InlineData("""{ "overrides": {} }""", "overrides: expected an array, found an object")]
    public void WrongValueKinds_AreReported(string json, string expected)
    {
        Assert.Contains(expected, ParseError(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsFile_AndFindWalksUpParents()
    {
        using var temp = new TempDirectory();
        var path = temp.Write(".docrules.json", """{ "rules": { "PL0001": "error" } }""");
        var nested = temp.Combine("a/b/c");
        Directory.CreateDirectory(nested);

        var found = DocRulesConfiguration.Find(nested);
        var configuration = DocRulesConfiguration.Load(found!);

        Assert.Equal(path, found);
        Assert.Equal(DiagnosticSeverity.Error, configuration.GetEffectiveSeverity(OnByDefault, "x.md"));
        Assert.Equal(temp.Path, configuration.BaseDirectory);
    }

    [Fact]
    public void Load_MissingFile_ThrowsConfigurationExceptionNamingIt()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("missing.json");

        var ex = Assert.Throws<ConfigurationException>(() => DocRulesConfiguration.Load(path));

        Assert.StartsWith(path + ": error: cannot read the configuration file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeverityParser_RejectsUnknownAndNull()
    {
        Assert.False(SeverityParser.TryParse("loud", out _));
        Assert.False(SeverityParser.TryParse(null, out _));
        Assert.True(SeverityParser.TryParse("Default", out var severity));
        Assert.Equal(ReportDiagnostic.Default, severity);
        Assert.Null(SeverityParser.ToSeverity(ReportDiagnostic.Suppress, DiagnosticSeverity.Error));
        Assert.Equal(DiagnosticSeverity.Error, SeverityParser.ToSeverity(ReportDiagnostic.Default, DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("rulePacks")]
    [InlineData("analyzers")]
    [InlineData("exclude")]
    public void APathWithANulCharacter_IsAConfigurationError_NotACrashLater(string setting)
    {
        var message = ParseError($$"""{ "{{setting}}": ["packs/a\u0000b"] }""");

        Assert.Contains($"{setting}[0]: the value holds the control character U+0000 at index 7", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageWithANewline_IsAConfigurationError()
    {
        Assert.Contains("language: the value holds the control character U+000A", ParseError("""{ "language": "e\nn" }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void MoreExcludeGlobsThanTheCap_IsAConfigurationError()
    {
        var globs = string.Join(", ", Enumerable.Range(0, DocRulesConfiguration.MaxGlobs + 1).Select(i => $"\"x{i}/**/*.md\""));

        Assert.Contains("exclude: 10,001 globs; at most 10,000", ParseError("{ \"exclude\": [" + globs + "] }"), StringComparison.Ordinal);
    }
}
