using System.Text.Json;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, item 26: a finding that covers its whole line has no contextRegion (SARIF1008), and the log passes the Multitool.</summary>
public sealed class SarifWholeLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public SarifWholeLineTests()
    {
        _folder.WriteTestPack();
        _folder.Write("news/whole.md", "# Titre\n\nÉté. Vladimir Zelensky a parlé.\n\nJe suis ravi de partager que,");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_Sarif_WholeLineFinding_HasNoContextRegion_AndAPartialOneHas()
    {
        var result = await _folder.RunAsync(TestPack.With("check", "news", "--format", "sarif"));

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var wholeLine = results.Single(r => r.GetProperty("ruleId").GetString() == "TL0001").GetProperty("locations")[0].GetProperty("physicalLocation");
        var partial = results.Single(r => r.GetProperty("ruleId").GetString() == "TL0002").GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("Je suis ravi de partager que,", wholeLine.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        Assert.False(wholeLine.TryGetProperty("contextRegion", out _));
        Assert.True(partial.TryGetProperty("contextRegion", out _));
    }

    [Fact]
    public async Task Check_Sarif_WithAWholeLineFinding_PassesTheSarifMultitoolValidator()
    {
        var result = await _folder.RunAsync(TestPack.With("check", "news", "--format", "sarif", "--output", "report.sarif"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = await SarifMultitool.ValidateAsync(_folder.Combine("report.sarif"));
        Assert.True(findings.Count == 0, "Sarif.Multitool validate reported:\n" + string.Join('\n', findings));
    }
}
