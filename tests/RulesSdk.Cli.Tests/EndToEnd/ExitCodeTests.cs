using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Exit 2 for bad input and usage, each with one line per problem on stderr.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ExitCodeTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_MissingPath_Exits2_NamingThePath()
    {
        _folder.Write("ok.md", "Je suis ravi de partager que, oui.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "ok.md", "missing.md"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.md: error: no such file or directory", result.StderrLines);
        // What was found is still printed.
        Assert.Contains("ok.md(1,1): warning TL0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MalformedConfiguration_Exits2_WithFileAndPosition()
    {
        _folder.Write(".docrules.json", "{ \"rules\": \n");
        _folder.Write("doc.md", "Rien.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.md"));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith(_folder.Combine(".docrules.json") + "(", line, StringComparison.Ordinal);
        Assert.Contains("error: invalid JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ConfigurationWithWrongValue_Exits2()
    {
        _folder.Write(".docrules.json", """{ "rules": { "TL0001": "loud" } }""");
        _folder.Write("doc.md", "Rien.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.md"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a severity", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingExplicitConfiguration_Exits2()
    {
        _folder.Write("doc.md", "Rien.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "doc.md", "--config", "nope.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["nope.json: error: configuration file not found"], result.StderrLines);
    }

    [Fact]
    public async Task Check_MalformedRuleFile_Exits2_WithDslErrorPosition()
    {
        _folder.Write("bad.rules", "pack bad \"Bad\"\n\nrule oops\nend\n");
        _folder.Write("doc.md", "Rien.\n");

        var result = await _folder.RunAsync("check", "doc.md", "--rules", "bad.rules", "--no-builtin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.StderrLines, l => l.StartsWith("bad.rules(3,", StringComparison.Ordinal) && l.Contains(": error DSL", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task Check_MissingRulePack_Exits2()
    {
        _folder.Write("doc.md", "Rien.\n");

        var result = await _folder.RunAsync("check", "doc.md", "--rules", "nowhere.rules", "--no-builtin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.rules: error: rule pack not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRuleId_WithControlCharacters_IsEchoedEscaped()
    {
        // An id is user input: an escape sequence in it must not reach the terminal as one.
        var result = await _folder.RunAsync(TestPack.With("explain", "NF\u001b]0;pwned\u0007"));

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Stderr);
        Assert.DoesNotContain('\u0007', result.Stderr);
        Assert.Contains("unknown rule id", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_UnknownRuleId_Exits2_AndWritesNothing()
    {
        var path = _folder.Write("doc.md", "Je suis ravi de partager que, oui.\n");
        var before = File.ReadAllBytes(path);

        var result = await _folder.RunAsync(TestPack.With("fix", "doc.md", "--rule", "XX9999"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["error: unknown rule id 'XX9999' (docrules list shows the loaded rules)"], result.StderrLines);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Check_NoPathOutsideARepository_Exits2_SayingToPassAPath()
    {
        var result = await _folder.RunAsync("check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pass a PATH", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RulesButNoPath_Exits2()
    {
        var result = await _folder.RunAsync(TestPack.With("check"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no PATH given", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-option")]
    [InlineData("check", "--severity-threshold", "loud")]
    [InlineData("check", "--parallelism", "0")]
    [InlineData("frobnicate")]
    [InlineData("explain")]
    public async Task UsageErrors_Exit2(params string[] args)
    {
        var result = await _folder.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("docrules: error: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Exits0()
    {
        var result = await _folder.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("check", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("fix", result.Stdout, StringComparison.Ordinal);
    }
}
