using System.Collections.Concurrent;
using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Rules;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Analyzers;

public sealed class BlockResultCacheTests
{
    private static readonly DiagnosticDescriptor BlockRule = TestAnalyzer.Descriptor("TS0101");
    private static readonly DiagnosticDescriptor SentenceRule = TestAnalyzer.Descriptor("TS0102");
    private static readonly DiagnosticDescriptor LineRule = TestAnalyzer.Descriptor("TS0103");
    private static readonly DiagnosticDescriptor PositionRule = TestAnalyzer.Descriptor("TS0104");
    private static readonly DiagnosticDescriptor DocumentRule = TestAnalyzer.Descriptor("TS0105");

    private const string Text = """
        # Le chat du titre

        Premier paragraphe avec un chat. Deuxième phrase sans rien.

        Deuxième paragraphe, calme. Le chien dort.

        - un élément avec un chat
        - un autre élément

        > Une citation du chat.

        Dernier paragraphe avec un chat.
        """;

    /// <summary>Counts invocations per block text, so a test can tell which blocks ran again.</summary>
    private sealed class Counters
    {
        public ConcurrentDictionary<string, int> Blocks { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> Sentences { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

        public int Documents;

        public int TotalBlocks => Blocks.Values.Sum();

        public int TotalSentences => Sentences.Values.Sum();

        public int TotalLines => Lines.Values.Sum();

        public void Reset()
        {
            Blocks.Clear();
            Sentences.Clear();
            Lines.Clear();
            Documents = 0;
        }
    }

    private static TestAnalyzer Analyzer(Counters counters, string? throwOn = null) => new(
        "Counting",
        [BlockRule, SentenceRule, LineRule, PositionRule, DocumentRule],
        context =>
        {
            context.RegisterDocumentAction(c =>
            {
                Interlocked.Increment(ref counters.Documents);
                c.ReportDiagnostic(Diagnostic.Create(DocumentRule, c.GetLocation(new TextSpan(0, 1)), c.Syntax.Blocks.Length));
            });
            context.RegisterBlockAction(c =>
            {
                counters.Blocks.AddOrUpdate(c.Block.Text, 1, (_, n) => n + 1);
                if (throwOn is not null && c.Block.Text.Contains(throwOn, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("boom");
                }

                var text = c.Block.Text;
                for (var i = text.IndexOf("chat", StringComparison.Ordinal); i >= 0; i = text.IndexOf("chat", i + 1, StringComparison.Ordinal))
                {
                    var span = new TextSpan(c.Block.Span.Start + i, 4);
                    var match = new RuleMatch(span, c.Block.Span, ImmutableDictionary<string, TextSpan>.Empty.Add("word", span));
                    c.ReportDiagnostic(RuleDiagnostics.Create(BlockRule, c.Document, match, ["word"]));
                }

                if (c.Block.IsFirst || c.Block.IsLast)
                {
                    c.ReportDiagnostic(Diagnostic.Create(PositionRule, c.GetLocation(c.Block.Span), c.Block.IsFirst ? "first" : "last"));
                }

                if (c.Document.GetOption("voice") == "first-person")
                {
                    c.ReportDiagnostic(Diagnostic.Create(PositionRule, c.GetLocation(new TextSpan(c.Block.Span.Start, 0)), "voice"));
                }
            });
            context.RegisterSentenceAction(c =>
            {
                counters.Sentences.AddOrUpdate(c.Block.Text, 1, (_, n) => n + 1);
                if (c.Sentence.IsLastInBlock)
                {
                    c.ReportDiagnostic(Diagnostic.Create(SentenceRule, c.GetLocation(c.Sentence.Span), c.Syntax.Language));
                }
            });
            context.RegisterLineAction(c =>
            {
                counters.Lines.AddOrUpdate(c.Line.ToString(), 1, (_, n) => n + 1);
                if (c.IsLastNonBlankLine || c.Line.LineNumber == 0)
                {
                    c.ReportDiagnostic(Diagnostic.Create(LineRule, c.GetLocation(c.Line.Span), c.IsLastNonBlankLine ? "last line" : "line 0"));
                }
            });
        });

    private static TextDocument Doc(string text, string? language = null) => TextDocument.Create("doc.md", text, language);

    private static string[] Render(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d} {d.Location.SourceSpan} {d.Location.LineSpan} {string.Join(";", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}")];

    private static string[] Uncached(TextDocument document) =>
        Render(new AnalyzerDriver([Analyzer(new Counters())]).AnalyzeDocument(document));

    private static (AnalyzerDriver Driver, Counters Counters, BlockResultCache Cache) Cached(string? throwOn = null)
    {
        var counters = new Counters();
        var cache = new BlockResultCache();
        return (new AnalyzerDriver([Analyzer(counters, throwOn)], new AnalyzerDriverOptions { BlockCache = cache }), counters, cache);
    }

    private static TextDocument Replace(TextDocument document, string oldText, string newText)
    {
        var start = document.Text.ToString().IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(start >= 0, oldText);
        return document.WithText(document.Text.WithChanges(new TextChange(new TextSpan(start, oldText.Length), newText)));
    }

    [Fact]
    public void SameResults_WithAndWithoutCache_ColdAndWarm()
    {
        var document = Doc(Text);
        var expected = Uncached(document);
        var (driver, counters, cache) = Cached();

        Assert.Equal(expected, Render(driver.AnalyzeDocument(document)));
        Assert.True(cache.Count > 0);
        Assert.Equal(7, counters.TotalBlocks);

        counters.Reset();
        Assert.Equal(expected, Render(driver.AnalyzeDocument(document)));
        Assert.Equal(0, counters.TotalBlocks);
        Assert.Equal(0, counters.TotalSentences);
        Assert.Equal(0, counters.TotalLines);
        Assert.Contains(expected, d => d.Contains("TS0101", StringComparison.Ordinal) && d.Contains("capture.word", StringComparison.Ordinal));
    }

    [Fact]
    public void EditingOneParagraph_RunsOnlyThatParagraphAgain()
    {
        var (driver, counters, _) = Cached();
        var document = Doc(Text);
        driver.AnalyzeDocument(document);
        counters.Reset();

        var edited = Replace(document, "calme", "calme, un chat");
        var diagnostics = driver.AnalyzeDocument(edited);

        Assert.Equal(Uncached(edited), Render(diagnostics));
        var block = Assert.Single(counters.Blocks);
        Assert.Equal("Deuxième paragraphe, calme, un chat. Le chien dort.", block.Key);
        Assert.Equal(1, block.Value);
        Assert.Equal(["Deuxième paragraphe, calme, un chat. Le chien dort."], counters.Sentences.Keys);
        Assert.Equal(2, counters.TotalSentences);
        Assert.Equal(["Deuxième paragraphe, calme, un chat. Le chien dort."], counters.Lines.Keys);
    }

    [Fact]
    public void SpansAndLines_Shift_WhenAnEarlierParagraphGrows()
    {
        var (driver, counters, _) = Cached();
        var document = Doc(Text);
        driver.AnalyzeDocument(document);
        counters.Reset();

        var edited = Replace(document, "Premier paragraphe avec un chat.", "Premier paragraphe, bien plus long,\navec un chat et un autre chat.");
        var diagnostics = driver.AnalyzeDocument(edited);

        Assert.Equal(Uncached(edited), Render(diagnostics));
        Assert.Single(counters.Blocks);
        var last = diagnostics.Last(d => d.Id == "TS0101");
        Assert.Equal("chat", edited.Text.ToString(last.Location.SourceSpan));
        Assert.Equal(12, last.Location.LineSpan.Start.Line);
        var match = RuleMatch.FromDiagnostic(last);
        Assert.Equal(last.Location.SourceSpan, match.Span);
        Assert.Equal("chat", edited.Text.ToString(match.GetSpan("word")));
        Assert.Equal("Dernier paragraphe avec un chat.", edited.Text.ToString(match.Scope));
    }

    [Fact]
    public void FirstAndLastBlock_AreRunAgain_WhenTheyStopBeingFirstOrLast()
    {
        var (driver, counters, _) = Cached();
        var document = Doc(Text);
        driver.AnalyzeDocument(document);
        counters.Reset();

        var edited = document.WithText(SourceText.From("Un nouveau début.\n\n" + Text + "\n\nUne nouvelle fin."));
        var diagnostics = driver.AnalyzeDocument(edited);

        Assert.Equal(Uncached(edited), Render(diagnostics));
        Assert.Equal(
            ["# Le chat du titre", "Dernier paragraphe avec un chat.", "Un nouveau début.", "Une nouvelle fin."],
            counters.Blocks.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LanguageAndOptions_AreInTheKey()
    {
        var (driver, counters, _) = Cached();
        var document = Doc(Text, language: "fr");
        driver.AnalyzeDocument(document);
        counters.Reset();

        var english = Doc(Text, language: "en");
        Assert.Equal(Uncached(english), Render(driver.AnalyzeDocument(english)));
        Assert.Equal(7, counters.TotalBlocks);
        counters.Reset();

        var firstPerson = document.WithOptions(ImmutableDictionary<string, string>.Empty.Add("voice", "first-person"));
        var diagnostics = driver.AnalyzeDocument(firstPerson);
        Assert.Equal(Uncached(firstPerson), Render(diagnostics));
        Assert.Equal(7, counters.TotalBlocks);
        Assert.Equal(7, diagnostics.Count(d => d.GetMessage().Contains("voice", StringComparison.Ordinal)));
    }

    [Fact]
    public void DocumentActions_AlwaysRun()
    {
        var (driver, counters, _) = Cached();
        var document = Doc(Text);
        driver.AnalyzeDocument(document);
        driver.AnalyzeDocument(document);
        var edited = Replace(document, "calme", "tranquille");
        var diagnostics = driver.AnalyzeDocument(edited);

        Assert.Equal(3, counters.Documents);
        Assert.Single(diagnostics, d => d.Id == "TS0105");
    }

    [Fact]
    public void AnalyzerException_IsNotCached()
    {
        var (driver, counters, cache) = Cached(throwOn: "chien");
        var document = Doc(Text);

        var first = driver.AnalyzeDocument(document);
        var second = driver.AnalyzeDocument(document);

        Assert.Contains(first, d => d.Id == SdkDiagnostics.AnalyzerException.Id);
        Assert.Equal(Render(first), Render(second));
        Assert.Equal(2, counters.Blocks["Deuxième paragraphe, calme. Le chien dort."]);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Cache_IsBounded()
    {
        var counters = new Counters();
        var cache = new BlockResultCache(capacity: 3);
        var driver = new AnalyzerDriver([Analyzer(counters)], new AnalyzerDriverOptions { BlockCache = cache });
        var document = Doc(Text);

        Assert.Equal(Uncached(document), Render(driver.AnalyzeDocument(document)));
        Assert.InRange(cache.Count, 1, 3);
        Assert.Equal(Uncached(document), Render(driver.AnalyzeDocument(document)));
        cache.Clear();
        Assert.Equal(0, cache.Count);
    }
}
