using System.Text;
using System.Text.Json;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Loading;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.Unit;

/// <summary>
/// The JSON and SARIF reports are written as they are produced: a report of many findings reaches its
/// writer in pieces (it was built whole in memory, then copied twice), and what arrives is the same JSON.
/// </summary>
public sealed class JsonReportStreamingTests
{
    private static readonly DiagnosticDescriptor Rule = new("TX0001", "Opinion", "Opinion « {0} » — ✓ 😀", "style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static TheoryData<string> Formats => ["json", "sarif"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void AReportOfManyFindings_ReachesItsWriterInPieces_AsValidJson(string format)
    {
        var report = Report(documents: 3, findingsEach: 800);
        IReportFormatter formatter = format == "json" ? new JsonFormatter() : new SarifFormatter();
        using var writer = new RecordingWriter();

        formatter.Write(report, writer);

        var text = writer.ToString();
        Assert.True(text.Length > 256 * 1024, $"the report is {text.Length} characters: too small to show streaming");
        Assert.True(writer.Writes > 4, $"the report arrived in {writer.Writes} writes");
        Assert.True(writer.LargestWrite < 200 * 1024, $"one write carried {writer.LargestWrite} characters");
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(text);
        var messages = format == "json"
            ? json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString()).ToList()
            : json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("message").GetProperty("text").GetString()).ToList();
        Assert.Equal(2400, messages.Count);

        // Characters of two, three and four UTF-8 bytes survive being cut between two writes.
        Assert.All(messages, m => Assert.Contains("« x", m!, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Contains("— ✓ 😀", m!, StringComparison.Ordinal));
    }

    [Fact]
    public void TheJsonReport_CountsEachFilesFindings()
    {
        var report = Report(documents: 3, findingsEach: 5);
        using var writer = new StringWriter { NewLine = "\n" };

        new JsonFormatter().Write(report, writer);

        using var json = JsonDocument.Parse(writer.ToString());
        Assert.Equal([5, 5, 5], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("diagnostics").GetInt32()));
    }

    private static AnalysisReport Report(int documents, int findingsEach)
    {
        var texts = new List<TextDocument>();
        var diagnostics = new List<ReportedDiagnostic>();
        for (var d = 0; d < documents; d++)
        {
            var content = new StringBuilder();
            for (var i = 0; i < findingsEach; i++)
            {
                content.Append("Je pense que x est bien, évidemment.\n");
            }

            var document = TextDocument.Create($"doc{d}.txt", content.ToString());
            texts.Add(document);
            for (var i = 0; i < findingsEach; i++)
            {
                var span = new TextSpan(i * 37, 36);
                var diagnostic = Diagnostic.Create(Rule, Location.Create(document.Path, document.Text, span), "x");
                diagnostics.Add(new ReportedDiagnostic(document, diagnostic, [new ReportedFix("Delete", true, [new TextChange(span, string.Empty)])]));
            }
        }

        return new AnalysisReport("/", RuleCatalog.Empty, [.. texts], [.. diagnostics], []);
    }

    private sealed class RecordingWriter : StringWriter
    {
        public RecordingWriter()
        {
            NewLine = "\n";
        }

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, value?.Length ?? 0);
            base.Write(value);
        }
    }
}
