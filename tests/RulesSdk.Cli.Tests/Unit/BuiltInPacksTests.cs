using RulesSdk.Cli.Loading;

namespace RulesSdk.Cli.Tests.Unit;

public sealed class BuiltInPacksTests
{
    [Theory]
    [InlineData("analyzers/news-fr/persona.rules", "analyzers/news-fr/persona.rules")]
    [InlineData("analyzers\\news-fr\\persona.rules", "analyzers/news-fr/persona.rules")]
    [InlineData("analyzers/news-fr/./lists/../names.txt", "analyzers/news-fr/names.txt")]
    [InlineData("./analyzers//x.rules", "analyzers/x.rules")]
    public void Normalize_FoldsSegments(string path, string expected) => Assert.Equal(expected, BuiltInPacks.Normalize(path));

    [Fact]
    public void EveryEmbeddedFile_IsUnderAnalyzers_AndResolvesThroughReadFile()
    {
        foreach (var (name, text) in BuiltInPacks.All)
        {
            Assert.StartsWith("analyzers/", name, StringComparison.Ordinal);
            Assert.Equal(text, BuiltInPacks.ReadFile(name));
            Assert.Equal(text, BuiltInPacks.ReadFile(Path.Combine(Directory.GetCurrentDirectory(), name)));
            Assert.Equal(text, BuiltInPacks.ReadFile("/elsewhere/" + name));
        }
    }

    [Fact]
    public void ReadFile_NeverReadsOutsideTheEmbeddedFiles()
    {
        var outside = Path.GetTempFileName();
        try
        {
            Assert.Null(BuiltInPacks.ReadFile(outside));
            Assert.Null(BuiltInPacks.ReadFile("analyzers/../../etc/passwd"));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void PackSources_AreOnePerFolder_WithTheirRulesFiles()
    {
        foreach (var pack in BuiltInPacks.GetPackSources())
        {
            Assert.NotEmpty(pack.Sources);
            Assert.All(pack.Sources, s => Assert.Equal(pack.Folder, s.Path[..s.Path.LastIndexOf('/')]));
            Assert.All(pack.Sources, s => Assert.EndsWith(".rules", s.Path, StringComparison.Ordinal));
        }
    }
}
