using System.Collections.Immutable;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Text;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>
/// Every edit of a <c>.docrules.json</c> (a new stamp) needs a new analyzer driver; the old one must go,
/// or a session that keeps saving its configuration grows without bound.
/// </summary>
public sealed class DriverCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docrules-drivers-" + Guid.NewGuid().ToString("N"));

    public DriverCacheTests()
    {
        foreach (var folder in new[] { "a", "b", "c" })
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
        }

        File.WriteAllText(Path.Combine(_root, "a", ".docrules.json"), "{\"rules\": {\"NF0003\": \"warning\"}}");
        File.WriteAllText(Path.Combine(_root, "b", ".docrules.json"), "{}");
    }

    [Fact]
    public void ManyConfigurationChanges_KeepOneDriverPerConfiguration()
    {
        var analysis = new DocumentAnalysis(new ConfigurationStore(_ => { }));
        var packs = new PackSet(1, ImmutableArray<Dsl.RulePack>.Empty);
        var configuration = Path.Combine(_root, "a", ".docrules.json");
        for (var i = 0; i < 50; i++)
        {
            File.SetLastWriteTimeUtc(configuration, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i));
            analysis.Analyze(Document("a", i, "Le pont est ouvert. " + i), packs, _root, CancellationToken.None);
            analysis.Analyze(Document("b", i, "The bridge is open. " + i), packs, _root, CancellationToken.None);
            analysis.Analyze(Document("c", i, "No configuration here. " + i), packs, _root, CancellationToken.None);
        }

        // a's current stamp, b's only one, and c's folder without a file.
        Assert.Equal(3, analysis.DriverCount);
        Assert.Equal(150, analysis.RunCount);
    }

    [Fact]
    public void ANewPackSet_ReplacesTheDriversOfTheOldOne()
    {
        var analysis = new DocumentAnalysis(new ConfigurationStore(_ => { }));
        for (var version = 1; version <= 20; version++)
        {
            var packs = new PackSet(version, ImmutableArray<Dsl.RulePack>.Empty);
            analysis.Analyze(Document("a", version, "Le pont."), packs, _root, CancellationToken.None);
        }

        Assert.Equal(1, analysis.DriverCount);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private OpenDocument Document(string folder, int version, string text) =>
        new("file://" + Path.Combine(_root, folder, "doc.md"), Path.Combine(_root, folder, "doc.md"), "markdown", version, SourceText.From(text));
}
