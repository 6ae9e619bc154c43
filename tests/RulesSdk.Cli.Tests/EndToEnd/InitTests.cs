using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class InitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Init_ThenTest_Passes()
    {
        var init = await _folder.RunAsync("init");
        var test = await _folder.RunAsync("test", "rules");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(File.Exists(_folder.Combine(".docrules.json")));
        Assert.True(File.Exists(_folder.Combine("rules/sample.rules")));
        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Equal("2 passed, 0 failed", test.StdoutLines[^1]);
    }

    [Fact]
    public async Task Init_ThenCheck_UsesTheConfiguredSamplePack()
    {
        await _folder.RunAsync("init");
        _folder.Write("news.md", "We are happy to share that, according to the ministry, the bridge is open.\n");

        var check = await _folder.RunAsync("check", "news.md", "--no-builtin");
        var fix = await _folder.RunAsync("fix", "news.md", "--no-builtin");

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.StartsWith("news.md(1,1): warning LOC0001:", check.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal(0, fix.ExitCode);
        Assert.Equal("According to the ministry, the bridge is open.\n", _folder.Read("news.md"));
    }

    [Fact]
    public async Task Init_RefusesToOverwrite_AndWritesNothing()
    {
        _folder.Write(".docrules.json", "{}");

        var result = await _folder.RunAsync("init");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([".docrules.json: error: already exists; docrules init never overwrites a file (nothing was written)"], result.StderrLines);
        Assert.Equal("{}", _folder.Read(".docrules.json"));
        Assert.False(Directory.Exists(_folder.Combine("rules")));
    }
}
