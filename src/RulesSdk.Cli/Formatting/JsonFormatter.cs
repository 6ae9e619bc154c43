using System.Text.Json;
using RulesSdk.Cli.Hosting;
using RulesSdk.Cli.Loading;
using RulesSdk.Diagnostics;
using RulesSdk.Workspaces;

namespace RulesSdk.Cli.Formatting;

/// <summary>The versioned JSON report (<c>"version": 1</c>) documented in docs/json-schema.md.</summary>
public sealed class JsonFormatter : IReportFormatter
{
    public const int SchemaVersion = 1;

    public bool NeedsFixes => true;

    public void Write(AnalysisReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        JsonOutput.WriteTo(writer, JsonOutput.Indented, json => WriteReport(report, json));
    }

    private static void WriteReport(AnalysisReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteEndObject();
        json.WriteString("root", report.Root);

        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Documents.Length);
        json.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
        json.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
        json.WriteNumber("info", report.Count(DiagnosticSeverity.Info));
        json.WriteEndObject();

        // Counted in one pass: counting per document was documents × diagnostics.
        var counts = new Dictionary<TextDocument, int>(ReferenceEqualityComparer.Instance);
        foreach (var item in report.Diagnostics)
        {
            counts[item.Document] = counts.GetValueOrDefault(item.Document) + 1;
        }

        json.WriteStartArray("files");
        foreach (var document in report.Documents)
        {
            json.WriteStartObject();
            json.WriteString("path", document.Path);
            json.WriteNumber("diagnostics", counts.GetValueOrDefault(document));
            json.WriteEndObject();
            JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("rules");
        foreach (var rule in report.Catalog.Rules)
        {
            WriteRule(rule, json);
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var item in report.Diagnostics)
        {
            WriteDiagnostic(item, json);
            JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("problems");
        foreach (var failure in report.Failures)
        {
            json.WriteStartObject();
            json.WriteString("path", failure.Path);
            json.WriteString("severity", failure.IsWarning ? "warning" : "error");
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(failure.Kind.ToString()));
            json.WriteString("message", failure.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(CatalogRule rule, Utf8JsonWriter json)
    {
        var descriptor = rule.Descriptor;
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteString("pack", rule.PackId);
        json.WriteString("title", descriptor.Title);
        json.WriteString("messageFormat", descriptor.MessageFormat);
        json.WriteString("description", descriptor.Description);
        json.WriteString("category", descriptor.Category);
        json.WriteString("defaultSeverity", Diagnostic.SeverityText(descriptor.DefaultSeverity));
        json.WriteBoolean("enabledByDefault", descriptor.IsEnabledByDefault);
        if (descriptor.HelpLinkUri.Length > 0)
        {
            json.WriteString("helpUri", descriptor.HelpLinkUri);
        }
        else
        {
            json.WriteNull("helpUri");
        }

        json.WriteStartArray("tags");
        foreach (var tag in descriptor.CustomTags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        if (rule.Info is { } info)
        {
            json.WriteString("language", info.Language);
            json.WriteString("scope", info.Scope);
            json.WriteBoolean("hasSafeFix", info.HasSafeFix);
            json.WriteStartArray("fixes");
            foreach (var title in info.FixTitles)
            {
                json.WriteStringValue(title);
            }

            json.WriteEndArray();
            json.WriteString("source", info.Path);
            json.WriteNumber("sourceLine", info.Line);
        }
        else
        {
            json.WriteNull("language");
            json.WriteNull("scope");
            json.WriteBoolean("hasSafeFix", false);
            json.WriteStartArray("fixes");
            json.WriteEndArray();
            json.WriteNull("source");
            json.WriteNull("sourceLine");
        }

        json.WriteEndObject();
    }

    private static void WriteDiagnostic(ReportedDiagnostic item, Utf8JsonWriter json)
    {
        var diagnostic = item.Diagnostic;
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("path", item.Document.Path);
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", Diagnostic.SeverityText(diagnostic.Severity));
        json.WriteString("message", diagnostic.GetMessage());
        JsonOutput.WritePositions(json, location.LineSpan);
        json.WriteNumber("offset", location.SourceSpan.Start);
        json.WriteNumber("length", location.SourceSpan.Length);
        json.WriteStartArray("fixes");
        foreach (var fix in item.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteBoolean("isSafe", fix.IsSafe);
            json.WriteStartArray("edits");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", change.Span.Start);
                json.WriteNumber("length", change.Span.Length);
                json.WriteString("newText", change.NewText);
                JsonOutput.WritePositions(json, item.Document.Text.Lines.GetLinePositionSpan(change.Span));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
