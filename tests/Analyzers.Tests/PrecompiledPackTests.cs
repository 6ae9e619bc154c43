using System.Text;
using RulesSdk.Analyzers;
using RulesSdk.Dsl;
using RulesSdk.Precompiled;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace Analyzers.Tests;

/// <summary>
/// The built-in packs precompiled into RulesSdk.BuiltInPacks at build time (docrules-packgen) must be
/// found for the sources in analyzers/ (else every user silently pays a Roslyn compile) and must
/// report exactly what the packs compiled at run time report.
/// </summary>
public sealed class PrecompiledPackTests
{
    [Theory]
    [InlineData("news-fr")]
    [InlineData("news-en")]
    public void BuiltInPack_IsFoundForTheRepositorySources(string name)
    {
        var pack = RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, Sources(name), Options());

        Assert.NotNull(pack);
        Assert.True(pack.IsPrecompiled);
        Assert.Equal(name, pack.Id);
        Assert.Equal(BuiltInPacks.Get(name).Rules.Select(r => r.Id), pack.Rules.Select(r => r.Id));
        Assert.Equal(BuiltInPacks.Get(name).Rules.Select(r => r.FixTitles.Length), pack.Rules.Select(r => r.FixTitles.Length));
        Assert.Equal(pack.Rules.Count(r => r.FixTitles.Length > 0), pack.CodeFixProviders.Length);
    }

    [Theory]
    [InlineData("news-fr", "fr", " NF0")]
    [InlineData("news-en", "en", " NE0")]
    public async Task BuiltInPack_ReportsWhatTheCompiledPackReports(string name, string corpus, string idPrefix)
    {
        var precompiled = RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, Sources(name), Options())!;
        var compiled = BuiltInPacks.Get(name);
        var folder = Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus", corpus);
        var documents = Directory.GetFiles(folder, "*.*")
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TextDocument(DocumentId.FromPath(f), f, SourceText.Decode(File.ReadAllBytes(f))))
            .ToList();
        Assert.NotEmpty(documents);

        var expected = await Render(compiled, documents);
        var actual = await Render(precompiled, documents);

        Assert.Contains(idPrefix, expected, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EditedSource_IsNotServedFromTheAssembly()
    {
        var sources = Sources("news-fr");
        var edited = sources.Select((s, i) => i == 0 ? new RuleSource(s.Path, s.Text + "\n// edited\n") : s).ToList();

        Assert.Null(RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, edited, Options()));
    }

    [Fact]
    public void EditedListFile_IsNotServedFromTheAssembly()
    {
        var sources = Sources("news-fr");
        var options = Options() with
        {
            ReadFile = path => path.EndsWith(".txt", StringComparison.Ordinal) ? "Changé\n" : ReadUnderRoot(path),
        };

        Assert.Null(RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, sources, options));
    }

    [Fact]
    public void OtherRegexTimeout_IsNotServedFromTheAssembly()
    {
        Assert.Null(RulePack.FromPrecompiled(BuiltInPackAssembly.Assembly, Sources("news-en"), Options() with { RegexTimeout = TimeSpan.FromSeconds(5) }));
    }

    [Fact]
    public void AssemblyWithoutPacks_GivesNull()
    {
        Assert.Null(RulePack.FromPrecompiled(typeof(RulePack).Assembly, Sources("news-en"), Options()));
    }

    // The paths the tool embeds its packs under, relative to the repository root.
    private static List<RuleSource> Sources(string name) =>
        [.. Directory.GetFiles(BuiltInPacks.PackFolder(name), "*.rules")
            .Order(StringComparer.Ordinal)
            .Select(f => new RuleSource($"analyzers/{name}/{Path.GetFileName(f)}", File.ReadAllText(f, Encoding.UTF8)))];

    private static RulePackOptions Options() => new() { UseCache = false, ReadFile = ReadUnderRoot };

    private static string? ReadUnderRoot(string path)
    {
        var full = Path.GetFullPath(path, BuiltInPacks.RepoRoot);
        return File.Exists(full) ? File.ReadAllText(full, Encoding.UTF8) : null;
    }

    private static async Task<string> Render(RulePack pack, List<TextDocument> documents)
    {
        var driver = new AnalyzerDriver(pack.Analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
        var results = await driver.AnalyzeAsync([.. documents], CancellationToken.None);
        var builder = new StringBuilder();
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                builder.Append(Path.GetFileName(result.Document.Path)).Append(' ').Append(diagnostic.Id).Append(' ')
                    .Append(diagnostic.Location.SourceSpan.ToString()).Append(' ').AppendLine(diagnostic.GetMessage());
            }
        }

        return builder.ToString();
    }
}
