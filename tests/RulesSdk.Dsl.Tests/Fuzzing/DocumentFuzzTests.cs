using System.Text;
using CsCheck;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Syntax;
using RulesSdk.Workspaces;

namespace RulesSdk.Dsl.Tests.Fuzzing;

/// <summary>
/// Random documents (Markdown and plain text, hostile Unicode, deep nesting, every newline style)
/// through syntax, the driver and fix-all with a pack of fixable rules. Properties: nothing throws
/// and no rule fails (DR0001); every diagnostic lies within its document; fix-all is idempotent;
/// no finding with a safe fix survives fix-all once it reached its fixed point.
/// </summary>
public sealed class DocumentFuzzTests
{
    private const string PackText = """
        pack fuzz "Fuzz"
        language any

        rule FZ0001 spelling
          title "Spelling"
          message "Spelling: {match}"
          scope sentence anywhere
          match /(?i)\bcolour\b/
          fix "Use color" => "color"
        end

        rule FZ0002 lead-in
          title "Lead-in"
          message "Lead-in"
          scope sentence outside quotes
          match phrase "je suis ravi de partager que"
          fix "Delete the sentence" => delete sentence
        end

        rule FZ0003 headline
          title "Headline"
          message "Repeated headline"
          scope document
          match repeated block first
          fix "Delete the copy" => delete block
        end

        rule FZ0004 metadata
          title "Metadata"
          message "Trailing metadata"
          scope line last
          match trailing metadata
          fix "Delete the line" => delete line
        end

        rule FZ0005 broken
          title "Broken"
          message "Broken sentence"
          scope paragraph outside quotes
          match lowercase after stop
          suggest "Join" => "x"
        end
        """;

    // A generous regex timeout: a loaded CI machine must not turn a slow match into a DR0002 failure here.
    private static readonly Lazy<RulePack> Pack = new(() => Dsl.CompileOk(PackText, options: new RulePackOptions { UseCache = false, RunExamples = false, RegexTimeout = TimeSpan.FromSeconds(30) }));

    private static readonly string[] Pieces =
    [
        "The colour is red. ", "COLOUR ", "Je suis ravi de partager que, selon lui, tout va bien. ", "Un titre", "Un titre",
        "civils. infrastructures ", "« Je suis ravi de partager que tout va. » ", "\"colour\" ", "2024-05-31 18:41",
        "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "> ", "- ", "1. ", "# ", "## ", "|", "|---|", "```", "    ", "\t", "*", "**", "_",
        "[", "](http://x.example/colour)", "<div>", "</div>", "<!-- docrules-disable FZ0001 -->", "---\nlang: fr\n---\n",
        "\u202E", "\u0301", "😀", "\uD800", "\uDC00", "\u00A0", "\u2028", "İ", "ß", "\uFEFF", "’", "…", ". ", "! ", "? ",
    ];

    private static readonly Gen<string> Documents =
        Gen.Frequency(
            (6, Gen.Int[0, Pieces.Length - 1].Array[0, 80].Select(pieces => string.Concat(pieces.Select(i => Pieces[i])))),
            (1, Gen.Select(Gen.Int[1, 400], Gen.Int[0, Pieces.Length - 1]).Select((depth, piece) =>
                new StringBuilder().Insert(0, "> ", depth).Append(Pieces[piece]).Append("\n\n").Insert(0, "- ", depth).Append("The colour.\n").ToString())));

    private static async Task CheckProperties(string text, DocumentKind kind)
    {
        var pack = Pack.Value;
        var driver = new AnalyzerDriver(pack.Analyzers);
        var fixes = new CodeFixService(pack.CodeFixProviders);
        var runner = new FixAllRunner(driver, fixes);
        var document = TextDocument.Create(kind == DocumentKind.Markdown ? "doc.md" : "doc.txt", text);

        var diagnostics = driver.AnalyzeDocument(document);
        Assert.DoesNotContain(diagnostics, d => d.Id is "DR0001" or "DR0002");
        Assert.All(diagnostics, d => Assert.True(d.Location.SourceSpan.End <= text.Length, $"{d} lies outside the document ({text.Length} characters)"));

        var fixedOnce = await runner.FixDocumentAsync(document);
        Assert.DoesNotContain(fixedOnce.RemainingDiagnostics, d => d.Id is "DR0001" or "DR0002");
        if (!fixedOnce.ReachedFixedPoint)
        {
            return;
        }

        foreach (var remaining in fixedOnce.RemainingDiagnostics)
        {
            var offered = await fixes.GetFixesAsync(document.WithText(fixedOnce.FixedText), remaining);
            Assert.False(offered.Any(f => f.IsSafe), $"{remaining} survived fix-all with a safe fix");
        }

        var fixedTwice = await runner.FixDocumentAsync(document.WithText(fixedOnce.FixedText));
        Assert.Empty(fixedTwice.Applied);
        Assert.Equal(fixedOnce.FixedText.ToString(), fixedTwice.FixedText.ToString());
    }

    [Fact]
    public void RandomDocuments_KeepTheProperties() =>
        Documents.Sample(
            text =>
            {
                CheckProperties(text, DocumentKind.Markdown).GetAwaiter().GetResult();
                CheckProperties(text, DocumentKind.PlainText).GetAwaiter().GetResult();
            },
            seed: FuzzSettings.Seed,
            iter: FuzzSettings.Iterations(60),
            threads: 1);
}
