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

    private static string Key(int n) => n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Writing_a_pack_deletes_entries_unused_for_longer_than_the_maximum_age()
    {
        var old = Entry(Key(1) + ".dll", PackCache.MaxAge + TimeSpan.FromDays(1));
        var oldManifest = Entry("m-" + Key(2) + ".json", PackCache.MaxAge + TimeSpan.FromDays(1));
        var recent = Entry(Key(3) + ".dll", TimeSpan.FromDays(1));
        var leftover = Entry("." + Key(4) + ".dll." + Guid.NewGuid().ToString("N") + ".docrules-tmp", TimeSpan.FromDays(2));
        var freshLeftover = Entry("." + Key(5) + ".dll." + Guid.NewGuid().ToString("N") + ".docrules-tmp", TimeSpan.FromMinutes(1));

        new PackCache(_directory).TryWrite(Key(6), [4, 5, 6]);

        Assert.False(File.Exists(old));
        Assert.False(File.Exists(oldManifest));
        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(freshLeftover)); // may be a write in progress
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(Path.Combine(_directory, Key(6) + ".dll")));
    }

    [Fact]
    public void Files_that_are_not_cache_entries_are_never_deleted()
    {
        var ancient = PackCache.MaxAge + TimeSpan.FromDays(30);
        var others = new[] { "appsettings.json", "Plugin.dll", "notes.txt", "m-short.json", Key(0xABCDEF).ToUpperInvariant() + ".dll" }
            .Select(name => Entry(name, ancient))
            .ToList();

        new PackCache(_directory).TryWrite(Key(8), [1]);

        Assert.All(others, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void Beyond_the_maximum_count_the_least_recently_used_go()
    {
        for (var i = 0; i < PackCache.MaxEntries + 5; i++)
        {
            Entry(Key(1000 + i) + ".dll", TimeSpan.FromMinutes(10 + i));
        }

        new PackCache(_directory).TryWrite(Key(1), [1]);

        var left = Directory.GetFiles(_directory, "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Equal(PackCache.MaxEntries, left.Count);
        Assert.Contains(Key(1), left);
        Assert.Contains(Key(1000), left);
        Assert.DoesNotContain(Key(1000 + PackCache.MaxEntries + 4), left);
    }

    [Fact]
    public void Reading_an_entry_keeps_it_alive()
    {
        var used = Entry(Key(9) + ".dll", PackCache.MaxAge + TimeSpan.FromDays(1));
        var cache = new PackCache(_directory);

        Assert.NotNull(cache.TryRead(Key(9)));
        cache.TryWrite(Key(10), [1]);

        Assert.True(File.Exists(used));
    }
}
