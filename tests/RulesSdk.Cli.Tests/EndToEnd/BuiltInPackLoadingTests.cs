using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>
/// The built-in packs ship precompiled inside the tool: a first run on a fresh machine compiles
/// nothing and writes no pack cache. <c>--timings</c> shows where a run's time goes.
/// </summary>
public sealed class BuiltInPackLoadingTests : IDisposable
{
    private const string LeadIn = "Je suis ravi de partager que, selon le ministre, le pont est ouvert.\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_WithBuiltInPacks_CompilesNothingAndWritesNoCache()
    {
        _folder.Write("article.txt", LeadIn);
        var cache = _folder.Combine("fresh-cache");

        var result = await DocRulesProcess.RunWithEnvironmentAsync(_folder.Path, null, new Dictionary<string, string> { ["DOCRULES_CACHE"] = cache }, "check", "article.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("warning NF0003", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cache) && Directory.EnumerateFileSystemEntries(cache).Any(), "a built-in pack was compiled at run time: " + cache);
    }

    [Fact]
    public async Task Check_WithAUserPack_StillCompilesAndCachesIt()
    {
        _folder.WriteTestPack();
        _folder.Write("article.txt", LeadIn);
        var cache = _folder.Combine("fresh-cache");

        var result = await DocRulesProcess.RunWithEnvironmentAsync(_folder.Path, null, new Dictionary<string, string> { ["DOCRULES_CACHE"] = cache }, TestPack.With("check", "article.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(Directory.GetFiles(cache, "*.dll"));
    }

    [Fact]
    public async Task Timings_PrintEachStageOnStderr_AndLeaveTheReportAlone()
    {
        _folder.Write("article.txt", LeadIn);

        var plain = await _folder.RunAsync("check", "article.txt");
        var timed = await _folder.RunAsync("check", "article.txt", "--timings");

        Assert.Equal(plain.Stdout, timed.Stdout);
        Assert.Equal(plain.ExitCode, timed.ExitCode);
        var lines = timed.Stderr.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Equal("docrules timings (wall):", lines[0]);
        foreach (var stage in new[] { "start-up", "configuration", "documents", "rule packs", "analysis", "report", "write", "total" })
        {
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^{stage}\s+\d+\.\d{{3}} s"));
        }

        Assert.Contains(lines, l => l.StartsWith("jit ", StringComparison.Ordinal) && l.Contains("gc pauses", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("documents", StringComparison.Ordinal) && l.Contains("1 documents, 69 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timings_OnFix_NameTheFixStage()
    {
        _folder.Write("article.txt", LeadIn);

        var result = await _folder.RunAsync("fix", "article.txt", "--timings");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fix all", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 documents changed", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("Selon le ministre", _folder.Read("article.txt"), StringComparison.Ordinal);
    }
}
