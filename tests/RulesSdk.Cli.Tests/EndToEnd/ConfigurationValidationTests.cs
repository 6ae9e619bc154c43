using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, item 21: a configuration that would silently do nothing is an error or a warning naming the file and the key.</summary>
public sealed class ConfigurationValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ConfigurationValidationTests()
    {
        _folder.WriteTestPack();
        _folder.Write("docs/doc.md", "Je suis ravi de partager que, oui.\n");
    }

    public void Dispose() => _folder.Dispose();

    private string ConfigPath => _folder.Combine(".docrules.json");

    [Theory]
    [InlineData("""{ "extensions": [] }""", "extensions: the list is empty")]
    [InlineData("""{ "extensions": [""] }""", "extensions[0]: '' is not a file extension")]
    [InlineData("""{ "extensions": [".md", "."] }""", "extensions[1]: '.' is not a file extension")]
    [InlineData("""{ "exclude": ["docs/**.md"] }""", "exclude[0]: 'docs/**.md': ** must be a whole path segment")]
    [InlineData("""{ "exclude": ["/abs/*.md"] }""", "exclude[0]: '/abs/*.md' is an absolute path")]
    [InlineData("""{ "exclude": ["docs/[ab].md"] }""", "exclude[0]: 'docs/[ab].md': character classes")]
    [InlineData("""{ "exclude": [""] }""", "exclude[0]: an empty glob matches nothing")]
    [InlineData("""{ "overrides": [ { "files": ["{a,b}/*.md"], "rules": {} } ] }""", "overrides[0].files[0]: '{a,b}/*.md': character classes")]
    public async Task MalformedSetting_Exits2_NamingTheFileAndKey(string json, string expected)
    {
        _folder.Write(".docrules.json", json);

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"{ConfigPath}: error: {expected}", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("de")]
    public async Task UnknownLanguage_IsAWarningNamingTheKey(string language)
    {
        _folder.Write(".docrules.json", $$"""{ "language": "{{language}}", "overrides": [ { "files": ["docs/**"], "language": "{{language}}" } ] }""");
        _folder.Write("rules/fr.rules", TestPack.Text.Replace("language any", "language fr", StringComparison.Ordinal));

        var result = await _folder.RunAsync("check", "docs", "--rules", "rules/fr.rules", "--no-builtin");

        Assert.Contains($"{ConfigPath}: warning: language: no loaded rule is written for language '{language}' (loaded: fr); its documents get no language-specific rule", result.StderrLines);
        Assert.Contains($"{ConfigPath}: warning: overrides[0].language: no loaded rule is written for language '{language}' (loaded: fr); its documents get no language-specific rule", result.StderrLines);
    }

    [Fact]
    public async Task KnownLanguage_GivesNoWarning()
    {
        _folder.Write(".docrules.json", """{ "language": "fr-FR" }""");
        _folder.Write("rules/fr.rules", TestPack.Text.Replace("language any", "language fr", StringComparison.Ordinal));

        var result = await _folder.RunAsync("check", "docs", "--rules", "rules/fr.rules", "--no-builtin");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public async Task UnknownRuleId_IsAWarningNamingTheKey()
    {
        _folder.Write(".docrules.json", """{ "rules": { "TL0001": "error", "TL9999": "none" }, "overrides": [ { "files": ["docs/**"], "rules": { "XX0001": "none" } } ] }""");

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [
                $"{ConfigPath}: warning: rules.TL9999: no loaded rule has this id, so the setting does nothing (docrules list shows the loaded rules)",
                $"{ConfigPath}: warning: overrides[0].rules.XX0001: no loaded rule has this id, so the setting does nothing (docrules list shows the loaded rules)",
            ],
            result.StderrLines);
        Assert.Contains("docs/doc.md(1,1): error TL0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedBinaryFile_ShowsOnTheSummaryLine()
    {
        _folder.WriteBytes("photo.txt", [0x89, 0x50, 0x00, 0x01]);

        var result = await _folder.RunAsync(TestPack.With("check", "photo.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("0 files, 0 warnings, 0 errors, 0 info, 1 skipped", result.StdoutLines[^1]);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public async Task NonexistentPath_ErrorsWithoutASummary(string command)
    {
        var result = await _folder.RunAsync(TestPack.With(command, "missing.md"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(["missing.md: error: no such file or directory"], result.StderrLines);
        Assert.Empty(result.Stdout);
    }
}
