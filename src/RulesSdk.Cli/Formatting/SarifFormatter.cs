using System.Text.Json;
using RulesSdk.Cli.Hosting;
using RulesSdk.Cli.Loading;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Formatting;

/// <summary>
/// SARIF 2.1.0: one run whose driver lists every loaded rule; results point at artifacts relative
/// to <c>%SRCROOT%</c> (the folder docrules ran in) with 1-based regions counted in UTF-16 code
/// units, and carry every fix as artifact changes.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SarifVersion = "2.1.0";
    public const string SourceRoot = "%SRCROOT%";

    // Characters of context on either side of a finding, and the longest region given with its text.
    private const int ContextRadius = 200;

    private const int LongestSnippet = 4000;

    public bool NeedsFixes => true;

    public void Write(AnalysisReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        JsonOutput.WriteTo(writer, JsonOutput.Indented, json => WriteLog(report, json));
    }

    /// <summary>A file URI for <paramref name="directory"/> ending in '/', as originalUriBaseIds requires.</summary>
    public static string DirectoryUri(string directory)
    {
        // A root ("/", "C:\\") keeps its separator when trimmed: adding one made "//", which is no URI.
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (!Path.EndsInDirectorySeparator(full))
        {
            full += Path.DirectorySeparatorChar;
        }

        return new Uri(full).AbsoluteUri;
    }

    /// <summary>A relative URI reference for a document path: each segment percent-encoded.</summary>
    public static string RelativeUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(segment => segment is "." or ".." ? segment : Uri.EscapeDataString(segment)));
    }

    /// <summary>SARIF levels: error, warning, note (info), none (hidden).</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>SARIF messages are sentences: they end with a period.</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    private static void WriteLog(AnalysisReport report, Utf8JsonWriter json)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < report.Catalog.Rules.Length; i++)
        {
            ruleIndex.TryAdd(report.Catalog.Rules[i].Id, i);
        }

        var artifactIndex = new Dictionary<TextDocument, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < report.Documents.Length; i++)
        {
            artifactIndex[report.Documents[i]] = i;
        }

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", SarifVersion);
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in report.Catalog.Rules)
        {
            WriteRule(rule, json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.Failures.Any(f => !f.IsWarning));
        if (!report.Failures.IsEmpty)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var failure in report.Failures)
            {
                json.WriteStartObject();
                json.WriteString("level", failure.IsWarning ? "warning" : "error");
                json.WriteStartObject("message");
                json.WriteString("text", Sentence($"{failure.Path}: {failure.Message}"));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", DirectoryUri(report.Root));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("artifacts");
        foreach (var document in report.Documents)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            WriteArtifactUri(document, json);
            json.WriteEndObject();
            json.WriteString("mimeType", document.Kind == RulesSdk.Syntax.DocumentKind.Markdown ? "text/markdown" : "text/plain");
            json.WriteString("encoding", document.Text.Encoding.WebName);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        foreach (var item in report.Diagnostics)
        {
            WriteResult(item, ruleIndex, artifactIndex, json);
            JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(CatalogRule rule, Utf8JsonWriter json)
    {
        var descriptor = rule.Descriptor;
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", Sentence(descriptor.Title));
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", Sentence(descriptor.Description.Length > 0 ? descriptor.Description : descriptor.Title));
        json.WriteEndObject();
        if (Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var help))
        {
            json.WriteString("helpUri", help.AbsoluteUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(descriptor.DefaultSeverity));
        json.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", descriptor.Category);
        json.WriteString("pack", rule.PackId);
        json.WriteStartArray("tags");
        foreach (var tag in descriptor.CustomTags.Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(ReportedDiagnostic item, Dictionary<string, int> ruleIndex, Dictionary<TextDocument, int> artifactIndex, Utf8JsonWriter json)
    {
        var diagnostic = item.Diagnostic;
        var document = item.Document;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", Sentence(diagnostic.GetMessage()));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        WriteArtifactUri(document, json);
        WriteArtifactIndex(document, artifactIndex, json);
        json.WriteEndObject();
        var text = document.Text;
        var span = diagnostic.Location.SourceSpan;
        // A region longer than a snippet should be (a whole long paragraph) is located without its text,
        // and without a context, which would hold it all again.
        var longRegion = span.Length > LongestSnippet;
        WriteRegion("region", span, diagnostic.Location.LineSpan, json, longRegion ? null : text.ToString(span));
        // A context equal to the region says nothing more, and SARIF1008 flags it.
        var context = ContextSpan(text, span);
        if (!longRegion && context != span)
        {
            WriteRegion("contextRegion", context, text.Lines.GetLinePositionSpan(context), json, text.ToString(context));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        if (!item.Fixes.IsEmpty)
        {
            json.WriteStartArray("fixes");
            foreach (var fix in item.Fixes)
            {
                json.WriteStartObject();
                json.WriteStartObject("description");
                json.WriteString("text", Sentence(fix.Title));
                json.WriteEndObject();
                json.WriteStartArray("artifactChanges");
                json.WriteStartObject();
                json.WriteStartObject("artifactLocation");
                WriteArtifactUri(document, json);
                WriteArtifactIndex(document, artifactIndex, json);
                json.WriteEndObject();
                json.WriteStartArray("replacements");
                foreach (var change in fix.Changes)
                {
                    json.WriteStartObject();
                    WriteRegion("deletedRegion", change.Span, document.Text.Lines.GetLinePositionSpan(change.Span), json);
                    if (change.NewText.Length > 0)
                    {
                        json.WriteStartObject("insertedContent");
                        json.WriteString("text", change.NewText);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("properties");
                json.WriteBoolean("isSafe", fix.IsSafe);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifactUri(TextDocument document, Utf8JsonWriter json)
    {
        json.WriteString("uri", RelativeUri(document.Path));
        json.WriteString("uriBaseId", SourceRoot);
    }

    private static void WriteArtifactIndex(TextDocument document, Dictionary<TextDocument, int> artifactIndex, Utf8JsonWriter json)
    {
        if (artifactIndex.TryGetValue(document, out var index))
        {
            json.WriteNumber("index", index);
        }
    }

    /// <summary>
    /// The whole lines around <paramref name="span"/> (without the last line break), for SARIF's contextRegion,
    /// but at most <see cref="ContextRadius"/> characters on either side: every finding of a long line carried the
    /// whole line, so a 30 KB line of 7,500 findings made a 242 MB log.
    /// </summary>
    private static TextSpan ContextSpan(SourceText text, TextSpan span)
    {
        var first = text.Lines.GetLineFromPosition(span.Start);
        var last = text.Lines.GetLineFromPosition(span.End);
        var start = Math.Max(first.Start, span.Start - ContextRadius);
        var end = Math.Max(Math.Min(last.End, span.End + ContextRadius), span.End);

        // Never between the two halves of a surrogate pair.
        if (start > first.Start && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end > span.End && end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static void WriteRegion(string name, TextSpan span, LinePositionSpan lines, Utf8JsonWriter json, string? snippet = null)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", lines.Start.Line + 1);
        json.WriteNumber("startColumn", lines.Start.Character + 1);
        json.WriteNumber("endLine", lines.End.Line + 1);
        json.WriteNumber("endColumn", lines.End.Character + 1);
        json.WriteNumber("charOffset", span.Start);
        json.WriteNumber("charLength", span.Length);
        if (snippet is not null)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
