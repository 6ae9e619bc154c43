using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class CheckTextFormatTests : IDisposable
{
    private const string LeadIn = "Je suis ravi de partager que, selon le ministre, le pont est ouvert.";
    private readonly TempFolder _folder = new();

    public CheckTextFormatTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_Text_PrintsCompilerStyleLinesSortedByPathAndPosition_ThenSummary()
    {
        _folder.Write("docs/b.md", "# Titre\n\n" + LeadIn + "\n");
        _folder.Write("docs/a.txt", "Vladimir Zelensky a parlé.\n" + LeadIn + "\n");

        var result = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "docs/a.txt(1,1): info TL0002: 'Vladimir Zelensky' should be 'Volodymyr Zelensky'",
                "docs/a.txt(2,1): warning TL0001: The writer steps in with 'Je suis ravi de partager que,'",
                "docs/b.md(3,1): warning TL0001: The writer steps in with 'Je suis ravi de partager que,'",
                "2 files, 2 warnings, 0 errors, 1 info",
            ],
            result.StdoutLines);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CleanDocument_ExitsZero()
    {
        _folder.Write("clean.md", "Selon le ministre, le pont est ouvert.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "clean.md"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1 file, 0 warnings, 0 errors, 0 info"], result.StdoutLines);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("warning", 0)]
    [InlineData("info", 1)]
    [InlineData("error", 0)]
    public async Task Check_SeverityThreshold_DecidesTheExitCode(string? threshold, int expected)
    {
        _folder.Write("names.txt", "Vladimir Zelensky a parlé.\n");
        string[] args = threshold is null ? ["check", "names.txt"] : ["check", "names.txt", "--severity-threshold", threshold];

        var result = await _folder.RunAsync(TestPack.With(args));

        Assert.True(expected == result.ExitCode, result.ToString());
        Assert.Contains("info TL0002", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Verbose_ShowsTheLineWithTheSpanUnderlined_AndTheSafeFix()
    {
        _folder.Write("doc.txt", "Titre\n\n" + LeadIn + "\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt", "--verbose"));

        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("doc.txt(3,1): warning TL0001", StringComparison.Ordinal));
        Assert.True(at >= 0, result.ToString());
        Assert.Equal("    " + LeadIn, lines[at + 1]);
        Assert.Equal("    ^" + new string('~', "Je suis ravi de partager que, ".Length - 1), lines[at + 2]);
        Assert.Equal("    fix: Remove the lead-in", lines[at + 3]);
        Assert.Equal("      - " + LeadIn, lines[at + 4]);
        Assert.Equal("      + Selon le ministre, le pont est ouvert.", lines[at + 5]);
    }

    [Fact]
    public async Task Check_Dash_ReadsStandardInput()
    {
        var result = await _folder.RunWithStdinAsync(LeadIn, TestPack.With("check", "-"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<stdin>(1,1): warning TL0001: The writer steps in with 'Je suis ravi de partager que,'", result.StdoutLines[0]);
        Assert.Equal("1 file, 1 warning, 0 errors, 0 info", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Check_Dash_WithStdinPath_ReportsUnderThatPath()
    {
        var result = await _folder.RunWithStdinAsync("Vladimir Zelensky a parlé.", TestPack.With("check", "-", "--stdin-path", "notes/today.md"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("notes/today.md(1,1): info TL0002", result.StdoutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WritesNothing_ExceptTheRequestedOutputFile()
    {
        var path = _folder.Write("doc.txt", LeadIn + "\n");
        var before = File.ReadAllBytes(path);
        var filesBefore = Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories).Order().ToArray();

        var plain = await _folder.RunAsync(TestPack.With("check", "doc.txt"));
        Assert.Equal(filesBefore, Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories).Order().ToArray());

        var toFile = await _folder.RunAsync(TestPack.With("check", "doc.txt", "--output", "out/report.txt"));

        Assert.Equal(1, plain.ExitCode);
        Assert.Equal(1, toFile.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(string.Empty, toFile.Stdout);
        Assert.Equal(plain.Stdout, _folder.Read("out/report.txt"));
        Assert.Equal(filesBefore.Append(_folder.Combine("out/report.txt")).Order(), Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Fact]
    public async Task Check_Folder_UsesTheConfiguredExtensions_AndGlobsWork()
    {
        _folder.Write("docs/a.md", LeadIn + "\n");
        _folder.Write("docs/deep/b.rst", LeadIn + "\n");
        _folder.Write("docs/c.txt", LeadIn + "\n");

        var defaults = await _folder.RunAsync(TestPack.With("check", "docs"));
        var glob = await _folder.RunAsync(TestPack.With("check", "docs/**/*.rst"));
        _folder.Write(".docrules.json", """{ "extensions": ["rst"] }""");
        var configured = await _folder.RunAsync(TestPack.With("check", "docs"));

        Assert.Equal(["docs/a.md", "docs/c.txt"], Paths(defaults));
        Assert.Equal(["docs/deep/b.rst"], Paths(glob));
        Assert.Equal(["docs/deep/b.rst"], Paths(configured));

        static string[] Paths(CliResult result) => [.. result.StdoutLines.Where(l => l.Contains('(', StringComparison.Ordinal)).Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)])];
    }

    [Theory]
    [InlineData("error", 1, "error TL0001")]
    [InlineData("info", 0, "info TL0001")]
    [InlineData("none", 0, null)]
    public async Task Check_ConfigurationSeverity_AppliesToTheRule(string severity, int expectedExit, string? expectedText)
    {
        _folder.Write(".docrules.json", $$"""{ "rules": { "TL0001": "{{severity}}" } }""");
        _folder.Write("doc.txt", LeadIn + "\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt"));

        Assert.True(expectedExit == result.ExitCode, result.ToString());
        if (expectedText is null)
        {
            Assert.DoesNotContain("TL0001", result.Stdout, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expectedText, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Check_ConfigurationRulePacks_LoadWithoutRulesOption()
    {
        _folder.Write(".docrules.json", """{ "builtInPacks": false, "rulePacks": ["rules"] }""");
        _folder.Write("doc.txt", LeadIn + "\n");

        var result = await _folder.RunAsync("check", "doc.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("doc.txt(1,1): warning TL0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ExplicitConfig_IsUsedInsteadOfTheNearestOne()
    {
        _folder.Write(".docrules.json", """{ "rules": { "TL0001": "none" } }""");
        _folder.Write("strict.json", """{ "rules": { "TL0001": "error" } }""");
        _folder.Write("doc.txt", LeadIn + "\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.txt", "--config", "strict.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error TL0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InlineSuppression_IsHonoured()
    {
        _folder.Write("doc.md", "<!-- docrules-disable-next-line TL0001 -->\n" + LeadIn + "\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.md"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("TL0001", result.Stdout, StringComparison.Ordinal);
    }
}
