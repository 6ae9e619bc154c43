using System.Text.Json;
using RulesSdk.Cli.Tests.TestSupport;

namespace RulesSdk.Cli.Tests.EndToEnd;

public sealed class CheckSarifFormatTests : IDisposable
{
    private const string Document = "# Titre\n\nÉté. Je suis ravi de partager que, selon X, Vladimir Zelensky a parlé.\n";
    private readonly TempFolder _folder = new();

    public CheckSarifFormatTests() => _folder.WriteTestPack();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Check_Sarif_Is210WithDriverRulesResultsRegionsAndFixes()
    {
        _folder.Write("news/un article.md", Document);

        var result = await _folder.RunAsync(TestPack.With("check", "news", "--format", "sarif"));

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("docrules", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var leadInIndex = rules.FindIndex(r => r.GetProperty("id").GetString() == "TL0001");
        var rule = rules[leadInIndex];
        Assert.Equal("editorial-lead-in", rule.GetProperty("name").GetString());
        Assert.Equal("Editorial lead-in.", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.Equal("https://example.org/rules/TL0001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.True(rule.GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean());
        Assert.Equal("attribution", rule.GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal(["persona", "lead-in"], rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", baseUri, StringComparison.Ordinal);
        Assert.EndsWith("/", baseUri, StringComparison.Ordinal);
        Assert.Equal(new Uri(_folder.Path + "/").AbsoluteUri, baseUri);
        var artifact = Assert.Single(run.GetProperty("artifacts").EnumerateArray());
        Assert.Equal("news/un%20article.md", artifact.GetProperty("location").GetProperty("uri").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var leadIn = results[0];
        Assert.Equal("TL0001", leadIn.GetProperty("ruleId").GetString());
        Assert.Equal(leadInIndex, leadIn.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("warning", leadIn.GetProperty("level").GetString());
        Assert.StartsWith("The writer steps in with", leadIn.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var physical = leadIn.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("news/un%20article.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal("Été. ".Length + 1, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(3, region.GetProperty("endLine").GetInt32());
        Assert.True(region.GetProperty("endColumn").GetInt32() > region.GetProperty("startColumn").GetInt32());

        var info = results[1];
        Assert.Equal("TL0002", info.GetProperty("ruleId").GetString());
        Assert.Equal("note", info.GetProperty("level").GetString());
        var fix = Assert.Single(info.GetProperty("fixes").EnumerateArray());
        Assert.Equal("Use Volodymyr.", fix.GetProperty("description").GetProperty("text").GetString());
        var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal("news/un%20article.md", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        var deleted = replacement.GetProperty("deletedRegion");
        var column = "Été. Je suis ravi de partager que, selon X, ".Length + 1;
        Assert.Equal(3, deleted.GetProperty("startLine").GetInt32());
        Assert.Equal(column, deleted.GetProperty("startColumn").GetInt32());
        Assert.Equal(column + "Vladimir".Length, deleted.GetProperty("endColumn").GetInt32());
        Assert.Equal("Volodymyr", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Check_Sarif_PassesTheSarifMultitoolValidator()
    {
        _folder.Write("news/un article.md", Document);
        _folder.Write("news/clean.txt", "Rien à signaler.\n");

        var result = await _folder.RunAsync(TestPack.With("check", "news", "--format", "sarif", "--output", "report.sarif"));

        Assert.Equal(1, result.ExitCode);
        var findings = await SarifMultitool.ValidateAsync(_folder.Combine("report.sarif"));
        Assert.True(findings.Count == 0, "Sarif.Multitool validate reported:\n" + string.Join('\n', findings));
    }
}
