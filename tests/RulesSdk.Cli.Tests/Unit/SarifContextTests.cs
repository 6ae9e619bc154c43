using System.Text.Json;
using RulesSdk.Cli.Formatting;
using RulesSdk.Cli.Loading;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Tests.Unit;

/// <summary>
/// A SARIF result's context is its line, cut to 200 characters on either side: each finding of a long line
/// carried the whole line, so the log grew with findings × line length.
/// </summary>
public sealed class SarifContextTests
{
    private static readonly DiagnosticDescriptor Rule = new("TX0001", "Word", "Word", "style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    [Fact]
    public void TheFindingsOfALongLine_CarryABoundedContext_ThatHoldsTheirRegion()
    {
        // One 40,000-character line with a finding on every tenth word, and an emoji beside each cut.
        var line = string.Concat(Enumerable.Repeat("mot 😀 ab ", 4000));
        var spans = Enumerable.Range(0, 400).Select(i => new TextSpan(i * 100, 3)).ToArray();

        var results = Results(line, spans);

        Assert.Equal(400, results.Count);
        var total = 0;
        foreach (var result in results)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            var context = location.GetProperty("contextRegion");
            var snippet = context.GetProperty("snippet").GetProperty("text").GetString()!;
            var regionStart = region.GetProperty("charOffset").GetInt32();
            var contextStart = context.GetProperty("charOffset").GetInt32();
            Assert.InRange(snippet.Length, 3, 3 + 400 + 2);
            Assert.Equal(snippet.Length, context.GetProperty("charLength").GetInt32());
            Assert.Equal("mot", snippet.Substring(regionStart - contextStart, 3));
            Assert.Equal(line.Substring(contextStart, snippet.Length), snippet);
            Assert.False(char.IsLowSurrogate(snippet[0]), "the context starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(snippet[^1]), "the context ends inside a surrogate pair");
            total += snippet.Length;
        }

        Assert.True(total < 400 * 410, $"the contexts hold {total} characters");
    }

    [Fact]
    public void ARegionLongerThanASnippet_IsLocatedWithoutItsText()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Une phrase assez longue. ", 400));

        var result = Assert.Single(Results(paragraph, [new TextSpan(0, 9000)]));

        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(9000, location.GetProperty("region").GetProperty("charLength").GetInt32());
        Assert.False(location.GetProperty("region").TryGetProperty("snippet", out _));
        Assert.False(location.TryGetProperty("contextRegion", out _));
    }

    private static List<JsonElement> Results(string text, TextSpan[] spans)
    {
        var document = TextDocument.Create("long.txt", text);
        var diagnostics = spans.Select(span => new ReportedDiagnostic(document, Diagnostic.Create(Rule, Location.Create(document.Path, document.Text, span)), [])).ToArray();
        var report = new AnalysisReport(Path.GetTempPath(), RuleCatalog.Empty, [document], [.. diagnostics], []);
        using var writer = new StringWriter { NewLine = "\n" };
        new SarifFormatter().Write(report, writer);
        using var json = JsonDocument.Parse(writer.ToString());
        return [.. json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }
}
