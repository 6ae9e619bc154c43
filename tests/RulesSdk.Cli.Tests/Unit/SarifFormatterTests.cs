using RulesSdk.Cli.Formatting;
using RulesSdk.Diagnostics;

namespace RulesSdk.Cli.Tests.Unit;

public sealed class SarifFormatterTests
{
    [Theory]
    [InlineData("docs/a.md", "docs/a.md")]
    [InlineData("docs/un article.md", "docs/un%20article.md")]
    [InlineData("../up/été.md", "../up/%C3%A9t%C3%A9.md")]
    [InlineData("<stdin>", "%3Cstdin%3E")]
    public void RelativeUri_EncodesEachSegment(string path, string expected) => Assert.Equal(expected, SarifFormatter.RelativeUri(path));

    [Fact]
    public void DirectoryUri_IsAFileUriEndingInASlash()
    {
        var uri = SarifFormatter.DirectoryUri("/tmp/some folder");

        Assert.Equal("file:///tmp/some%20folder/", uri);
    }

    [Fact]
    public void DirectoryUri_OfTheRootFolder_IsTheRootUri()
    {
        // docrules run in "/" (a container's working folder) made "//" and failed to write its SARIF report.
        Assert.Equal("file:///", SarifFormatter.DirectoryUri("/"));
        Assert.Equal("file:///tmp/", SarifFormatter.DirectoryUri("/tmp/"));
    }

    [Theory]
    [InlineData("Remove it", "Remove it.")]
    [InlineData("Done.", "Done.")]
    [InlineData("Quoted 'x'  ", "Quoted 'x'.")]
    public void Sentence_EndsWithAPeriod(string text, string expected) => Assert.Equal(expected, SarifFormatter.Sentence(text));

    [Theory]
    [InlineData(DiagnosticSeverity.Error, "error")]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Info, "note")]
    [InlineData(DiagnosticSeverity.Hidden, "none")]
    public void Level_MapsSeverities(DiagnosticSeverity severity, string expected) => Assert.Equal(expected, SarifFormatter.Level(severity));

    [Theory]
    [InlineData(0, "file", "0 files")]
    [InlineData(1, "file", "1 file")]
    [InlineData(2, "fix", "2 fixes")]
    public void Plural_CountsNouns(int count, string noun, string expected) =>
        Assert.Equal(expected, AnalysisReport.Plural(count, noun, noun == "fix" ? "fixes" : null));
}
