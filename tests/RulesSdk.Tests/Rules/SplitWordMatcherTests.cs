using RulesSdk.Rules;
using RulesSdk.Rules.Kinds;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Tests.Rules;

/// <summary>The <c>split words</c> mode of the spelling matcher: words cut in two by a space or a line-end hyphen.</summary>
public sealed class SplitWordMatcherTests
{
    private static List<(string Word, string Joined)> Find(string text, string dictionary = "en")
    {
        var syntax = DocumentSyntax.Create(SourceText.From(text), DocumentKind.PlainText);
        var matcher = new SpellingRuleMatcher([dictionary], [], [], splitWords: true);
        var results = new List<RuleMatch>();
        matcher.Match(syntax, new TextSpan(0, syntax.Prose.Length), results);
        return [.. results.Select(r => (r.Values[SpellingRuleMatcher.WordValue], r.Values[SpellingRuleMatcher.JoinedValue]))];
    }

    [Theory]
    [InlineData("The ministers held bilat eral talks.", "bilat eral", "bilateral")]
    [InlineData("The gover nment said so.", "gover nment", "government")]
    [InlineData("The govern-\nment said so.", "govern-\nment", "government")]
    [InlineData("The govern-\r\nment said so.", "govern-\r\nment", "government")]
    public void SplitWord_IsFoundWithItsJoinedForm(string text, string word, string joined) =>
        Assert.Equal([(word, joined)], Find(text));

    [Fact]
    public void SplitWord_French_UsesTheFrenchDictionary() =>
        Assert.Equal([("gouver nement", "gouvernement")], Find("Le gouver nement a parlé.", "fr"));

    [Theory]
    // Two real words stay apart, however they join.
    [InlineData("Prices rose 3 per cent, a part of it from energy.")]
    // A compound that is a word with its hyphen.
    [InlineData("The well-\nknown actor arrived.")]
    // A capitalised second piece is a name.
    [InlineData("The firm Bilat Eral said so.")]
    [InlineData("The firm bilat Eral said so.")]
    // Pieces with digits are never read.
    [InlineData("The gover 2nment said so.")]
    // Two spaces, or a line break without a hyphen, are no cut.
    [InlineData("The gover  nment said so.")]
    [InlineData("")]
    public void NoSplitWord_NothingFound(string text) => Assert.Empty(Find(text));

    [Fact]
    public void SplitWord_Normal_SpellingModeStillReportsMisspelledWords()
    {
        var syntax = DocumentSyntax.Create(SourceText.From("The gover nment said so."), DocumentKind.PlainText);
        var results = new List<RuleMatch>();
        new SpellingRuleMatcher(["en"], [], [], maxSuggestions: 0).Match(syntax, new TextSpan(0, syntax.Prose.Length), results);
        Assert.Equal(["gover", "nment"], results.Select(r => r.Values[SpellingRuleMatcher.WordValue]));
    }
}
