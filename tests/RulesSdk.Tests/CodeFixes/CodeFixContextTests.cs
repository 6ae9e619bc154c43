using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.CodeFixes;

public sealed class CodeFixContextTests
{
    private static readonly DiagnosticDescriptor Rule = TestAnalyzer.Descriptor("PL0001");

    private static readonly TextDocument Document = TextDocument.Create("a.txt", "Moi, Jens, j’ai plaidé.");

    private static Diagnostic At(int start, int length) =>
        Diagnostic.Create(Rule, Location.Create(Document.Path, Document.Text, new TextSpan(start, length)), "x");

    private static CodeAction Action(string title) => CodeAction.Create(title, [new TextChange(new TextSpan(0, 4), "Il")]);

    [Fact]
    public void Context_ExposesDocumentDiagnosticAndSpan()
    {
        var diagnostic = At(5, 4);
        using var cts = new CancellationTokenSource();

        var context = new CodeFixContext(Document, diagnostic, cts.Token);

        Assert.Same(Document, context.Document);
        Assert.Same(diagnostic, context.Diagnostic);
        Assert.Equal(new TextSpan(5, 4), context.Span);
        Assert.Equal(cts.Token, context.CancellationToken);
    }

    [Fact]
    public void RegisterCodeFix_Once_IsTheSafeFix()
    {
        var context = new CodeFixContext(Document, At(0, 3), default);

        context.RegisterCodeFix(Action("Restore the attribution"));

        var fix = Assert.Single(context.Fixes);
        Assert.True(fix.IsSafe);
        Assert.Equal("Restore the attribution", fix.Action.Title);
    }

    [Fact]
    public void RegisterCodeFix_Twice_ThrowsNamingBothTitles()
    {
        var context = new CodeFixContext(Document, At(0, 3), default);
        context.RegisterCodeFix(Action("First fix"));

        var ex = Assert.Throws<InvalidOperationException>(() => context.RegisterCodeFix(Action("Second fix")));

        Assert.Contains("PL0001", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'First fix'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Second fix'", ex.Message, StringComparison.Ordinal);
        Assert.Single(context.Fixes);
    }

    [Fact]
    public void RegisterSuggestion_AnyNumber_NeverSafe()
    {
        var context = new CodeFixContext(Document, At(0, 3), default);

        context.RegisterSuggestion(Action("Option A"));
        context.RegisterCodeFix(Action("Safe"));
        context.RegisterSuggestion(Action("Option B"));

        Assert.Equal([false, true, false], context.Fixes.Select(f => f.IsSafe));
    }

    [Fact]
    public void Register_Null_Throws()
    {
        var context = new CodeFixContext(Document, At(0, 3), default);

        Assert.Throws<ArgumentNullException>(() => context.RegisterCodeFix(null!));
        Assert.Throws<ArgumentNullException>(() => context.RegisterSuggestion(null!));
    }
}
