using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Syntax;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Analyzers;

public sealed class AnalyzerDriverTests
{
    private static readonly DiagnosticDescriptor Rule = TestAnalyzer.Descriptor("TS0001");
    private static readonly DiagnosticDescriptor Other = TestAnalyzer.Descriptor("TS0002");

    private const string Markdown = """
        # Titre du document

        Premier paragraphe. Deuxième phrase.

        - un élément de liste

        > Une citation.

        ```
        du code qui n'est pas de la prose
        ```

        Dernier paragraphe.
        """;

    private static TextDocument Doc(string text, string path = "doc.md") => TextDocument.Create(path, text);

    private static TestAnalyzer Recording(Action<AnalysisContext, ConcurrentQueue<string>> register, ConcurrentQueue<string> log) =>
        new("Recording", [Rule], context => register(context, log));

    [Fact]
    public void DocumentAction_RunsOncePerDocument_AndReports()
    {
        var analyzer = new TestAnalyzer("Doc", [Rule], context => context.RegisterDocumentAction(c =>
            c.ReportDiagnostic(Diagnostic.Create(Rule, c.GetLocation(new TextSpan(2, 5)), c.Document.Path))));
        var driver = new AnalyzerDriver([analyzer]);

        var diagnostic = Assert.Single(driver.AnalyzeDocument(Doc(Markdown)));

        Assert.Equal("doc.md(1,3): warning TS0001: Found 'doc.md'", diagnostic.ToString());
    }

    [Fact]
    public void LargeDocument_NoLiteralAnywhere_SyntaxIsNeverBuilt_EvenWithConcurrentAnalyzers()
    {
        var prefilter = TextPrefilter.Create(["absent"]);
        var analyzers = new[]
        {
            new TestAnalyzer("A", [Rule], c => c.RegisterSentenceAction(_ => { }, prefilter)),
            new TestAnalyzer("B", [Other], c => c.RegisterBlockAction(_ => { }, prefilter: prefilter)),
        };
        var document = TextDocument.Create("big.txt", new string('x', AnalyzerDriver.ConcurrentAnalyzersThreshold) + "\n");

        new AnalyzerDriver(analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 4 }).Analyze(document);

        Assert.False(document.IsSyntaxBuilt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SentenceAction_WithAPrefilter_RunsOnlyOnTheSentencesWhereALiteralStarts(bool ignoreAccents)
    {
        var log = new ConcurrentQueue<string>();
        var analyzer = Recording((c, l) => c.RegisterSentenceAction(s => l.Enqueue(s.Sentence.Text), TextPrefilter.Create(["alpha", "ne. Tw"], ignoreAccents)), log);

        // "ne. Tw" straddles two sentences: the first one runs (where it starts), the second does not.
        new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc("Beta one. Two gamma. Three ALPHA. Four delta.\n\nNothing here.\n\nFive alpha beta. Six alpha.\n"));

        Assert.Equal(["Beta one.", "Three ALPHA.", "Five alpha beta.", "Six alpha."], log.ToArray());
    }

    [Fact]
    public void ReleaseSyntaxAfterAnalysis_FreesTheSyntax_AndReportsTheSame()
    {
        var log = new ConcurrentQueue<string>();
        var analyzer = Recording((c, l) => c.RegisterSentenceAction(s =>
        {
            l.Enqueue(s.Sentence.Text);
            s.ReportDiagnostic(Diagnostic.Create(Rule, s.GetLocation(s.Sentence.Span), s.Sentence.Text));
        }), log);
        var kept = Doc(Markdown);
        var released = Doc(Markdown);
        var keptSyntax = kept.GetSyntax();
        var releasedSyntax = released.GetSyntax();

        var expected = new AnalyzerDriver([analyzer]).AnalyzeDocument(kept);
        var actual = new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { ReleaseSyntaxAfterAnalysis = true }).AnalyzeDocument(released);

        Assert.Equal(expected.Select(d => d.ToString()), actual.Select(d => d.ToString()));
        Assert.NotEmpty(actual);
        Assert.Same(keptSyntax, kept.GetSyntax());
        Assert.False(released.IsSyntaxBuilt);
        Assert.NotSame(releasedSyntax, released.GetSyntax());
        Assert.Equal(releasedSyntax.Blocks.Select(b => b.Span), released.GetSyntax().Blocks.Select(b => b.Span));
    }

    [Fact]
    public void LargeDocument_AnalyzersRunConcurrently_AndTheResultIsTheSameAsOneByOne()
    {
        // Over the threshold, with sentence, block and document actions and two rules reporting at the same spot.
        var paragraph = "Premier paragraphe avec un mot. Deuxième phrase du mot.\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, AnalyzerDriver.ConcurrentAnalyzersThreshold / paragraph.Length + 1));
        DocumentAnalyzer Words(DiagnosticDescriptor rule) => new TestAnalyzer(rule.Id, [rule], c => c.RegisterSentenceAction(s =>
        {
            var index = s.Sentence.Text.IndexOf("mot", StringComparison.Ordinal);
            if (index >= 0)
            {
                s.ReportDiagnostic(Diagnostic.Create(rule, s.GetLocation(new TextSpan(s.Sentence.Span.Start + index, 3)), "mot"));
            }
        }));
        var analyzers = new[]
        {
            Words(Rule),
            Words(Other),
            new TestAnalyzer("Blocks", [TestAnalyzer.Descriptor("TS0003")], c => c.RegisterBlockAction(b => b.ReportDiagnostic(Diagnostic.Create(TestAnalyzer.Descriptor("TS0003"), b.GetLocation(b.Block.Span), "block")))),
        };

        var serial = new AnalyzerDriver(analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 }).Analyze(TextDocument.Create("big.txt", text));
        var concurrent = new AnalyzerDriver(analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 4 }).Analyze(TextDocument.Create("big.txt", text));

        Assert.True(text.Length >= AnalyzerDriver.ConcurrentAnalyzersThreshold);
        Assert.Equal(serial.Diagnostics.Length, concurrent.Diagnostics.Length);
        Assert.Equal(serial.Diagnostics.Select(d => d.ToString()), concurrent.Diagnostics.Select(d => d.ToString()));
        Assert.True(serial.Diagnostics.Length > 50_000);
    }

    [Fact]
    public void BlockActions_SeeEveryProseBlock_CodeIsNotABlock()
    {
        var log = new ConcurrentQueue<string>();
        var driver = new AnalyzerDriver([Recording((c, l) => c.RegisterBlockAction(b => l.Enqueue($"{b.Block.Kind}:{b.Block.Text}")), log)]);

        driver.AnalyzeDocument(Doc(Markdown));

        Assert.Equal(
            ["Heading:# Titre du document", "Paragraph:Premier paragraphe. Deuxième phrase.", "ListItem:un élément de liste", "Quote:Une citation.", "Paragraph:Dernier paragraphe."],
            log);
    }

    [Fact]
    public void BlockAction_WithKinds_SeesOnlyThoseKinds()
    {
        var log = new ConcurrentQueue<string>();
        var driver = new AnalyzerDriver([Recording((c, l) => c.RegisterBlockAction(b => l.Enqueue(b.Block.Text), [BlockKind.Quote]), log)]);

        driver.AnalyzeDocument(Doc(Markdown));

        Assert.Equal(["Une citation."], log);
    }

    [Fact]
    public void ParagraphAction_SeesParagraphsListItemsAndQuotes_NotHeadings()
    {
        var log = new ConcurrentQueue<string>();
        var driver = new AnalyzerDriver([Recording((c, l) => c.RegisterParagraphAction(b => l.Enqueue(b.Block.Kind.ToString())), log)]);

        driver.AnalyzeDocument(Doc(Markdown));

        Assert.Equal(["Paragraph", "ListItem", "Quote", "Paragraph"], log);
    }

    [Fact]
    public void HeadingAction_SeesHeadingsOnly()
    {
        var log = new ConcurrentQueue<string>();
        var driver = new AnalyzerDriver([Recording((c, l) => c.RegisterHeadingAction(b => l.Enqueue($"{b.Block.HeadingLevel}:{b.Block.Text}")), log)]);

        driver.AnalyzeDocument(Doc(Markdown));

        Assert.Equal(["1:# Titre du document"], log);
    }

    [Fact]
    public void SentenceAction_SeesEverySentenceOfEveryBlock()
    {
        var log = new ConcurrentQueue<string>();
        var driver = new AnalyzerDriver([Recording((c, l) => c.RegisterSentenceAction(s => l.Enqueue(s.Sentence.Text)), log)]);

        driver.AnalyzeDocument(Doc(Markdown));

        // A sentence is trimmed of the blanked-out markup: the heading's "# " is not part of it.
        Assert.Equal(["Titre du document", "Premier paragraphe.", "Deuxième phrase.", "un élément de liste", "Une citation.", "Dernier paragraphe."], log);
    }

    [Fact]
    public void LineAction_SeesNonBlankProseLines_AndKnowsTheLastOne()
    {
        var log = new ConcurrentQueue<string>();
        var driver = new AnalyzerDriver([Recording((c, l) => c.RegisterLineAction(line => l.Enqueue($"{line.Line.LineNumber}:{line.IsLastNonBlankLine}:{line.Line}")), log)]);

        driver.AnalyzeDocument(Doc("Titre\n\nCorps du texte.\n   \n2024-05-31 18:41\n\n", "a.txt"));

        Assert.Equal(["0:False:Titre", "2:False:Corps du texte.", "4:True:2024-05-31 18:41"], log);
    }

    [Fact]
    public void LineAction_SkipsCodeLinesInMarkdown()
    {
        var log = new ConcurrentQueue<string>();
        var driver = new AnalyzerDriver([Recording((c, l) => c.RegisterLineAction(line => l.Enqueue(line.Line.ToString())), log)]);

        driver.AnalyzeDocument(Doc("Texte.\n\n```\ncode\n```\n"));

        Assert.Equal(["Texte."], log);
    }

    [Fact]
    public void Prefilter_SkipsDocumentsWithoutTheLiteral()
    {
        var log = new ConcurrentQueue<string>();
        var prefilter = TextPrefilter.Create(["Stoltenberg"]);
        var driver = new AnalyzerDriver([Recording((c, l) =>
        {
            c.RegisterDocumentAction(d => l.Enqueue("document:" + d.Document.Path), prefilter);
            c.RegisterSentenceAction(s => l.Enqueue("sentence:" + s.Document.Path), prefilter);
        }, log)]);

        driver.AnalyzeDocument(Doc("Rien à voir.", "a.txt"));
        driver.AnalyzeDocument(Doc("Moi, Jens STOLTENBERG, parle.", "b.txt"));

        Assert.Equal(["document:b.txt", "sentence:b.txt"], log);
    }

    [Fact]
    public void Prefilter_SkipsBlocksWhoseProseLacksTheLiteral_EvenIfCodeHasIt()
    {
        var log = new ConcurrentQueue<string>();
        var prefilter = TextPrefilter.Create(["secret"]);
        var driver = new AnalyzerDriver([Recording((c, l) =>
        {
            c.RegisterBlockAction(b => l.Enqueue("block:" + b.Block.Text), prefilter: prefilter);
            c.RegisterSentenceAction(s => l.Enqueue("sentence:" + s.Sentence.Text), prefilter);
        }, log)]);

        driver.AnalyzeDocument(Doc("Un paragraphe.\n\nUn `secret` en code.\n\nUn secret dit.\n"));

        Assert.Equal(["block:Un secret dit.", "sentence:Un secret dit."], log);
    }

    [Fact]
    public void Prefilter_NoLiteralAnywhere_SyntaxIsNeverBuilt()
    {
        var prefilter = TextPrefilter.Create(["absent"]);
        var driver = new AnalyzerDriver([new TestAnalyzer("P", [Rule], c => c.RegisterSentenceAction(_ => { }, prefilter))]);
        var document = Doc("Texte sans le mot.");

        driver.AnalyzeDocument(document);

        Assert.False(document.IsSyntaxBuilt);
    }

    [Fact]
    public void TextPrefilter_Create_IgnoresEmptyAndDuplicates_NullWhenNothingLeft()
    {
        var prefilter = TextPrefilter.Create(["je", "", "JE", "trouve"]);

        Assert.NotNull(prefilter);
        Assert.Equal(["je", "trouve"], prefilter.Literals.ToArray());
        Assert.True(prefilter.MightMatch("Je TROUVE"));
        Assert.False(prefilter.MightMatch("nous pensons"));
        Assert.Null(TextPrefilter.Create(["", ""]));
        Assert.Equal("je | trouve", prefilter.ToString());
    }

    [Fact]
    public void ThrowingAnalyzer_BecomesDR0001NamingIt_OthersStillReport()
    {
        var throwing = new TestAnalyzer("ExplodingAnalyzer", [Other], c => c.RegisterSentenceAction(_ => throw new InvalidOperationException("boom on purpose")));
        var working = TestAnalyzer.ReportingLiteral(Rule, "paragraphe");
        var driver = new AnalyzerDriver([throwing, working]);

        var diagnostics = driver.AnalyzeDocument(Doc(Markdown));

        var failure = Assert.Single(diagnostics, d => d.Id == "DR0001");
        Assert.Contains("ExplodingAnalyzer", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("boom on purpose", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("doc.md(1,1): warning DR0001: Analyzer 'ExplodingAnalyzer' threw InvalidOperationException on this document: boom on purpose", failure.ToString());
        Assert.Equal(2, diagnostics.Count(d => d.Id == "TS0001"));
    }

    [Fact]
    public void ThrowingAnalyzer_KeepsWhatItReportedBeforeThrowing()
    {
        var analyzer = new TestAnalyzer("Partial", [Rule], c => c.RegisterDocumentAction(d =>
        {
            d.ReportDiagnostic(Diagnostic.Create(Rule, d.GetLocation(new TextSpan(0, 1)), "first"));
            throw new FormatException("later");
        }));

        var diagnostics = new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc("abc", "a.txt"));

        Assert.Equal(["TS0001", "DR0001"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void RegexTimeout_BecomesDR0002()
    {
        var evil = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(20));
        var analyzer = new TestAnalyzer("SlowRule", [Rule], c => c.RegisterDocumentAction(d => evil.IsMatch(d.Text.ToString())));

        var diagnostic = Assert.Single(new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc(new string('a', 40) + "!", "a.txt")));

        Assert.Equal("DR0002", diagnostic.Id);
        Assert.Equal("Rule 'TS0001' timed out on this document (a pattern took longer than 20 ms) and was skipped for it", diagnostic.GetMessage());
    }

    [Fact]
    public void ReportingAnUnsupportedId_BecomesDR0001()
    {
        var analyzer = new TestAnalyzer("Liar", [Rule], c => c.RegisterDocumentAction(d =>
            d.ReportDiagnostic(Diagnostic.Create(Other, d.GetLocation(new TextSpan(0, 1)), "x"))));

        var diagnostic = Assert.Single(new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc("abc", "a.txt")));

        Assert.Equal("DR0001", diagnostic.Id);
        Assert.Contains("'TS0002' is not in SupportedDiagnostics", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Liar", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportingASpanOutsideTheDocument_BecomesDR0001()
    {
        var analyzer = new TestAnalyzer("Outside", [Rule], c => c.RegisterDocumentAction(d =>
            d.ReportDiagnostic(Diagnostic.Create(Rule, new Location(d.Document.Path, new TextSpan(2, 50), default), "x"))));

        var diagnostic = Assert.Single(new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc("abc", "a.txt")));

        Assert.Equal("DR0001", diagnostic.Id);
        Assert.Contains("outside the document", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void InitializeThrows_AnalyzerIsDropped_AndNamedInInitializationDiagnostics()
    {
        var broken = new TestAnalyzer("BrokenInit", [Rule], _ => throw new NotSupportedException("no init"));
        var working = TestAnalyzer.ReportingLiteral(Other, "a");

        var driver = new AnalyzerDriver([broken, working]);

        var failure = Assert.Single(driver.InitializationDiagnostics);
        Assert.Contains("BrokenInit", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Equal([working], driver.Analyzers.ToArray());
        Assert.Single(driver.AnalyzeDocument(Doc("a", "a.txt")));
    }

    [Fact]
    public void Results_AreSortedByPositionThenId()
    {
        var b = TestAnalyzer.ReportingLiteral(Other, "x");
        var a = TestAnalyzer.ReportingLiteral(Rule, "x");

        var diagnostics = new AnalyzerDriver([b, a]).AnalyzeDocument(Doc("x y x", "a.txt"));

        Assert.Equal(["0:TS0001", "0:TS0002", "4:TS0001", "4:TS0002"], diagnostics.Select(d => $"{d.Location.SourceSpan.Start}:{d.Id}"));
    }

    [Fact]
    public async Task AnalyzeAsync_Parallel_KeepsInputOrder()
    {
        var analyzer = new TestAnalyzer("Slow", [Rule], c => c.RegisterDocumentAction(d =>
        {
            // Early documents take longest, so finishing order is the reverse of input order.
            var index = int.Parse(d.Document.Path.AsSpan(4, 3), provider: null);
            Thread.Sleep(Math.Max(0, 30 - index));
            d.ReportDiagnostic(Diagnostic.Create(Rule, d.GetLocation(new TextSpan(0, 0)), d.Document.Path));
        }));
        var documents = Enumerable.Range(0, 40).Select(i => Doc("texte", $"doc-{i:000}.txt")).ToArray();
        var driver = new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 4 });

        var results = await driver.AnalyzeAsync(documents);

        Assert.Equal(documents, results.Select(r => r.Document));
        Assert.All(results, r => Assert.Equal($"Found '{r.Document.Path}'", Assert.Single(r.Diagnostics).GetMessage()));
    }

    [Fact]
    public async Task AnalyzeAsync_AlreadyCancelled_Throws()
    {
        var driver = new AnalyzerDriver([TestAnalyzer.ReportingLiteral(Rule, "a")]);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.AnalyzeAsync([Doc("a", "a.txt")], cts.Token));
    }

    [Fact]
    public async Task AnalyzeAsync_CancelledDuringAnalysis_ThrowsInsteadOfReportingDR0001()
    {
        using var cts = new CancellationTokenSource();
        var analyzer = new TestAnalyzer("Canceller", [Rule], c => c.RegisterSentenceAction(s =>
        {
            cts.Cancel();
            s.CancellationToken.ThrowIfCancellationRequested();
        }));
        var driver = new AnalyzerDriver([analyzer], new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.AnalyzeAsync([Doc("Une phrase.", "a.txt"), Doc("Une autre.", "b.txt")], cts.Token));
    }

    [Fact]
    public void Analyze_OperationCanceledWithoutCancellation_IsAnAnalyzerFailure()
    {
        var analyzer = new TestAnalyzer("Confused", [Rule], c => c.RegisterDocumentAction(_ => throw new OperationCanceledException("not ours")));

        var diagnostic = Assert.Single(new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc("a", "a.txt")));

        Assert.Equal("DR0001", diagnostic.Id);
    }

    [Fact]
    public void DisabledRules_AnalyzerDoesNotRun()
    {
        var ran = 0;
        var disabled = TestAnalyzer.Descriptor("TS0009", enabled: false);
        var analyzer = new TestAnalyzer("Off", [disabled], c => c.RegisterDocumentAction(_ => Interlocked.Increment(ref ran)));

        var diagnostics = new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc("a", "a.txt"));

        Assert.Empty(diagnostics);
        Assert.Equal(0, ran);
    }

    [Fact]
    public void Analyze_ReturnsDocumentAndSuppressedCount()
    {
        var driver = new AnalyzerDriver([TestAnalyzer.ReportingLiteral(Rule, "zz")]);
        var document = Doc("zz\n<!-- docrules-disable-next-line TS0001 -->\nzz\n", "a.txt");

        var result = driver.Analyze(document);

        Assert.Same(document, result.Document);
        Assert.Single(result.Diagnostics);
        Assert.Equal(1, result.SuppressedCount);
    }

    [Fact]
    public void Constructor_NullAnalyzers_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new AnalyzerDriver(null!));

    [Fact]
    public void Analyzers_AreInitializedOncePerDriver()
    {
        var count = 0;
        var analyzer = new TestAnalyzer("Once", [Rule], c =>
        {
            Interlocked.Increment(ref count);
            c.RegisterDocumentAction(_ => { });
        });
        var driver = new AnalyzerDriver([analyzer]);

        driver.AnalyzeDocument(Doc("a", "a.txt"));
        driver.AnalyzeDocument(Doc("b", "b.txt"));

        Assert.Equal(1, count);
        Assert.Equal([analyzer], driver.Analyzers.ToArray());
    }
    [Fact]
    public void Results_SamePlaceAndId_KeepReportOrder()
    {
        var analyzer = new TestAnalyzer("Many", [Rule], c => c.RegisterDocumentAction(d =>
        {
            for (var i = 0; i < 100; i++)
            {
                d.ReportDiagnostic(Diagnostic.Create(Rule, d.GetLocation(new TextSpan(i % 2, 1)), i));
            }
        }));

        var messages = new AnalyzerDriver([analyzer]).AnalyzeDocument(Doc("ab", "a.txt")).Select(d => d.GetMessage()).ToArray();

        string[] expected = [.. Enumerable.Range(0, 50).Select(i => $"Found '{2 * i}'"), .. Enumerable.Range(0, 50).Select(i => $"Found '{(2 * i) + 1}'")];
        Assert.Equal(expected, messages);
    }

    [Fact]
    public void SupportedDiagnostics_IsReadOnce()
    {
        var analyzer = new FlakyDescriptorsAnalyzer();
        var driver = new AnalyzerDriver([analyzer]);

        var diagnostics = driver.AnalyzeDocument(Doc("a", "a.txt"));

        Assert.Equal(1, analyzer.Reads);
        Assert.Equal("TS0001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void SupportedDiagnostics_Default_IsAnInitializationFailure()
    {
        var driver = new AnalyzerDriver([new TestAnalyzer("NoDescriptors", default, c => c.RegisterDocumentAction(_ => { }))]);

        Assert.Empty(driver.Analyzers);
        Assert.Contains("NoDescriptors", Assert.Single(driver.InitializationDiagnostics).GetMessage(), StringComparison.Ordinal);
        Assert.Empty(driver.AnalyzeDocument(Doc("a", "a.txt")));
    }

    private sealed class FlakyDescriptorsAnalyzer : DocumentAnalyzer
    {
        public int Reads { get; private set; }

        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
            ++Reads == 1 ? [Rule] : throw new InvalidOperationException("read twice");

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(d => d.ReportDiagnostic(Diagnostic.Create(Rule, d.GetLocation(new TextSpan(0, 1)), "a")));
    }
}
