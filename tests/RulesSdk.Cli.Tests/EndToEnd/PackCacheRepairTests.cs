using System.Text.Json.Nodes;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

/// <summary>Issue 13, item 22: a cached pack manifest that is valid JSON but lists no rule is corrupt: the pack is rebuilt, and --no-cache repairs it.</summary>
public sealed class PackCacheRepairTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public PackCacheRepairTests()
    {
        _folder.WriteTestPack();
        _folder.Write("doc.md", "Je suis ravi de partager que, oui.\n");
    }

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string> Environment => new() { ["DOCRULES_CACHE"] = _folder.Combine("cache") };

    private Task<CliResult> CheckAsync(params string[] extra) =>
        DocRulesProcess.RunWithEnvironmentAsync(_folder.Path, null, Environment, TestPack.With(["check", "doc.md", .. extra]));

    /// <summary>Empties the rule list of every manifest in the cache; returns how many were emptied.</summary>
    private int EmptyTheManifests()
    {
        var manifests = Directory.GetFiles(_folder.Combine("cache"), "m-*.json");
        foreach (var manifest in manifests)
        {
            var json = JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
            var rules = json.Select(p => p.Key).Single(k => k.Equals("rules", StringComparison.OrdinalIgnoreCase));
            json[rules] = new JsonArray();
            File.WriteAllText(manifest, json.ToJsonString());
        }

        return manifests.Length;
    }

    private int ManifestRuleCount() => Directory.GetFiles(_folder.Combine("cache"), "m-*.json")
        .Sum(m => JsonNode.Parse(File.ReadAllText(m))!.AsObject().Single(p => p.Key.Equals("rules", StringComparison.OrdinalIgnoreCase)).Value!.AsArray().Count);

    [Fact]
    public async Task ManifestWithoutRules_IsRebuilt_AndThePackStillReports()
    {
        var first = await CheckAsync();
        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.True(EmptyTheManifests() > 0);

        var second = await CheckAsync();

        Assert.True(second.ExitCode == 1, second.ToString());
        Assert.Contains("doc.md(1,1): warning TL0001", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, ManifestRuleCount());
    }

    [Fact]
    public async Task NoCache_Recompiles_AndRepairsTheCachedManifest()
    {
        await CheckAsync();
        Assert.True(EmptyTheManifests() > 0);

        var repaired = await CheckAsync("--no-cache");

        Assert.True(repaired.ExitCode == 1, repaired.ToString());
        Assert.Contains("doc.md(1,1): warning TL0001", repaired.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, ManifestRuleCount());
    }
}
