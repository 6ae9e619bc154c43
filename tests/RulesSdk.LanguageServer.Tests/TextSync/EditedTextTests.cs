using System.Text;
using RulesSdk.LanguageServer.Protocol;
using RulesSdk.LanguageServer.Server;
using RulesSdk.Text;
using LspRange = RulesSdk.LanguageServer.Protocol.Range;

namespace RulesSdk.LanguageServer.Tests.TextSync;

/// <summary>
/// An open document's edits kept in one buffer across didChange messages: after any run of messages (one ranged
/// change, several, whole-text replacements among them), and whether or not the text was built in between, the
/// text is what applying each change to a fresh text gives, and its UTF-8 size is known without building it.
/// </summary>
public sealed class EditedTextTests
{
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void ManyMessages_BuiltAtRandomPoints_AreWhatTheReplayGives(int seed)
    {
        var random = new Random(seed);
        var replay = SourceText.From(TextSyncScripts.RandomText(random, 3_000));
        var edited = new EditedText(replay);
        for (var message = 0; message < 1_500; message++)
        {
            var changes = TextSyncScripts.RandomMessage(random, lines: 120);
            replay = OneByOneChanges.Apply(replay, changes);
            edited.Apply(changes);

            Assert.Equal(replay.Length, edited.Length);
            if (random.Next(10) == 0)
            {
                Assert.True(replay.ToString() == edited.ToSourceText().ToString(), $"seed {seed}, message {message}");
            }
        }

        Assert.Equal(replay.ToString(), edited.ToSourceText().ToString());
    }

    [Fact]
    public void OneKeystrokeAMessage_OnALongText_IsWhatTheReplayGives()
    {
        // As an editor sends typing: one small ranged change per message, built only at the end.
        var random = new Random(31);
        var replay = SourceText.From(TextSyncScripts.RandomText(random, 20_000));
        var edited = new EditedText(replay);
        for (var message = 0; message < 3_000; message++)
        {
            var line = random.Next(0, 1_200);
            var character = random.Next(0, 20);
            TextDocumentContentChangeEvent[] changes = random.Next(2) == 0
                ? [Change(line, character, line, character, "I think ")]
                : [Change(line, character, line, character + random.Next(1, 6), string.Empty)];
            replay = OneByOneChanges.Apply(replay, changes);
            edited.Apply(changes);
        }

        Assert.True(edited.IsPending);
        Assert.Equal(replay.ToString(), edited.ToSourceText().ToString());
        Assert.False(edited.IsPending);
    }

    [Fact]
    public void AWholeTextReplacement_IsATextAtOnce_AndRangedChangesGoOnFromIt()
    {
        var edited = new EditedText(SourceText.From("old\r\ntext"));
        edited.Apply([Change(0, 0, 0, 0, "x")]);
        Assert.True(edited.IsPending);

        edited.Apply([Whole("new\ntext")]);
        Assert.False(edited.IsPending);
        Assert.Equal("new\ntext", edited.ToSourceText().ToString());

        edited.Apply([Change(1, 0, 1, 0, "B"), Change(0, 3, 1, 0, string.Empty)]);
        Assert.Equal("newBtext", edited.ToSourceText().ToString());
    }

    [Fact]
    public void AMessageWithAWholeTextWithoutText_ChangesNothing_EvenAfterARangedChangeInIt()
    {
        var edited = new EditedText(SourceText.From("abc"));
        edited.Apply([Change(0, 1, 0, 1, "1")]);

        Assert.Throws<ArgumentNullException>(() => edited.Apply([Change(0, 0, 0, 0, "x"), Whole(null!)]));

        Assert.Equal("a1bc", edited.ToSourceText().ToString());
    }

    [Fact]
    public void TheBuiltText_KeepsTheEncodingOfTheOpenedOne()
    {
        var opened = SourceText.From("abc", Encoding.Unicode, hasByteOrderMark: true);
        var edited = new EditedText(opened);
        edited.Apply([Change(0, 3, 0, 3, "d")]);

        var built = edited.ToSourceText();

        Assert.Equal(Encoding.Unicode, built.Encoding);
        Assert.True(built.HasByteOrderMark);
    }

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    public void Utf8LengthOver_IsTheReplayedTextsByteCount_WithoutBuildingIt(int seed)
    {
        // Surrogate halves in the random text meet across the buffer's gap, where a pair counts 4 bytes, not 6.
        var random = new Random(seed);
        var replay = SourceText.From(TextSyncScripts.RandomText(random, 500));
        var edited = new EditedText(replay);
        for (var message = 0; message < 800; message++)
        {
            var changes = TextSyncScripts.RandomMessage(random, lines: 40);
            replay = OneByOneChanges.Apply(replay, changes);
            edited.Apply(changes);

            long bytes = Encoding.UTF8.GetByteCount(replay.ToString());
            Assert.Equal(bytes, edited.Utf8LengthOver(-1));
            Assert.Null(edited.Utf8LengthOver(bytes));
            Assert.True(edited.IsPending || changes[^1].Range is null, $"seed {seed}, message {message}: the size built the text");
        }
    }

    [Fact]
    public void Utf8LengthOver_CountsAPairSplitByTheGap_AsOneCharacter()
    {
        var edited = new EditedText(SourceText.From("a\U0001F600b"));

        // The gap now sits between the two halves of the pair.
        edited.Apply([Change(0, 2, 0, 2, string.Empty)]);

        Assert.Equal(6, edited.Utf8LengthOver(0));
        edited.Apply([Change(0, 2, 0, 2, "\uDE00")]);
        Assert.Equal(9, edited.Utf8LengthOver(0));
    }

    private static TextDocumentContentChangeEvent Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(new LspRange(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), text);

    private static TextDocumentContentChangeEvent Whole(string text) => new(null, text);
}
