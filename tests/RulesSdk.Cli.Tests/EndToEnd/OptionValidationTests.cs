using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, items 9 and 23: numeric options and options that only apply together are usage errors (exit 2) naming the option.</summary>
public sealed class OptionValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public OptionValidationTests()
    {
        _folder.WriteTestPack();
        _folder.Write("doc.md", "Rien.\n");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("check", "abc")]
    [InlineData("check", "1.5")]
    [InlineData("check", "0")]
    [InlineData("check", "-2")]
    [InlineData("check", "99999999999")]
    [InlineData("check", "99999999999999999999999")]
    [InlineData("fix", "abc")]
    [InlineData("fix", "2000")]
    public async Task Parallelism_NotAWholeNumberInRange_Exits2_NamingTheOption(string command, string value)
    {
        var result = await _folder.RunAsync(TestPack.With(command, "doc.md", "--parallelism", value));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("docrules: error: --parallelism", result.StderrLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parallelism_InRange_Runs()
    {
        var result = await _folder.RunAsync(TestPack.With("check", "doc.md", "--parallelism", "3"));

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("1.5/2")]
    [InlineData("1/99999999999")]
    [InlineData("3/2")]
    public async Task Shard_Malformed_Exits2_NamingTheOption(string value)
    {
        var result = await _folder.RunWithStdinAsync(string.Empty, TestPack.With("check", "--jsonl", "--shard", value));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--shard", result.StderrLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public async Task Shard_WithoutJsonl_Exits2(string command)
    {
        var result = await _folder.RunAsync(TestPack.With(command, "doc.md", "--shard", "1/2"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("docrules: error: --shard only applies with --jsonl (it splits the input lines between processes)", Assert.Single(result.StderrLines));
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public async Task Timings_WithJsonl_Exits2(string command)
    {
        var result = await _folder.RunWithStdinAsync("{\"id\":1,\"text\":\"Rien.\"}\n", TestPack.With(command, "--jsonl", "--timings"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("docrules: error: --timings does not apply with --jsonl (it times the stages of a run on files)", Assert.Single(result.StderrLines));
        Assert.Empty(result.Stdout);
    }
}
