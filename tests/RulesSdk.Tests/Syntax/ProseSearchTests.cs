using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Syntax;

public sealed partial class ProseSearchTests
{
    [GeneratedRegex(@"(?<speaker>\p{Lu}\p{L}+) (?<verb>said|argued)(?<adverb> firmly)?", RegexOptions.None, 1000)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^\p{Lu}\p{L}+", RegexOptions.None, 1000)]
    private static partial Regex FirstWord();

    private const string Markdown = "# Heading\n\nIntro `Code said` text. Then Anna said so.\n\nBob argued firmly. Carl said no.\n";

    [Fact]
    public void BlockMatches_GiveGroupsAtDocumentPositions()
    {
        var syntax = TextDocument.Create("doc.md", Markdown).GetSyntax();
        var block = syntax.Blocks[1];

        var match = Assert.Single(block.Matches(Attribution()));

        Assert.Equal("Anna said", match.Value);
        Assert.Equal("Anna", Markdown.Substring(match["speaker"].Span.Start, match["speaker"].Span.Length));
        Assert.Equal("said", match["verb"].Value);
        Assert.False(match["adverb"].Success);
        Assert.Equal(match.Span.Start, match["adverb"].Span.Start);
        Assert.True(match["adverb"].Span.IsEmpty);
    }

    [Fact]
    public void Matches_NeverSeeCode_AndStayInsideTheirBlock()
    {
        var syntax = TextDocument.Create("doc.md", Markdown).GetSyntax();

        // "Code said" is inline code: blanked in prose, never matched.
        Assert.Equal(["Anna said", "Bob argued firmly", "Carl said"], syntax.Matches(Attribution()).Select(m => m.Value));

        var last = syntax.Blocks[2];
        Assert.Equal(["Bob argued firmly", "Carl said"], last.Matches(Attribution()).Select(m => m.Value));
        Assert.Equal(" firmly", last.Matches(Attribution()).First()["adverb"].Value);
    }

    [Fact]
    public void SentenceMatches_AnchorAtTheSentence()
    {
        var syntax = TextDocument.Create("doc.md", Markdown).GetSyntax();
        var sentences = syntax.Blocks[2].Sentences;

        Assert.Equal("Carl", Assert.Single(sentences[1].Matches(FirstWord())).Value);
        Assert.Equal("Bob", Assert.Single(sentences[0].Matches(FirstWord())).Value);
    }

    [Fact]
    public void UnknownGroup_AndSpanPastTheEnd_AreClearErrors()
    {
        var syntax = TextDocument.Create("doc.md", Markdown).GetSyntax();
        var match = syntax.Matches(Attribution()).First();

        var missing = Assert.Throws<KeyNotFoundException>(() => match["role"]);
        Assert.Contains("'role'", missing.Message, StringComparison.Ordinal);
        Assert.False(match.TryGetGroup("role", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => syntax.Matches(Attribution(), new TextSpan(0, Markdown.Length + 1)).ToList());
    }
}
