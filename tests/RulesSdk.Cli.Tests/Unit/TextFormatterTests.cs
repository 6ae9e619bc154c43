using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Loading;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.Unit;

public sealed class TextFormatterTests
{
    private static readonly DiagnosticDescriptor Rule = new("TX0001", "Opinion", "Opinion paragraph", "style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    [Fact]
    public void Verbose_DeletedParagraph_ShowsTheRemovedLines_NotTheNextOne()
    {
        var document = TextDocument.Create("a.md", "Titre\n\nJe pense que oui.\n\nLa suite.\n");
        var paragraph = TextSpan.FromBounds(7, 26);
        var report = Report(document, paragraph, new ReportedFix("Delete the paragraph", true, [new TextChange(paragraph, string.Empty)]));

        var output = Write(report, verbose: true);

        Assert.Equal(
            "a.md(3,1): warning TX0001: Opinion paragraph\n" +
            "    Je pense que oui.\n" +
            "    ^" + new string('~', 16) + "\n" +
            "    fix: Delete the paragraph\n" +
            "      - Je pense que oui.\n" +
            "      - \n" +
            "      + (deleted)\n" +
            "1 file, 1 warning, 0 errors, 0 info\n",
            output);
    }

    [Fact]
    public void Verbose_Replacement_ShowsTheLineBeforeAndAfter_AndSuggestions()
    {
        var document = TextDocument.Create("a.md", "Un.\nJe pense que oui.\nDeux.\n");
        var span = new TextSpan(4, 8);
        var report = Report(
            document,
            span,
            new ReportedFix("Reword", true, [new TextChange(span, "Il semble")]),
            new ReportedFix("Delete", false, [new TextChange(TextSpan.FromBounds(4, 22), string.Empty)]));

        var lines = Write(report, verbose: true).Split('\n');

        Assert.Equal("      - Je pense que oui.", lines[4]);
        Assert.Equal("      + Il semble que oui.", lines[5]);
        Assert.Equal("    suggestions: Delete", lines[6]);
    }

    [Fact]
    public void Plain_IsOneLinePerDiagnostic_AndTheSummary()
    {
        var document = TextDocument.Create("dir/a.txt", "abc");
        var report = Report(document, new TextSpan(1, 1));

        Assert.Equal("dir/a.txt(1,2): warning TX0001: Opinion paragraph\n1 file, 1 warning, 0 errors, 0 info\n", Write(report, verbose: false));
    }

    [Fact]
    public void Color_PaintsTheSeverity()
    {
        var document = TextDocument.Create("a.txt", "abc");
        var line = TextFormatter.FormatLine(Report(document, new TextSpan(0, 1)).Diagnostics[0].Diagnostic, color: true);

        Assert.Contains(Ansi.Yellow + "warning TX0001" + Ansi.Reset, line, StringComparison.Ordinal);
    }

    private static AnalysisReport Report(TextDocument document, TextSpan span, params ReportedFix[] fixes)
    {
        var diagnostic = Diagnostic.Create(Rule, Location.Create(document.Path, document.Text, span));
        return new AnalysisReport("/", RuleCatalog.Empty, [document], [new ReportedDiagnostic(document, diagnostic, [.. fixes])], []);
    }

    private static string Write(AnalysisReport report, bool verbose)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new TextFormatter(color: false, verbose).Write(report, writer);
        return writer.ToString();
    }
}
