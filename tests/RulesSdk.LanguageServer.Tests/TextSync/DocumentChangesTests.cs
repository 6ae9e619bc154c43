using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Text;
using LspRange = RulesSdk.LanguageServer.Protocol.Range;

namespace RulesSdk.LanguageServer.Tests.TextSync;

/// <summary>
/// What a didChange does to the text, pinned on the edge cases (out of range, reversed, inside a surrogate
/// pair, line breaks that join or are not "\n"), and the same as one change at a time on random scripts.
/// </summary>
public sealed class DocumentChangesTests
{
    // Lines: "ab" CRLF, "cd" U+2028, "ef" CR, "g😀h" LF, "".
    private const string Base = "ab\r\ncd\u2028ef\rg\U0001F600h\n";

    public static TheoryData<string, TextDocumentContentChangeEvent[], string> Pinned => new()
    {
        { "past the line's end", [Change(0, 5, 0, 99, "X")], "abX\r\ncd\u2028ef\rg\U0001F600h\n" },
        { "past the text's end", [Change(99, 0, 100, 0, "T")], Base + "T" },
        { "negative", [Change(-5, -5, -1, -1, "N")], "N" + Base },
        { "int max", [Change(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, "M")], Base + "M" },
        { "reversed", [Change(3, 2, 1, 1, "R")], "ab\r\ncR\uDE00h\n" },
        { "inside a surrogate pair", [Change(3, 2, 3, 2, "x")], "ab\r\ncd\u2028ef\rg\uD83Dx\uDE00h\n" },
        { "after U+2028", [Change(2, 0, 2, 0, "L")], "ab\r\ncd\u2028Lef\rg\U0001F600h\n" },
        { "a line's end never includes its break", [Change(0, 2, 1, 0, "")], "abcd\u2028ef\rg\U0001F600h\n" },
        { "a LF after a CR joins them", [Change(3, 0, 3, 0, "\n"), Change(3, 0, 3, 0, "Z")], "ab\r\ncd\u2028ef\r\nZg\U0001F600h\n" },
        { "a CR before a LF joins them", [Change(3, 4, 3, 4, "\r"), Change(4, 0, 4, 0, "Y")], "ab\r\ncd\u2028ef\rg\U0001F600h\r\nY" },
        { "a break inserted then addressed", [Change(0, 1, 0, 1, "\u0085"), Change(1, 0, 1, 1, "B")], "a\u0085B\r\ncd\u2028ef\rg\U0001F600h\n" },
        { "the whole text in the middle", [Change(0, 0, 0, 0, "A"), Whole("new\ntext"), Change(1, 0, 1, 0, "B")], "new\nBtext" },
        { "a null text deletes", [new TextDocumentContentChangeEvent(new LspRange(new Position(0, 0), new Position(0, 1)), null!)], "b\r\ncd\u2028ef\rg\U0001F600h\n" },
        { "each range is on the text after the previous change", [Change(0, 0, 0, 0, "1\n"), Change(1, 0, 1, 0, "2")], "1\n2ab\r\ncd\u2028ef\rg\U0001F600h\n" },
        { "no change", [], Base },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Apply_PinnedCases(string label, TextDocumentContentChangeEvent[] changes, string expected)
    {
        var result = DocumentChanges.Apply(SourceText.From(Base), changes).ToString();

        Assert.True(expected == result, $"{label}: got {Escape(result)}");
    }

    [Fact]
    public void Apply_AnEmptyText_TakesInsertionsAnywhere()
    {
        var result = DocumentChanges.Apply(SourceText.From(string.Empty), [Change(5, 5, 7, 0, "a"), Change(0, 9, 0, 9, "b")]);

        Assert.Equal("ab", result.ToString());
    }

    [Fact]
    public void Apply_AWholeTextWithoutText_Throws_SoNothingIsApplied()
    {
        Assert.Throws<ArgumentNullException>(() => DocumentChanges.Apply(SourceText.From(Base), [Change(0, 0, 0, 0, "x"), Whole(null!)]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Apply_RandomScripts_AreWhatOneChangeAtATimeGives(int seed)
    {
        var random = new Random(seed);
        for (var script = 0; script < 300; script++)
        {
            var text = SourceText.From(TextSyncScripts.RandomText(random, random.Next(0, 60)));
            var changes = new TextDocumentContentChangeEvent[random.Next(1, 25)];
            for (var i = 0; i < changes.Length; i++)
            {
                changes[i] = random.Next(40) == 0 ? Whole(TextSyncScripts.RandomText(random, random.Next(0, 20))) : RandomChange(random);
            }

            var expected = OneByOneChanges.Apply(text, changes).ToString();
            var actual = DocumentChanges.Apply(text, changes).ToString();
            Assert.True(expected == actual, $"seed {seed}, script {script}: {Escape(text.ToString())} then {string.Join(", ", changes.Select(Describe))}: expected {Escape(expected)}, got {Escape(actual)}");
        }
    }

    [Fact]
    public void Apply_ThousandsOfChangesOnALongText_AreWhatOneChangeAtATimeGives()
    {
        // Enough to grow the buffer's gap and its table of line starts many times over.
        var random = new Random(15);
        var text = SourceText.From(TextSyncScripts.RandomText(random, 5_000));
        var changes = new TextDocumentContentChangeEvent[2_000];
        for (var i = 0; i < changes.Length; i++)
        {
            var line = random.Next(0, 400);
            var text2 = random.Next(3) == 0 ? string.Empty : TextSyncScripts.RandomText(random, random.Next(1, 40));
            changes[i] = Change(line, random.Next(0, 30), line + random.Next(0, 3), random.Next(0, 30), text2);
        }

        Assert.Equal(OneByOneChanges.Apply(text, changes).ToString(), DocumentChanges.Apply(text, changes).ToString());
    }

    private static TextDocumentContentChangeEvent RandomChange(Random random)
    {
        int Line() => random.Next(12) switch { 0 => -1, 1 => 50, _ => random.Next(0, 8) };
        int Character() => random.Next(12) switch { 0 => -3, 1 => 1000, _ => random.Next(0, 10) };
        var text = random.Next(4) == 0 ? string.Empty : TextSyncScripts.RandomText(random, random.Next(1, 6));
        return Change(Line(), Character(), Line(), Character(), text);
    }

    private static TextDocumentContentChangeEvent Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(new LspRange(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), text);

    private static TextDocumentContentChangeEvent Whole(string text) => new(null, text);

    private static string Describe(TextDocumentContentChangeEvent change) =>
        change.Range is null ? $"whole {Escape(change.Text)}" : $"({change.Range.Start.Line},{change.Range.Start.Character})-({change.Range.End.Line},{change.Range.End.Character}) {Escape(change.Text)}";

    private static string Escape(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text);
}
