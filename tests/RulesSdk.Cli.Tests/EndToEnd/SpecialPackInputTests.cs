using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>
/// hostile13: inputs that are not documents — a pack's snapshot inputs, a rule file, a configuration — that
/// are devices, FIFOs, binary or huge give a clear failure naming the file, never "internal error" or a hang.
/// </summary>
public sealed class SpecialPackInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public SpecialPackInputTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Test_BadSnapshotInputs_FailTheirOwnCases_TheRunGoesOn()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero and mkfifo");
        _folder.WriteBytes("rules/tests/bin.txt", [(byte)'H', (byte)'i', 0]);
        _folder.WriteBytes("rules/tests/enc.txt", [(byte)'c', 0xC3, 0x28, (byte)'\n']);
        _folder.Write("rules/tests/ok.txt", "Fine.\n");
        File.CreateSymbolicLink(_folder.Combine("rules/tests/zero.txt"), "/dev/zero");
        Shell.Must(_folder.Path, "mkfifo", "rules/tests/pipe.md");

        var result = await _folder.RunAsync("test", "rules");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("FAIL snapshot unreadable rules/tests/bin.txt: binary content (NUL byte at byte offset 2)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("FAIL snapshot unreadable rules/tests/enc.txt: invalid UTF-8 at byte offset 1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("FAIL snapshot unreadable rules/tests/zero.txt: a character device, not a regular file", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("FAIL snapshot unreadable rules/tests/pipe.md: a FIFO (named pipe), not a regular file", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("FAIL snapshot new      rules/tests/ok.txt", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Test_LinksOutOfThePack_AreNeitherFollowedNorWrittenThrough()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        _folder.Write("outside/docs/elsewhere.txt", "Fine.\n");
        _folder.Write("outside/target.txt", "keep me");
        _folder.Write("rules/tests/ok.txt", "Fine.\n");
        _folder.Write("rules/tests/linked.txt", "Fine.\n");
        Directory.CreateSymbolicLink(_folder.Combine("rules/tests/docs"), _folder.Combine("outside/docs"));
        Directory.CreateSymbolicLink(_folder.Combine("rules/tests/up"), _folder.Combine("rules"));
        File.CreateSymbolicLink(_folder.Combine("rules/tests/linked.txt.received.txt"), _folder.Combine("outside/target.txt"));

        var result = await _folder.RunAsync("test", "rules");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("FAIL snapshot new      rules/tests/ok.txt", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("linked.txt.received.txt: is a symbolic link; snapshots are never written through a link", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("rules/tests/up/", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["elsewhere.txt"], Directory.GetFiles(_folder.Combine("outside/docs")).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(_folder.Combine("outside/target.txt")));
        Assert.DoesNotContain("internal error", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_AFailedSnapshot_PrintsItsDiffOnce()
    {
        _folder.Write("rules/tests/ok.txt", "Fine.\n");
        _folder.Write("rules/tests/ok.txt.verified.txt", "something else entirely\n");

        var result = await _folder.RunAsync("test", "rules");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("FAIL snapshot failed   rules/tests/ok.txt", result.Stdout, StringComparison.Ordinal);
        var diffLine = result.StdoutLines.First(l => l.Contains("something else entirely", StringComparison.Ordinal));
        Assert.Single(result.StdoutLines, l => l == diffLine);
    }

    [SkippableTheory]
    [InlineData("compile", "/dev/zero")]
    [InlineData("test", "/dev/zero")]
    [InlineData("check", "--rules", "/dev/zero", "a.md")]
    public async Task DevZeroAsARulePack_IsDsl0011(params string[] args)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        _folder.Write("a.md", "Hello.\n");

        var result = await _folder.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("/dev/zero(1,1): error DSL0011: '/dev/zero' cannot be read: a character device, not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DevZeroInRulePacks_IsDsl0011()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        _folder.Write("a.md", "Hello.\n");
        _folder.Write(".docrules.json", """{ "rulePacks": ["/dev/zero"] }""");

        var result = await _folder.RunAsync("check", "a.md");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error DSL0011: '/dev/zero' cannot be read", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ConfigurationLinkedToDevZero_IsAConfigurationError()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs /dev/zero");
        _folder.Write("a.md", "Hello.\n");
        File.CreateSymbolicLink(_folder.Combine(".docrules.json"), "/dev/zero");

        var result = await _folder.RunAsync("check", "a.md");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(".docrules.json: error: cannot read the configuration file: a character device, not a regular file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeRuleTimeout_IsAConfigurationError()
    {
        _folder.Write("a.md", "Hello.\n");
        _folder.Write(".docrules.json", """{ "ruleTimeout": 922337203685477 }""");

        var result = await _folder.RunAsync("check", "a.md");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(".docrules.json: error: ruleTimeout: 922337203685477 is out of range; expected a whole number of milliseconds from 1 to 3600000 (an hour)", result.Stderr, StringComparison.Ordinal);
    }
}
