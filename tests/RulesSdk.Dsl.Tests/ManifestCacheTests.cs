namespace RulesSdk.Dsl.Tests;

/// <summary>A cache hit through the manifest skips parsing and binding, yet sees every change to imports and lists.</summary>
public sealed class ManifestCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "docrules-manifest-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private RulePackOptions Options => new() { CacheDirectory = _directory };

    private static string Pack() => Dsl.Pack("import \"more.rules\"\nlist words from \"words.txt\"\n" + Dsl.Rule("match phrase @words\nexample \"Il dit zut.\""));

    private static Dictionary<string, string> Files(string words, string importedTitle = "Imported") => new()
    {
        ["/rules/words.txt"] = words,
        ["/rules/more.rules"] = Dsl.Rule($"title \"{importedTitle}\"\nmatch /flute/\nexample \"Il dit flute.\"", id: "PL0002", name: "imported"),
    };

    [Fact]
    public void Second_compile_uses_the_manifest_and_keeps_the_metadata()
    {
        var first = Dsl.CompileOk(Pack(), Files("zut\n"), Options);
        Assert.NotEmpty(Directory.GetFiles(_directory, "*.json"));

        var second = Dsl.CompileOk(Pack(), Files("zut\n"), Options);

        Assert.True(second.LoadedFromCache);
        Assert.Empty(second.GeneratedSources);
        Assert.Equal(first.Rules.Select(r => (r.Id, r.Name, r.Scope, r.Language, r.HasSafeFix, r.Path, r.Line)), second.Rules.Select(r => (r.Id, r.Name, r.Scope, r.Language, r.HasSafeFix, r.Path, r.Line)));
        Assert.Equal(first.Rules.SelectMany(r => r.Examples), second.Rules.SelectMany(r => r.Examples));
        Assert.Equal(["zut"], Dsl.Flagged(second, "Il dit zut."));
    }

    [Fact]
    public void A_changed_list_file_is_seen()
    {
        Dsl.CompileOk(Pack(), Files("zut\n"), Options);

        var changed = Dsl.CompileOk(Pack(), Files("zut\nmince\n"), Options);

        Assert.Equal(["mince"], Dsl.Flagged(changed, "Il dit mince."));
    }

    [Fact]
    public void A_changed_import_is_seen()
    {
        Dsl.CompileOk(Pack(), Files("zut\n"), Options);

        var changed = Dsl.CompileOk(Pack(), Files("zut\n", importedTitle: "Renamed"), Options);

        Assert.Equal("Renamed", changed.Rules.Single(r => r.Id == "PL0002").Descriptor.Title);
    }

    [Fact]
    public void A_damaged_manifest_is_ignored()
    {
        Dsl.CompileOk(Pack(), Files("zut\n"), Options);
        foreach (var manifest in Directory.GetFiles(_directory, "*.json"))
        {
            File.WriteAllText(manifest, "{ not json");
        }

        var again = Dsl.CompileOk(Pack(), Files("zut\n"), Options);

        Assert.True(again.LoadedFromCache);
        Assert.NotEmpty(again.GeneratedSources);
        Assert.Equal(["zut"], Dsl.Flagged(again, "Il dit zut."));
    }
}
