using RulesSdk.Dsl.Emit;

namespace RulesSdk.Dsl.Tests;

/// <summary>The pack cache stays bounded: every SDK or pack build adds entries, pruning removes the unused ones.</summary>
public sealed class PackCachePruningTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "docrules-prune-tests-" + Guid.NewGuid().ToString("N"));

    public PackCachePruningTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Entry(string name, TimeSpan age)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }

    [Fact]
    public void Writing_a_pack_deletes_entries_unused_for_longer_than_the_maximum_age()
    {
        var old = Entry("old.dll", PackCache.MaxAge + TimeSpan.FromDays(1));
        var oldManifest = Entry("m-old.json", PackCache.MaxAge + TimeSpan.FromDays(1));
        var recent = Entry("recent.dll", TimeSpan.FromDays(1));
        var unrelated = Entry("notes.txt", PackCache.MaxAge + TimeSpan.FromDays(1));

        new PackCache(_directory).TryWrite("new", [4, 5, 6]);

        Assert.False(File.Exists(old));
        Assert.False(File.Exists(oldManifest));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(Path.Combine(_directory, "new.dll")));
        Assert.True(File.Exists(unrelated)); // only the cache's own files are touched
    }

    [Fact]
    public void Beyond_the_maximum_count_the_least_recently_used_go()
    {
        for (var i = 0; i < PackCache.MaxEntries + 5; i++)
        {
            Entry($"e{i:D3}.dll", TimeSpan.FromMinutes(10 + i));
        }

        new PackCache(_directory).TryWrite("new", [1]);

        var left = Directory.GetFiles(_directory, "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Equal(PackCache.MaxEntries, left.Count);
        Assert.Contains("new", left);
        Assert.Contains("e000", left);
        Assert.DoesNotContain($"e{PackCache.MaxEntries + 4:D3}", left);
    }

    [Fact]
    public void Reading_an_entry_keeps_it_alive()
    {
        var used = Entry("used.dll", PackCache.MaxAge + TimeSpan.FromDays(1));
        var cache = new PackCache(_directory);

        Assert.NotNull(cache.TryRead("used"));
        cache.TryWrite("new", [1]);

        Assert.True(File.Exists(used));
    }
}
