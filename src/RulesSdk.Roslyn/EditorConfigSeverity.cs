using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RulesSdk.Roslyn;

/// <summary>
/// <c>dotnet_diagnostic.ID.severity</c> from the .editorconfig sections that match a document. The compiler
/// applies section severities to source files only; for an additional file it applies only global ones
/// (.globalconfig, NoWarn, WarningsAsErrors). So build/RulesSdk.Roslyn.targets passes the .editorconfig files
/// above the documents as additional files, and this class evaluates them with Roslyn's own
/// <see cref="AnalyzerConfigSet"/>, as the compiler would for a source file at the document's path.
/// </summary>
internal sealed class EditorConfigSeverity
{
    private readonly AnalyzerConfigSet? _set;

    private EditorConfigSeverity(AnalyzerConfigSet? set) => _set = set;

    public static EditorConfigSeverity From(IEnumerable<AdditionalText> editorConfigFiles, CancellationToken cancellationToken)
    {
        var configs = editorConfigFiles
            .Select(file => (file.Path, Text: file.GetText(cancellationToken)))
            .Where(file => file.Text is not null)
            .Select(file => AnalyzerConfig.Parse(file.Text!, file.Path))
            .ToList();
        return new EditorConfigSeverity(configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs));
    }

    /// <returns>False when a section turns the rule off (<c>none</c>).</returns>
    public bool TryApply(string documentPath, string id, DiagnosticSeverity reported, out DiagnosticSeverity severity)
    {
        severity = reported;
        if (_set is null || !_set.GetOptionsForSourcePath(documentPath).TreeOptions.TryGetValue(id, out var configured))
        {
            return true;
        }

        switch (configured)
        {
            case ReportDiagnostic.Error:
                severity = DiagnosticSeverity.Error;
                return true;
            case ReportDiagnostic.Warn:
                severity = DiagnosticSeverity.Warning;
                return true;
            case ReportDiagnostic.Info:
                severity = DiagnosticSeverity.Info;
                return true;
            case ReportDiagnostic.Hidden:
                severity = DiagnosticSeverity.Hidden;
                return true;
            case ReportDiagnostic.Suppress:
                return false;
            default:
                return true;
        }
    }
}
