using RulesSdk.Analyzers;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Configuration;

/// <summary>Inline <c>docrules-disable</c> comments, read by <see cref="SuppressionMap"/> and applied by the driver.</summary>
public sealed class SuppressionTests
{
    private static readonly DiagnosticDescriptor Alpha = TestAnalyzer.Descriptor("PL0001");
    private static readonly DiagnosticDescriptor Beta = TestAnalyzer.Descriptor("PL0002");

    /// <summary>PL0001 at every "ALPHA", PL0002 at every "BETA"; returns "line:id" for what is left.</summary>
    private static string[] Run(string text, AnalyzerDriverOptions? options = null)
    {
        var driver = new AnalyzerDriver([TestAnalyzer.ReportingLiteral(Alpha, "ALPHA"), TestAnalyzer.ReportingLiteral(Beta, "BETA")], options);
        return [.. driver.AnalyzeDocument(TextDocument.Create("doc.md", text)).Select(d => $"{d.Location.LineSpan.Start.Line + 1}:{d.Id}")];
    }

    [Fact]
    public void NoComments_EverythingIsReported()
    {
        Assert.Equal(["1:PL0001", "2:PL0002"], Run("ALPHA\nBETA\n"));
    }

    [Fact]
    public void DisableNextLine_SuppressesTheNextNonBlankLineOnly_WithReason()
    {
        const string Text = "ALPHA\n<!-- docrules-disable-next-line PL0001 -- quoted on purpose -->\n\nALPHA BETA\nALPHA\n";

        var suppression = Assert.Single(SuppressionMap.Parse(SourceText.From(Text)).Suppressions);

        Assert.Equal("quoted on purpose", suppression.Reason);
        Assert.Equal(["PL0001"], suppression.RuleIds.ToArray());
        Assert.Equal(["1:PL0001", "4:PL0002", "5:PL0001"], Run(Text));
    }

    [Fact]
    public void CommentsShownInMarkdownCode_AreNotSuppressions()
    {
        // Documentation about docrules shows the comment in code; it must neither suppress nor be reported unused.
        const string Text = "```\n<!-- docrules-disable-next-line PL0001 -->\n```\n\nALPHA and `<!-- docrules-disable-line PL0001 -->`\n";

        Assert.Equal(["5:PL0001"], Run(Text));
    }

    [Fact]
    public void DisableLine_SuppressesItsOwnLine()
    {
        Assert.Equal(["2:PL0001"], Run("ALPHA <!-- docrules-disable-line PL0001 -->\nALPHA\n"));
    }

    [Fact]
    public void DisableEnable_Region()
    {
        const string Text = "ALPHA\n<!-- docrules-disable PL0001 -->\nALPHA\nBETA\n<!-- docrules-enable PL0001 -->\nALPHA\n";

        Assert.Equal(["1:PL0001", "4:PL0002", "6:PL0001"], Run(Text));
    }

    [Fact]
    public void Disable_WithoutEnable_RunsToTheEnd()
    {
        Assert.Equal(["1:PL0002"], Run("BETA\n<!-- docrules-disable -->\nALPHA\nBETA\n"));
    }

    [Fact]
    public void Enable_WithoutIds_ClosesEveryOpenRegion()
    {
        const string Text = "<!-- docrules-disable PL0001 -->\n<!-- docrules-disable PL0002 -->\nALPHA BETA\n<!-- docrules-enable -->\nALPHA BETA\n";

        Assert.Equal(["5:PL0001", "5:PL0002"], Run(Text));
    }

    [Fact]
    public void DisableFile_AnywhereInTheDocument()
    {
        Assert.Equal(["1:PL0002", "3:PL0002"], Run("BETA ALPHA\nALPHA\nBETA\n<!-- docrules-disable-file PL0001 -->\n"));
    }

    [Fact]
    public void NoIds_SuppressesAllRules()
    {
        Assert.Equal(["3:PL0001"], Run("<!-- docrules-disable-next-line -->\nALPHA BETA\nALPHA\n"));
    }

    [Fact]
    public void SeveralIds_CommaOrSpaceSeparated_CaseInsensitive()
    {
        Assert.Empty(Run("<!-- docrules-disable-next-line pl0001, PL0002 -->\nALPHA BETA\n"));
        Assert.Empty(Run("<!-- docrules-disable-next-line PL0001 PL0002 -->\nALPHA BETA\n"));
    }

    [Fact]
    public void UnusedSuppression_IsDR0003AtTheComment()
    {
        var driver = new AnalyzerDriver([TestAnalyzer.ReportingLiteral(Alpha, "ALPHA")]);
        var document = TextDocument.Create("doc.md", "Clean line.\n<!-- docrules-disable-next-line PL0001 -->\nStill clean.\n");

        var diagnostic = Assert.Single(driver.AnalyzeDocument(document));

        Assert.Equal("doc.md(2,1): info DR0003: Suppression of 'PL0001' suppresses nothing; remove it", diagnostic.ToString());
    }

    [Fact]
    public void UnusedSuppression_OfAllRules_SaysSo()
    {
        Assert.Contains("all rules", Assert.Single(new AnalyzerDriver([TestAnalyzer.ReportingLiteral(Alpha, "ALPHA")])
            .AnalyzeDocument(TextDocument.Create("doc.md", "<!-- docrules-disable-next-line -->\nclean\n"))).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PartlyUsedSuppression_ReportsOnlyTheUnusedId()
    {
        Assert.Equal(["1:DR0003"], Run("<!-- docrules-disable-next-line PL0001 PL0002 -->\nALPHA\n"));
    }

    [Fact]
    public void MalformedSuppression_IsDR0004_AndSuppressesNothing()
    {
        const string Text = "<!-- docrules-disable-next-line PL-0001 -->\nALPHA\n";

        var map = SuppressionMap.Parse(SourceText.From(Text));
        var diagnostics = new AnalyzerDriver([TestAnalyzer.ReportingLiteral(Alpha, "ALPHA")]).AnalyzeDocument(TextDocument.Create("doc.md", Text));

        Assert.Empty(map.Suppressions);
        var (span, problem) = Assert.Single(map.Errors);
        Assert.Equal(0, span.Start);
        Assert.Contains("'PL-0001' is not a rule id", problem, StringComparison.Ordinal);
        Assert.Equal(["DR0004", "PL0001"], diagnostics.Select(d => d.Id));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
    }

    [Fact]
    public void MisspelledKind_IsDR0004()
    {
        var errors = SuppressionMap.Parse(SourceText.From("<!-- docrules-disable-nextline PL0001 -->\nx")).Errors;

        Assert.Single(errors);
    }

    [Fact]
    public void ReasonWithoutSeparator_IsDR0004()
    {
        var (_, problem) = Assert.Single(SuppressionMap.Parse(SourceText.From("<!-- docrules-disable-next-line PL0001 because quoted -->\nx")).Errors);

        Assert.Contains("'because' is not a rule id", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NoComments_MapIsEmpty()
    {
        var map = SuppressionMap.Parse(SourceText.From("<!-- an ordinary comment -->\ntext"));

        Assert.True(map.IsEmpty);
    }

    [Fact]
    public void ApplyInlineSuppressionsOff_CommentsAreIgnored()
    {
        Assert.Equal(["2:PL0001"], Run("<!-- docrules-disable-next-line PL0001 -->\nALPHA\n", new AnalyzerDriverOptions { ApplyInlineSuppressions = false }));
    }

    [Fact]
    public void ConfiguredSeverityNone_DropsTheDiagnostic_SuppressionOfItIsUnusedButSilencedToo()
    {
        var configuration = DocRulesConfiguration.Parse("""{ "rules": { "PL0001": "none", "DR0003": "none" } }""", "x/.docrules.json");

        Assert.Equal(["3:PL0002"], Run("<!-- docrules-disable-next-line PL0001 -->\nALPHA\nBETA\n", new AnalyzerDriverOptions { Configuration = configuration }));
    }

    [Fact]
    public void ConfiguredSeverity_IsApplied()
    {
        var configuration = DocRulesConfiguration.Parse("""{ "rules": { "PL0001": "error" }, "overrides": [ { "files": ["*.md"], "rules": { "PL0002": "hidden" } } ] }""", "x/.docrules.json");
        var driver = new AnalyzerDriver([TestAnalyzer.ReportingLiteral(Alpha, "ALPHA"), TestAnalyzer.ReportingLiteral(Beta, "BETA")], new AnalyzerDriverOptions { Configuration = configuration });

        var diagnostics = driver.AnalyzeDocument(TextDocument.Create("doc.md", "ALPHA BETA"));

        Assert.Equal([DiagnosticSeverity.Error, DiagnosticSeverity.Hidden], diagnostics.Select(d => d.Severity));
    }

    [Fact]
    public void Covers_ChecksRangeAndId()
    {
        var suppression = new InlineSuppression(["PL0001"], TextSpan.FromBounds(10, 20), TextSpan.FromBounds(0, 5), null);

        Assert.True(suppression.Covers("pl0001", 10));
        Assert.False(suppression.Covers("PL0001", 20));
        Assert.False(suppression.Covers("PL0002", 15));
        Assert.True(new InlineSuppression([], TextSpan.FromBounds(10, 20), default, null).Covers("ANY1", 19));
    }

    [Fact]
    public void UnclosedComment_IsDR0004_AndDoesNotSwallowTheCommentsAfterIt()
    {
        const string Text = "ALPHA <!-- docrules-disable PL0001\nALPHA\n<!-- docrules-disable-next-line PL0002 -- reason -->\nBETA\n";

        var map = SuppressionMap.Parse(SourceText.From(Text));

        var (span, problem) = Assert.Single(map.Errors);
        Assert.Equal(6, span.Start);
        Assert.Contains("not closed", problem, StringComparison.Ordinal);
        var suppression = Assert.Single(map.Suppressions);
        Assert.Equal(["PL0002"], suppression.RuleIds.ToArray());
        Assert.Equal("reason", suppression.Reason);
    }

    [Fact]
    public void ThousandsOfUnclosedComments_AreEachReported_WithoutTimingOut()
    {
        // Each unclosed comment used to read on to the end of the document looking for "-->": quadratic, then a
        // regex timeout that aborted the run.
        var text = string.Concat(Enumerable.Repeat("Text <!-- docrules-disable PL0001\n", 5000));

        var map = SuppressionMap.Parse(SourceText.From(text));

        Assert.Empty(map.Suppressions);
        Assert.Equal(5000, map.Errors.Length);
    }

    [Fact]
    public void ManyLineSuppressions_AndRegions_EachCoverTheirOwnText()
    {
        // The index behind IsSuppressed: line-sized ranges found by halving, regions and the file tried each time.
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            builder.Append(i % 2 == 0 ? "<!-- docrules-disable-next-line PL0001 -->\nALPHA\n" : "ALPHA\n");
        }

        builder.Append("<!-- docrules-disable PL0002 -->\n").Append(string.Concat(Enumerable.Repeat("BETA padding line of text\n", 400))).Append("<!-- docrules-enable PL0002 -->\nBETA\n");

        var left = Run(builder.ToString());

        Assert.Equal(1500, left.Count(d => d.EndsWith(":PL0001", StringComparison.Ordinal)));
        Assert.Equal([$"{(3000 * 1.5) + 403}:PL0002"], left.Where(d => d.EndsWith(":PL0002", StringComparison.Ordinal)));
    }
}
