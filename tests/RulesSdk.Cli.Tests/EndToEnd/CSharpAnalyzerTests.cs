using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary><c>--analyzers</c> and the configuration's <c>analyzers</c>: hand-written C# analyzers run beside the packs.</summary>
public sealed class CSharpAnalyzerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_AnalyzersDll_ReportsItsDiagnostics_AndRunEndRulesSeeEveryFile()
    {
        var dll = AnalyzerAssembly.Compile(_folder.Path, "Acme.Rules");
        _folder.Write("docs/a.md", "This is URGENT. Send an e-mail.\n");
        _folder.Write("docs/b.md", "Send an email instead.\n");

        var result = await _folder.RunAsync("check", "docs", "--no-builtin", "--analyzers", dll);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["docs/a.md(1,9): warning ACME001: 'URGENT' is shouted", "docs/a.md(1,25): warning ACME002: 'e-mail' here, 'email' elsewhere in the set"],
            result.StdoutLines[..^1]);
    }

    [Fact]
    public async Task Check_AnalyzersFromConfiguration_RunBesideTheBuiltInPacks()
    {
        AnalyzerAssembly.Compile(_folder.Combine(string.Empty), "Acme.Rules");
        _folder.Write(".docrules.json", """{ "analyzers": ["Acme.Rules.dll"], "rules": { "ACME002": "none" } }""");
        _folder.Write("a.md", "This is URGENT. Send an e-mail, or an email.\n");

        var result = await _folder.RunAsync("check", "a.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.md(1,9): warning ACME001: 'URGENT' is shouted", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ACME002", result.Stdout, StringComparison.Ordinal);

        var list = await _folder.RunAsync("list");
        Assert.Contains("ACME001", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingOrBrokenAnalyzers_Exit2_NamingThePath()
    {
        _folder.Write("a.md", "Text.\n");
        _folder.WriteBytes("bad.dll", [0x4D, 0x5A, 0x00, 0x01]);

        var missing = await _folder.RunAsync("check", "a.md", "--analyzers", "nope.dll");
        var broken = await _folder.RunAsync("check", "a.md", "--analyzers", "bad.dll");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.dll: error: analyzer assembly not found", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("bad.dll: error: not a .NET assembly", broken.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AnalyzerProject_IsBuiltFirst_AndABuildErrorIsReported()
    {
        var project = AnalyzerAssembly.WriteProject(_folder, "Acme.Project");
        var broken = AnalyzerAssembly.WriteProject(_folder, "Acme.Broken", "namespace Broken; public class X { int Y => \"no\"; }");
        _folder.Write("a.md", "This is URGENT.\n");

        var result = await _folder.RunAsync("check", "a.md", "--no-builtin", "--analyzers", project);
        var failed = await _folder.RunAsync("check", "a.md", "--no-builtin", "--analyzers", broken);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("a.md(1,9): warning ACME001: 'URGENT' is shouted", result.StdoutLines[0]);
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("the analyzer project did not build", failed.Stderr, StringComparison.Ordinal);
        Assert.Contains("CS0029", failed.Stderr, StringComparison.Ordinal);
    }
}
