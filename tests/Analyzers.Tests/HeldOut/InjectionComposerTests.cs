namespace Analyzers.Tests;

public sealed class InjectionComposerTests
{
    private const string Carrier = "Title\n\nFirst paragraph. It goes on.\n\nSecond paragraph, the last.\n";

    [Fact]
    public void Apply_ParagraphOperations_InsertWholeParagraphs()
    {
        var text = InjectionComposer.Apply(Carrier,
        [
            new InjectionOperation("prepend", "Preface"),
            new InjectionOperation("insertParagraph", "Middle", Index: 3),
            new InjectionOperation("append", "Updated: today"),
        ]);

        Assert.Equal("Preface\n\nTitle\n\nFirst paragraph. It goes on.\n\nMiddle\n\nSecond paragraph, the last.\n\nUpdated: today\n", text);
    }

    [Fact]
    public void Apply_AnchoredOperations_UseTheNthOccurrence()
    {
        var text = InjectionComposer.Apply(Carrier,
        [
            new InjectionOperation("replace", "paragraph:", Find: "paragraph,", Occurrence: 1),
            new InjectionOperation("insertAfter", " Really.", Find: "paragraph", Occurrence: 1),
            new InjectionOperation("insertBefore", "Well, ", Find: "It goes"),
        ]);

        Assert.Equal("Title\n\nFirst paragraph Really.. Well, It goes on.\n\nSecond paragraph: the last.\n", text);
    }

    [Theory]
    [InlineData("replace", "absent", 1, null)]
    [InlineData("replace", "paragraph", 3, null)]
    [InlineData("insertParagraph", null, 1, 4)]
    [InlineData("insertParagraph", null, 1, null)]
    [InlineData("delete", "Title", 1, null)]
    public void Apply_BadOperation_ThrowsNamingIt(string op, string? find, int occurrence, int? index)
    {
        var ex = Assert.Throws<InvalidDataException>(() => InjectionComposer.Apply(Carrier, [new InjectionOperation(op, "x", find, occurrence, index)]));
        Assert.StartsWith(op, ex.Message, StringComparison.Ordinal);
    }
}
