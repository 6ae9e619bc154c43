using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RulesSdk.Roslyn.Engine;

namespace RulesSdk.Roslyn;

/// <summary>
/// Checks the documents of one compilation: unchanged documents come from <see cref="ResultCache"/>, the others
/// go to the shared engine process; every failure becomes one diagnostic naming the file and the cause.
/// </summary>
internal sealed class DocumentChecker
{
    private const string RoleMetadata = "build_metadata.AdditionalFiles.DocRulesRole";

    private readonly BridgeOptions _options;
    private readonly AnalyzerOptions _analyzerOptions;
    private readonly Lazy<EngineKey> _engineKey;
    private readonly Lazy<EditorConfigSeverity> _severities;

    // An engine that cannot start or exits fails every document the same way: the first failure of a compilation
    // stands for the rest of it (no engine is started again for each document) and is reported once.
    private EngineOutcome? _engineFailure;
    private int _failureReported;

    public DocumentChecker(BridgeOptions options, AnalyzerOptions analyzerOptions)
    {
        _options = options;
        _analyzerOptions = analyzerOptions;
        _engineKey = new Lazy<EngineKey>(CreateEngineKey, LazyThreadSafetyMode.ExecutionAndPublication);
        _severities = new Lazy<EditorConfigSeverity>(
            () => EditorConfigSeverity.From(analyzerOptions.AdditionalFiles.Where(file => RoleOf(file) == "editorconfig"), CancellationToken.None),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public void Check(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var role = RoleOf(file);
        if (role == "skipped")
        {
            ReportSkipped(context);
            return;
        }

        if (role != "document")
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(BridgeDescriptors.NotUtf8, StartOf(file.Path), file.Path, "the compiler could not read the file"));
            return;
        }

        if (UnreadableReason(text) is { } reason)
        {
            context.ReportDiagnostic(Diagnostic.Create(BridgeDescriptors.NotUtf8, StartOf(file.Path), file.Path, reason));
            return;
        }

        var content = text.ToString();
        var path = RelativePath(file.Path);
        var key = _engineKey.Value;
        var cacheKey = ResultCache.KeyOf(key, path, ContentHash.Of(content));
        if (!ResultCache.TryGet(cacheKey, out var diagnostics))
        {
            var outcome = Analyze(key, path, content, context.CancellationToken);
            if (outcome.Kind != EngineOutcomeKind.Analysed)
            {
                ReportFailure(context, file.Path, outcome);
                return;
            }

            diagnostics = outcome.Diagnostics;
            ResultCache.Add(cacheKey, diagnostics);
        }

        foreach (var diagnostic in diagnostics)
        {
            if (ToRoslyn(diagnostic, file.Path, text, _severities.Value) is { } reported)
            {
                context.ReportDiagnostic(reported);
            }
        }
    }

    /// <summary>
    /// The binary documents the targets left out of AdditionalFiles, one a line: "named" or "matched" (a wildcard
    /// caught it), "extension", "content", "empty" or "unreadable" (why it is left out), then the full path.
    /// </summary>
    private void ReportSkipped(AdditionalFileAnalysisContext context)
    {
        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Lines)
        {
            var parts = line.ToString().Split(new[] { ' ' }, 3);
            if (parts.Length != 3 || parts[0] is not ("named" or "matched") || parts[1] is not ("extension" or "content" or "empty" or "unreadable") || parts[2].Length == 0 || !seen.Add(parts[2]))
            {
                continue;
            }

            var path = parts[2];
            var reason = parts[1] switch
            {
                "extension" => $"'{Extension(path)}' is a binary file type",
                "empty" => "it is empty, or not a regular file (a FIFO or a device, which the compiler would block on)",
                "unreadable" => "it could not be read",
                _ => "it holds binary content (NUL or other control characters)",
            };

            // An empty file is no mistake worth a warning, even when named.
            var severity = parts[0] == "named" && parts[1] != "empty" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
            context.ReportDiagnostic(Diagnostic.Create(BridgeDescriptors.BinaryDocument, StartOf(path), severity, null, null, RelativePath(path), reason));
        }
    }

    private static string Extension(string path)
    {
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? name : name.Substring(dot);
    }

    private EngineOutcome Analyze(EngineKey key, string path, string content, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _engineFailure) is { } failure)
        {
            return failure;
        }

        var outcome = EnginePool.Get(key).Analyze(path, content, _options.Timeout, _options.StartTimeout, cancellationToken);

        // Another document stopped the engine while this one waited: once more, on a fresh engine.
        if (outcome.Kind == EngineOutcomeKind.Interrupted)
        {
            outcome = EnginePool.Get(key).Analyze(path, content, _options.Timeout, _options.StartTimeout, cancellationToken);
        }

        if (outcome.Kind == EngineOutcomeKind.Failed)
        {
            Interlocked.CompareExchange(ref _engineFailure, outcome, null);
        }

        return outcome;
    }

    private void ReportFailure(AdditionalFileAnalysisContext context, string filePath, EngineOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case EngineOutcomeKind.TimedOut:
                context.ReportDiagnostic(Diagnostic.Create(BridgeDescriptors.TimedOut, StartOf(filePath), filePath, _options.Timeout.TotalSeconds));
                break;
            case EngineOutcomeKind.Refused:
                context.ReportDiagnostic(Diagnostic.Create(BridgeDescriptors.EngineFailed, StartOf(filePath), filePath, outcome.Message));
                break;
            default:
                if (Interlocked.Exchange(ref _failureReported, 1) == 0)
                {
                    var message = outcome.Message + " (other documents of this project that needed the engine were not checked either)";
                    context.ReportDiagnostic(Diagnostic.Create(BridgeDescriptors.EngineFailed, StartOf(filePath), filePath, message));
                }

                break;
        }
    }

    /// <summary>The Roslyn diagnostic, or null when the file's .editorconfig section turns the rule off.</summary>
    private static Diagnostic? ToRoslyn(EngineDiagnostic diagnostic, string filePath, SourceText text, EditorConfigSeverity severities)
    {
        var start = Math.Max(0, Math.Min(diagnostic.Offset, text.Length));
        var span = new TextSpan(start, Math.Max(0, Math.Min(diagnostic.Length, text.Length - start)));
        var location = Location.Create(filePath, span, text.Lines.GetLinePositionSpan(span));
        var descriptor = RuleDescriptors.Find(diagnostic.Id, out var rule) ?? BridgeDescriptors.OtherPackRule;
        if (!severities.TryApply(filePath, descriptor.Id, SeverityOf(diagnostic.Severity), out var severity))
        {
            return null;
        }

        // A rule the analyzer could not declare arrives as DR1000, with the rule's id leading the message.
        var message = rule is null
            ? diagnostic.Id + ": " + diagnostic.Message + FixHint(null)
            : diagnostic.Message + FixHint(rule);
        return Diagnostic.Create(descriptor, location, severity, null, null, message);
    }

    /// <summary>The IDE cannot apply fixes to these files from here; the message names the fix and the command that applies it.</summary>
    private static string FixHint(KnownRule? rule) =>
        rule is null ? " (docrules fix may repair it)"
        : rule.SafeFixTitle is { } title ? $" (fix: {title}; run 'dotnet docrules fix')"
        : string.Empty;

    private static DiagnosticSeverity SeverityOf(string severity) => severity switch
    {
        "error" => DiagnosticSeverity.Error,
        "info" => DiagnosticSeverity.Info,
        "hidden" => DiagnosticSeverity.Hidden,
        _ => DiagnosticSeverity.Warning,
    };

    /// <summary>Why the text cannot be checked as the file's author wrote it, or null.</summary>
    private static string? UnreadableReason(SourceText text)
    {
        // Without a byte order mark the compiler tries strict UTF-8 and falls back to a legacy code page.
        if (text.Encoding is { } encoding && encoding is not (UTF8Encoding or UnicodeEncoding or UTF32Encoding))
        {
            return $"it is not valid UTF-8 (the compiler decoded it as {encoding.WebName}); re-save it as UTF-8";
        }

        var content = text.ToString();

        // Newer compilers decode invalid UTF-8 with replacement characters instead.
        var replaced = content.IndexOf('\uFFFD');
        if (replaced >= 0)
        {
            var line = text.Lines.GetLinePosition(replaced);
            return $"it is probably not valid UTF-8: the compiler replaced undecodable bytes (first at line {line.Line + 1}, column {line.Character + 1}); re-save it as UTF-8";
        }

        var nul = content.IndexOf('\0');
        return nul >= 0 ? $"binary content (NUL character at offset {nul}); only text documents can be checked" : null;
    }

    private string? RoleOf(AdditionalText file) =>
        _analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(RoleMetadata, out var role) ? role : null;

    private string RelativePath(string filePath)
    {
        var directory = _options.ProjectDirectory.TrimEnd('/', '\\');
        var relative = filePath.Length > directory.Length + 1
            && filePath.StartsWith(directory, StringComparison.OrdinalIgnoreCase)
            && (filePath[directory.Length] == '/' || filePath[directory.Length] == '\\')
            ? filePath.Substring(directory.Length + 1)
            : filePath;
        return relative.Replace('\\', '/');
    }

    /// <summary>The engine process and the cached results depend on the configuration and rule files' contents.</summary>
    private EngineKey CreateEngineKey()
    {
        var inputs = new StringBuilder();
        foreach (var file in _analyzerOptions.AdditionalFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (RoleOf(file) is "configuration" or "rules")
            {
                inputs.Append(file.Path).Append('\n').Append(ContentHash.Of(file.GetText()?.ToString() ?? string.Empty)).Append('\n');
            }
        }

        return new EngineKey(_options.DotnetHost, _options.EnginePath, _options.ProjectDirectory, _options.ConfigFile, _options.Analyzers, ContentHash.Of(inputs.ToString()));
    }

    private static Location StartOf(string filePath) =>
        Location.Create(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
