using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary><c>--rule-timeout MS</c>: each rule's budget per document from the command line, over the configuration's <c>ruleTimeout</c>.</summary>
public sealed class RuleTimeoutOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public RuleTimeoutOptionTests()
    {
        // A rule with no literal to prefilter on, run on each of 20,000 lines, that never matches:
        // tens of milliseconds of work and one finding, on the last line.
        _folder.Write("rules/busy.rules", "pack busy \"Busy\"\nlanguage fr\nrule BZ0001 nine-lowercase-words\n  title \"Nine\"\n  message \"Nine words\"\n  severity info\n  scope line\n  match /\\b[a-z]+(?: [a-z]+){8}\\b/\nend\n");
        _folder.Write("doc.md", string.Concat(Enumerable.Repeat("Le mot et le mot et le mot encore.\n\n", 20_000)) + "un deux trois quatre cinq six sept huit neuf.\n");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("99999999999")]
    public async Task NotAWholeNumberInRange_Exits2_NamingTheOption(string value)
    {
        var result = await _folder.RunAsync("check", "doc.md", "--rules", "rules/busy.rules", "--no-builtin", "--rule-timeout", value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("docrules: error: --rule-timeout", result.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tiny_budget_stops_the_rule_with_DR0002_naming_it_and_overrides_the_configuration()
    {
        _folder.Write(".docrules.json", "{ \"ruleTimeout\": 600000 }");

        var result = await _folder.RunAsync("check", "doc.md", "--rules", "rules/busy.rules", "--no-builtin", "--rule-timeout", "1");

        var timedOut = Assert.Single(result.StdoutLines, l => l.Contains(" DR0002: ", StringComparison.Ordinal));
        Assert.Contains("Rule 'BZ0001' timed out", timedOut, StringComparison.Ordinal);
        // 1 ms per 100,000 characters of the document's 720,046.
        Assert.Contains("budget of 7 ms", timedOut, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task A_generous_budget_lets_the_rule_finish()
    {
        var result = await _folder.RunAsync("check", "doc.md", "--rules", "rules/busy.rules", "--no-builtin", "--rule-timeout", "600000");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(" DR0002: ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("doc.md(40001,1): info BZ0001: Nine words", Assert.Single(result.StdoutLines, l => l.Contains("BZ0001", StringComparison.Ordinal)));
    }
}
