using System.Globalization;
using System.Text;
using RulesSdk.Analyzers;
using RulesSdk.Diagnostics;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Testing;

/// <summary>
/// Renders findings as people read them: the compiler line, the source line with a caret under
/// the span, and each offered fix as removed/added text. Always LF, no trailing newline.
/// </summary>
public static class SnapshotFormatter
{
    /// <summary>Characters of context shown before and after a span on its line.</summary>
    private const int ContextBefore = 60;
    private const int ContextAfter = 30;
    private const int MaxChangeLength = 240;

    public static string Format(TextDocument document, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Format(document, diagnostics.Select(d => new DiagnosticRun(d, [])));
    }

    public static string Format(DocumentAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Format(result.Document, result.Diagnostics);
    }

    /// <summary>The diagnostics of <paramref name="run"/> with their fixes; with <paramref name="includeFixedText"/>, "--- fixed ---" and the fix-all result.</summary>
    public static string Format(DocumentRun run, bool includeFixedText = true)
    {
        ArgumentNullException.ThrowIfNull(run);
        var builder = new StringBuilder(Format(run.Document, run.Diagnostics));
        if (includeFixedText)
        {
            builder.Append("\n--- fixed ---\n");
            builder.Append(run.FixAll.Changed ? Normalize(run.FixedText) : "(unchanged)");
        }

        return builder.ToString().TrimEnd('\n');
    }

    /// <summary>Every document of a folder run, each under a "=== path ===" header.</summary>
    public static string Format(FolderRun run, bool includeFixedText = true)
    {
        ArgumentNullException.ThrowIfNull(run);
        return string.Join("\n\n", run.Documents.Select(d => $"=== {d.Document.Path} ===\n{Format(d, includeFixedText)}"));
    }

    public static string Format(TextDocument document, IEnumerable<DiagnosticRun> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var builder = new StringBuilder();
        foreach (var run in diagnostics)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            AppendDiagnostic(builder, document.Text, run);
        }

        return builder.Length == 0 ? "(no diagnostics)" : builder.ToString().TrimEnd('\n');
    }

    private static void AppendDiagnostic(StringBuilder builder, SourceText text, DiagnosticRun run)
    {
        var diagnostic = run.Diagnostic;
        builder.Append(Normalize(diagnostic.ToString())).Append('\n');
        if (diagnostic.Location.IsInSource && diagnostic.Location.SourceSpan.End <= text.Length)
        {
            AppendSourceLine(builder, text, diagnostic.Location.SourceSpan);
        }

        foreach (var fix in run.Fixes)
        {
            builder.Append(fix.IsSafe ? "  fix: " : "  suggestion: ").Append(fix.Title).Append('\n');
            foreach (var change in fix.Changes.OrderBy(c => c.Span.Start))
            {
                var old = change.Span.End <= text.Length ? text.ToString(change.Span) : string.Empty;
                if (old.Length > 0)
                {
                    builder.Append("    - ").Append(OneLine(old)).Append('\n');
                }

                if (change.NewText.Length > 0)
                {
                    builder.Append("    + ").Append(OneLine(change.NewText)).Append('\n');
                }
            }
        }
    }

    private static void AppendSourceLine(StringBuilder builder, SourceText text, TextSpan span)
    {
        var line = text.Lines.GetLineFromPosition(span.Start);
        var lineText = line.ToString();
        var column = span.Start - line.Start;
        var spanOnLine = Math.Max(1, Math.Min(span.End, line.End) - span.Start);
        var from = Math.Max(0, column - ContextBefore);
        var to = Math.Min(lineText.Length, column + spanOnLine + ContextAfter);

        // Long spans are shown in full only up to a limit.
        var shownSpan = Math.Min(spanOnLine, 160);
        to = Math.Min(to, column + shownSpan + ContextAfter);
        var prefix = from > 0 ? "…" : string.Empty;
        var suffix = to < lineText.Length ? "…" : string.Empty;
        builder.Append("  ").Append(prefix).Append(lineText, from, to - from).Append(suffix).Append('\n');
        builder.Append("  ").Append(' ', prefix.Length + column - from).Append('^');
        builder.Append('~', Math.Max(0, Math.Min(shownSpan, lineText.Length - column) - 1));
        if (span.End > line.End)
        {
            builder.Append(" (continues on later lines)");
        }

        builder.Append('\n');
    }

    private static string OneLine(string text)
    {
        var shown = text.Replace("\r\n", "⏎", StringComparison.Ordinal).Replace('\n', '⏎').Replace('\r', '⏎');
        return shown.Length <= MaxChangeLength
            ? shown
            : string.Concat(shown.AsSpan(0, MaxChangeLength), string.Create(CultureInfo.InvariantCulture, $"… (+{shown.Length - MaxChangeLength} chars)"));
    }

    internal static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
