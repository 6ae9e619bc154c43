using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>compile, test, list and explain.</summary>
public sealed class PackCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public PackCommandTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Compile_ValidPack_Exits0()
    {
        var result = await _folder.RunAsync("compile", "rules");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["rules: pack test.cli \"CLI test pack\": 2 rules compiled"], result.StdoutLines);
    }

    [Fact]
    public async Task Compile_BrokenPack_Exits2_WithTheLineAndACaret()
    {
        _folder.Write("bad/bad.rules", "pack bad \"Bad\"\n\nrule PL0001 x\n  title \"T\"\n  scope sentence\n  match /(/\nend\n");

        var result = await _folder.RunAsync("compile", "bad");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.StderrLines, l => l.StartsWith("bad/bad.rules(", StringComparison.Ordinal) && l.Contains("error DSL", StringComparison.Ordinal));
        Assert.Contains(result.StderrLines, l => l.TrimStart().StartsWith('^'));
    }

    [Fact]
    public async Task Compile_EmitCs_WritesTheGeneratedSources()
    {
        var result = await _folder.RunAsync("compile", TestPack.RelativePath, "--emit-cs", "generated");

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = Directory.GetFiles(_folder.Combine("generated"), "*.cs");
        Assert.NotEmpty(files);
        Assert.Contains(files, f => File.ReadAllText(f).Contains("TL0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Test_PassingPack_PrintsCounts_AndExits0()
    {
        var result = await _folder.RunAsync("test", TestPack.RelativePath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["4 passed, 0 failed"], result.StdoutLines);
    }

    [Fact]
    public async Task Test_FailingExample_PrintsTheFailure_AndExits1()
    {
        _folder.Write("failing.rules", """
            pack failing "Failing"
            language any

            rule FL0001 shout
              title   "Shouting"
              message "Do not shout"
              scope   sentence
              match   /\bURGENT\b/
              fix     "Lower" => "urgent"
              example "C'est URGENT." => "C'est pressant."
              clean   "C'est URGENT aussi."
            end

            """);

        var result = await _folder.RunAsync("test", "failing.rules", "--accept");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith("failing.rules(10,1): FAIL FL0001 example", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith("failing.rules(11,1): FAIL FL0001 clean", StringComparison.Ordinal));
        Assert.Contains("    input:    \"C'est URGENT.\"", result.StdoutLines);
        Assert.Equal("0 passed, 2 failed", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task List_PrintsEveryRule()
    {
        var result = await _folder.RunAsync(TestPack.With("list"));

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^ID\s+SEVERITY\s+CATEGORY\s+PACK\s+TITLE$", result.StdoutLines[0]);
        Assert.Contains(result.StdoutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^TL0001\s+warning\s+attribution\s+test\.cli\s+Editorial lead-in$"));
        Assert.Contains(result.StdoutLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^TL0002\s+info\s+names\s+test\.cli\s+Wrong first name$"));
        Assert.Contains(result.StdoutLines, l => l.StartsWith("DR0001", StringComparison.Ordinal));
        Assert.Equal("2 rules in 1 pack", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Explain_KnownRule_ShowsMetadataExamplesAndHelp()
    {
        var result = await _folder.RunAsync(TestPack.With("explain", "tl0001"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("TL0001: Editorial lead-in", result.StdoutLines[0]);
        Assert.Contains("https://example.org/rules/TL0001.md", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Remove the lead-in (safe", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  flagged:  \"Je suis ravi de partager que, selon le porte-parole, le fait est établi.\"", result.StdoutLines);
        Assert.Contains("  fixed:    \"Selon le porte-parole, le fait est établi.\"", result.StdoutLines);
        Assert.Contains("  clean:    \"Selon le porte-parole, le fait est établi.\"", result.StdoutLines);
    }

    [Fact]
    public async Task Explain_UnknownRule_Exits2()
    {
        var result = await _folder.RunAsync(TestPack.With("explain", "ZZ0001"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown rule id 'ZZ0001'", result.Stderr, StringComparison.Ordinal);
    }
}
