using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Dsl;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.LanguageServer.Tests;

/// <summary>
/// Code actions compute fix-all only when asked, and an editor cancels the ones it no longer
/// needs: the runner must stop at the next fix, not finish the pass (a 1 MB document took 20 s).
/// </summary>
public sealed class FixAllCancellationTests
{
    [Fact]
    public async Task FixAll_StopsAtTheNextFix_WhenCancelled()
    {
        var compilation = RulePack.Compile(
            [new RuleSource("/tests/persona.rules", TestPack.Rules)],
            RulePackOptions.Default with { RunExamples = false, CacheDirectory = TestPack.CacheDirectory });
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        var driver = new AnalyzerDriver(compilation.Pack!.Analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
        using var cancellation = new CancellationTokenSource();
        var fixer = new CancellingFixer(cancellation);
        var text = string.Concat(Enumerable.Repeat(TestPack.Article + "\n", 200));
        var document = new TextDocument(DocumentId.FromPath("article.md"), "article.md", SourceText.From(text), Syntax.DocumentKind.Markdown, "fr", 1, ImmutableDictionary<string, string>.Empty);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new FixAllRunner(driver, new CodeFixService([fixer])).FixDocumentAsync(document, null, cancellation.Token));
        Assert.Equal(1, fixer.ChangesComputed);
    }

    /// <summary>A PL0001 fixer whose first fix cancels the run, as a client's <c>$/cancelRequest</c> would.</summary>
    private sealed class CancellingFixer(CancellationTokenSource cancellation) : CodeFixProvider
    {
        private int _changesComputed;

        public int ChangesComputed => _changesComputed;

        public override ImmutableArray<string> FixableDiagnosticIds => ["PL0001"];

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var span = context.Span;
            context.RegisterCodeFix(CodeAction.Create("Mark", (_, _) =>
            {
                Interlocked.Increment(ref _changesComputed);
                cancellation.Cancel();
                return Task.FromResult(ImmutableArray.Create(new TextChange(new TextSpan(span.Start, 0), "*")));
            }));
            return Task.CompletedTask;
        }
    }
}
