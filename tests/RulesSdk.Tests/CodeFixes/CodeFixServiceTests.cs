using System.Collections.Immutable;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.CodeFixes;

public sealed class CodeFixServiceTests
{
    private static readonly DiagnosticDescriptor Rule = TestAnalyzer.Descriptor("PL0001");

    private static readonly TextDocument Document = TextDocument.Create("a.txt", "Moi, Jens, j’ai plaidé.");

    private static Diagnostic At(int start, int length) =>
        Diagnostic.Create(Rule, Location.Create(Document.Path, Document.Text, new TextSpan(start, length)), "x");

    private static CodeAction Action(string title) => CodeAction.Create(title, [new TextChange(new TextSpan(0, 4), "Il")]);

    [Fact]
    public async Task SafeFixFirst_OtherProvidersSafeFixesBecomeSuggestions_FailuresReported()
    {
        var suggester = new TestFixer("Suggester", ["PL0001"], c =>
        {
            c.RegisterSuggestion(Action("Suggestion"));
            return Task.CompletedTask;
        });
        var first = TestFixer.Replacing("PL0001", "A", "First safe");
        var second = TestFixer.Replacing("PL0001", "B", "Second safe");
        var broken = new TestFixer("BrokenFixer", ["pl0001"], _ => throw new InvalidOperationException("fixer bug"));
        var service = new CodeFixService([suggester, first, broken, second]);
        var failures = new List<string>();

        var fixes = await service.GetFixesAsync(Document, At(0, 3), failures);

        Assert.Equal(["First safe", "Suggestion", "Second safe"], fixes.Select(f => f.Action.Title));
        Assert.Equal([true, false, false], fixes.Select(f => f.IsSafe));
        var failure = Assert.Single(failures);
        Assert.Contains("BrokenFixer threw InvalidOperationException for PL0001: fixer bug", failure, StringComparison.Ordinal);
        Assert.True(service.HasFixes("pl0001"));
        Assert.False(service.HasFixes("PL0002"));
    }

    [Fact]
    public async Task UnknownId_NoFixes()
    {
        var service = new CodeFixService([TestFixer.Replacing("PL0009", "x")]);

        Assert.Empty(await service.GetFixesAsync(Document, At(0, 3)));
    }

    [Fact]
    public async Task Cancellation_Propagates()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var provider = new TestFixer("Cancelling", ["PL0001"], c =>
        {
            c.CancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new CodeFixService([provider]).GetFixesAsync(Document, At(0, 3), cancellationToken: cts.Token));
    }

    [Fact]
    public void CodeFixProvider_ToString_IsTypeName() => Assert.Equal("BareFixer", new BareFixer().ToString());

    private sealed class BareFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => [];

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => Task.CompletedTask;
    }
}
