using System.Text.Json;
using RulesSdk.PackGen;

namespace RulesSdk.Dsl.Tests;

/// <summary>docrules-packgen, the build step that precompiles packs: what it writes, and how a broken pack fails the build.</summary>
public sealed class PackGenTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docrules-packgen-tests-" + Guid.NewGuid().ToString("N"));

    public PackGenTests() => Directory.CreateDirectory(Path.Combine(_root, "analyzers", "demo"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Out => Path.Combine(_root, "obj", "packs");

    private void WritePack(string rules, string words = "zut\n")
    {
        File.WriteAllText(Path.Combine(_root, "analyzers", "demo", "demo.rules"), rules);
        File.WriteAllText(Path.Combine(_root, "analyzers", "demo", "words.txt"), words);
    }

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = PackGenerator.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string GoodPack() =>
        Dsl.Pack("list words from \"words.txt\"\n" + Dsl.Rule("match /\\bzut\\b/\nexample \"Il dit zut.\"\nclean \"Il dit oui.\""));

    [Fact]
    public void A_good_pack_gives_csharp_with_generated_regexes_and_a_manifest()
    {
        WritePack(GoodPack());

        var (exit, output, error) = Run("--root", _root, "--out", Out, "analyzers/demo");

        Assert.True(exit == 0, error);
        var code = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(Out, "demo"), "*Analyzer.g.cs")));
        Assert.Contains("[GeneratedRegex(", code, StringComparison.Ordinal);
        Assert.Contains("matchTimeoutMilliseconds: 1000", code, StringComparison.Ordinal);
        var manifestPath = Assert.Single(Directory.GetFiles(Path.Combine(Out, "manifests"), "*.json"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        Assert.Equal("test.pack", manifest.RootElement.GetProperty("Id").GetString());
        Assert.Equal(["analyzers/demo/demo.rules"], manifest.RootElement.GetProperty("SourcePaths").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("analyzers/demo/words.txt", manifest.RootElement.GetProperty("Dependencies")[0].GetProperty("Path").GetString());
        Assert.Contains($"demo: 1 files, manifest {Path.GetFileName(manifestPath)}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_name_is_the_one_the_precompile_api_gives()
    {
        WritePack(GoodPack());
        var source = RulePack.Precompile(
            [new RuleSource("analyzers/demo/demo.rules", File.ReadAllText(Path.Combine(_root, "analyzers", "demo", "demo.rules")))],
            new RulePackOptions { ReadFile = p => File.ReadAllText(Path.Combine(_root, p)) });

        Assert.Equal(0, Run("--root", _root, "--out", Out, "analyzers/demo/").Exit);

        Assert.True(source.Success);
        Assert.Equal(RulePack.PrecompiledResourcePrefix + Path.GetFileName(Directory.GetFiles(Path.Combine(Out, "manifests"))[0]), source.ManifestResourceName);
    }

    [Fact]
    public void A_syntax_error_fails_with_a_canonical_error_line_and_writes_nothing()
    {
        WritePack("pack test.pack \"Test\"\nlanguage fr\nrule PL0001 broken\n  match /zut\nend\n");

        var (exit, _, error) = Run("--root", _root, "--out", Out, "analyzers/demo");

        Assert.Equal(1, exit);
        Assert.Matches(@"analyzers[/\\]demo[/\\]demo\.rules\(\d+,\d+\): error DSL\d{4}: ", error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_failing_example_fails_the_build()
    {
        WritePack(Dsl.Pack(Dsl.Rule("match /\\bzut\\b/\nexample \"Il dit flûte.\"")));

        var (exit, _, error) = Run("--root", _root, "--out", Out, "analyzers/demo");

        Assert.Equal(1, exit);
        Assert.Contains("error DSL0007", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_output_of_an_earlier_run_is_removed()
    {
        WritePack(GoodPack());
        Directory.CreateDirectory(Path.Combine(Out, "demo"));
        var stale = Path.Combine(Out, "demo", "PL0099RenamedAnalyzer.g.cs");
        File.WriteAllText(stale, "// from a rule that no longer exists");

        Assert.Equal(0, Run("--root", _root, "--out", Out, "analyzers/demo").Exit);

        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void A_missing_or_empty_folder_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_root, "analyzers", "empty"));

        var missing = Run("--root", _root, "--out", Out, "analyzers/nope");
        var empty = Run("--root", _root, "--out", Out, "analyzers/empty");

        Assert.Equal(1, missing.Exit);
        Assert.Contains("rule pack folder not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, empty.Exit);
        Assert.Contains("no .rules files", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_arguments_print_the_usage()
    {
        var (exit, _, error) = Run("analyzers/demo");

        Assert.Equal(2, exit);
        Assert.StartsWith("usage: docrules-packgen", error, StringComparison.Ordinal);
    }
}
