namespace RulesSdk.Dsl.Tests;

public sealed class CacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "docrules-dsl-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private RulePackOptions Options => new() { CacheDirectory = _directory };

    private static string Source(string pattern) => Dsl.Pack(Dsl.Rule($"match /{pattern}/\nexample \"Il dit {pattern}.\""));

    [Fact]
    public void Second_compile_loads_from_cache()
    {
        var first = Dsl.CompileOk(Source("zut"), options: Options);
        Assert.False(first.LoadedFromCache);
        var entry = Assert.Single(Directory.GetFiles(_directory, "*.dll"));
        var second = Dsl.CompileOk(Source("zut"), options: Options);
        Assert.True(second.LoadedFromCache);
        Assert.Equal(entry, Assert.Single(Directory.GetFiles(_directory, "*.dll")));
        Assert.Equal(["zut"], Dsl.Flagged(second, "Il dit zut."));
        Assert.Equal("Test title", second.Rules[0].Descriptor.Title);
    }

    [Fact]
    public void Corrupt_cache_entry_is_ignored_and_rebuilt()
    {
        Dsl.CompileOk(Source("zut"), options: Options);
        var entry = Assert.Single(Directory.GetFiles(_directory, "*.dll"));
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);
        File.WriteAllBytes(entry, garbage);
        var rebuilt = Dsl.CompileOk(Source("zut"), options: Options);
        Assert.False(rebuilt.LoadedFromCache);
        Assert.Equal(["zut"], Dsl.Flagged(rebuilt, "Il dit zut."));
        Assert.NotEqual(garbage, File.ReadAllBytes(entry));
        Assert.True(Dsl.CompileOk(Source("zut"), options: Options).LoadedFromCache);
    }

    [Fact]
    public void Truncated_and_empty_cache_entries_are_rebuilt()
    {
        Dsl.CompileOk(Source("zut"), options: Options);
        var entry = Assert.Single(Directory.GetFiles(_directory, "*.dll"));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
        Assert.False(Dsl.CompileOk(Source("zut"), options: Options).LoadedFromCache);
        File.WriteAllBytes(entry, []);
        Assert.False(Dsl.CompileOk(Source("zut"), options: Options).LoadedFromCache);
    }

    [Fact]
    public void Different_source_gives_a_different_entry()
    {
        Dsl.CompileOk(Source("zut"), options: Options);
        var other = Dsl.CompileOk(Source("flute"), options: Options);
        Assert.False(other.LoadedFromCache);
        Assert.Equal(2, Directory.GetFiles(_directory, "*.dll").Length);
        Assert.Empty(Dsl.Flagged(other, "Il dit zut."));
    }

    [Fact]
    public void Different_list_file_or_timeout_gives_a_different_entry()
    {
        var text = Dsl.Pack("list l from \"l.txt\"\n" + Dsl.Rule("match phrase @l"));
        Dsl.CompileOk(text, new() { ["/rules/l.txt"] = "zut" }, Options);
        var changed = Dsl.CompileOk(text, new() { ["/rules/l.txt"] = "flûte" }, Options);
        Assert.False(changed.LoadedFromCache);
        Assert.Equal(["flûte"], Dsl.Flagged(changed, "Il dit flûte."));
        var timeout = Dsl.CompileOk(text, new() { ["/rules/l.txt"] = "flûte" }, Options with { RegexTimeout = TimeSpan.FromMilliseconds(123) });
        Assert.False(timeout.LoadedFromCache);
    }

    [Fact]
    public void Failing_examples_are_not_cached()
    {
        var compilation = Dsl.Compile(Dsl.Pack(Dsl.Rule("match /zut/\nexample \"rien\"")), options: Options);
        Assert.False(compilation.Success);
        Assert.False(Directory.Exists(_directory) && Directory.GetFiles(_directory, "*.dll").Length > 0);
    }
}

public class RegexTimeoutTests
{
    [Fact]
    public void Catastrophic_pattern_reports_DR0002_once_and_other_rules_still_report()
    {
        var text = Dsl.Pack(
            Dsl.Rule("scope sentence anywhere\nmatch /(a+)+$/") +
            Dsl.Rule("scope sentence anywhere\nmatch /aaaa/", id: "PL0002", name: "other") +
            Dsl.Rule("scope document\nmatch /!/", id: "PL0003", name: "third"),
            language: "any");
        var pack = Dsl.CompileOk(text, options: new RulePackOptions { UseCache = false, RegexTimeout = TimeSpan.FromMilliseconds(50) });
        var started = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = Dsl.Analyze(pack, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", language: null);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}");
        var timedOut = Assert.Single(diagnostics, d => d.Id == "DR0002");
        Assert.Contains("50 ms", timedOut.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id == "PL0001");
        Assert.Contains(diagnostics, d => d.Id == "PL0002");
        Assert.Single(diagnostics, d => d.Id == "PL0003");
        Assert.DoesNotContain(diagnostics, d => d.Id == "DR0001");
    }
}
