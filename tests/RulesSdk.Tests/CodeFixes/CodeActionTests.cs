using RulesSdk.CodeFixes;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.CodeFixes;

public sealed class CodeActionTests
{
    private static readonly TextDocument Document = TextDocument.Create("a.txt", "Moi, Jens, j’ai plaidé.");

    [Fact]
    public async Task Create_EquivalenceKeyDefaultsToTitle_AndApplies()
    {
        var action = CodeAction.Create("Replace", [new TextChange(new TextSpan(0, 3), "Lui")]);
        var keyed = CodeAction.Create("Replace", [new TextChange(new TextSpan(0, 3), "Lui")], "PL0001.replace");

        var text = await action.ApplyAsync(Document);

        Assert.Equal("Replace", action.EquivalenceKey);
        Assert.Equal("PL0001.replace", keyed.EquivalenceKey);
        Assert.Equal("Lui, Jens, j’ai plaidé.", text.ToString());
        Assert.Equal("Replace", action.ToString());
    }

    [Fact]
    public async Task CreateWithNewText_ReducesToTheChangedMiddle()
    {
        var action = CodeAction.CreateWithNewText("Rewrite", (document, _) => Task.FromResult(document.Text.WithText("Moi, Jens, a plaidé.")));

        var changes = await action.GetChangesAsync(Document, default);

        var change = Assert.Single(changes);
        Assert.Equal(new TextChange(TextSpan.FromBounds(11, 15), "a"), change);
    }

    [Fact]
    public async Task CreateWithNewText_IdenticalText_IsAnEmptyChange()
    {
        var action = CodeAction.CreateWithNewText("Nothing", (document, _) => Task.FromResult(document.Text));

        var change = Assert.Single(await action.GetChangesAsync(Document, default));

        Assert.True(change.Span.IsEmpty);
        Assert.Equal(string.Empty, change.NewText);
    }
}
