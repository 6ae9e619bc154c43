using RulesSdk.Cli.Formatting;

namespace RulesSdk.Cli.Tests.Unit;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void EqualTexts_GiveNoDiff() => Assert.Equal(string.Empty, UnifiedDiff.Create("a.md", "x\n", "x\n"));

    [Fact]
    public void OneChangedLine_GivesOneHunkWithContext()
    {
        var diff = UnifiedDiff.Create("a.md", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n");

        Assert.Equal("--- a/a.md\n+++ b/a.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void MissingFinalNewLine_IsMarked()
    {
        var diff = UnifiedDiff.Create("a.md", "a\nb", "a\nc");

        Assert.Equal("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void CrLfLines_KeepTheirLineBreaks()
    {
        var diff = UnifiedDiff.Create("a.md", "a\r\nb\r\n", "a\r\nc\r\n");

        Assert.Equal("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n", diff);
    }

    [Fact]
    public void DeletedLine_HasAnEmptyNewRangeWhenNothingRemains()
    {
        var diff = UnifiedDiff.Create("a.md", "only\n", string.Empty);

        Assert.Equal("--- a/a.md\n+++ b/a.md\n@@ -1,1 +0,0 @@\n-only\n", diff);
    }
}
