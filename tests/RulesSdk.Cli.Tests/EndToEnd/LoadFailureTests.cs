using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class LoadFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public LoadFailureTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_BinaryFile_IsSkippedWithAWarning()
    {
        _folder.WriteBytes("docs/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        _folder.Write("docs/ok.md", "Rien à signaler.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.StderrLines);
        Assert.StartsWith("docs/image.txt: warning: skipped: binary content", warning, StringComparison.Ordinal);
        Assert.Equal("1 file, 0 warnings, 0 errors, 0 info, 1 skipped", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Check_YieldToAnUnknownName_WarnsWithTheRulesPlace_AndStillChecks()
    {
        _folder.Write("rules/yields.rules", """
            pack test.yields "Yields"
            language fr

            rule YL0001 general-opinion
              title   "Opinion"
              message "Opinion"
              yields  to first-name-typo
              scope   sentence
              match   /\bcrois\b/
            end
            """);
        _folder.Write("doc.txt", "Je crois que oui.\n");

        var result = await _folder.RunAsync(["check", "doc.txt", "--rules", "rules/yields.rules", "--no-builtin"]);

        Assert.Equal(1, result.ExitCode);
        var warning = Assert.Single(result.StderrLines);
        Assert.Contains("yields.rules(4,1): warning DSL0046: rule YL0001 yields to 'first-name-typo'", warning, StringComparison.Ordinal);
        Assert.Contains("doc.txt(1,4): warning YL0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TooLargeFile_IsSkippedWithAWarning()
    {
        _folder.Write(".docrules.json", """{ "maxFileSize": 10 }""");
        _folder.Write("big.md", "Ce texte dépasse dix octets.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "big.md"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("big.md: warning: skipped:", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InvalidUtf8_Exits2_ReportingTheByteOffset_AfterPrintingOtherDiagnostics()
    {
        // "Café " in Latin-1: the é (0xE9) is at byte offset 3.
        _folder.WriteBytes("docs/latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B, 0x0A]);
        _folder.Write("docs/lead.txt", "Je suis ravi de partager que, oui.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.StderrLines);
        Assert.StartsWith("docs/latin1.txt: error: invalid UTF-8 at byte offset 3", error, StringComparison.Ordinal);
        Assert.Contains("docs/lead.txt(1,1): warning TL0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InvalidUtf8OnStdin_Exits2_ReportingTheByteOffset()
    {
        var result = await _folder.RunWithStdinAsync([0x6F, 0x6B, 0xFF, 0x0A], TestPack.With("check", "-"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("<stdin>: error: invalid UTF-8 at byte offset 2", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_StdinOverTheSizeLimit_IsSkippedWithTheLimit()
    {
        _folder.Write(".docrules.json", """{ "maxFileSize": 1000 }""");

        var result = await _folder.RunWithStdinAsync(new string('a', 5000), TestPack.With("check", "-"));

        // Skipped as a file over the limit is: a warning, exit 0.
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<stdin>: warning: skipped: standard input is over the 1,000-byte limit", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ACostlyGitIgnorePattern_IsAWarning_NotASkippedFile_AndTheRunGoesOn()
    {
        _folder.Write("docs/.gitignore", string.Concat(Enumerable.Repeat("*a", 10)) + "*c.md\n");
        _folder.Write("docs/" + new string('a', 50) + ".md", "Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("docs/.gitignore: warning: line 1: '*a*a", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", result.Stdout, StringComparison.Ordinal);
    }
}
