using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.Cli.Formatting;

/// <summary>
/// Compiler-style lines, <c>path(line,col): severity ID: message</c>, sorted by path and position,
/// then one summary line. Verbose output adds the source line with the span underlined and the safe
/// fix that <c>docrules fix</c> would apply, before and after.
/// </summary>
public sealed class TextFormatter(bool color, bool verbose) : IReportFormatter
{
    private const string Indent = "    ";
    private const int MaxFixLines = 6;

    public bool NeedsFixes => verbose;

    public void Write(AnalysisReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var item in report.Diagnostics)
        {
            writer.WriteLine(FormatLine(item.Diagnostic, color));
            if (verbose)
            {
                WriteDetails(item, writer);
            }
        }

        writer.WriteLine(Ansi.Paint(report.Summary, Ansi.Bold, color));
    }

    /// <summary>
    /// "path(line,col): severity ID: message", with the severity coloured when asked; control characters
    /// in the path and the message are escaped, so one diagnostic is always one line.
    /// </summary>
    public static string FormatLine(Diagnostic diagnostic, bool color)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = ControlCharacters.Escape(diagnostic.Location.ToString());
        var severity = Diagnostic.SeverityText(diagnostic.Severity) + " " + ControlCharacters.Escape(diagnostic.Id);
        var message = ControlCharacters.Escape(diagnostic.GetMessage());
        return color
            ? $"{Ansi.Paint(location, Ansi.Bold, true)}: {Ansi.Paint(severity, Ansi.ForSeverity(diagnostic.Severity), true)}: {message}"
            : $"{location}: {severity}: {message}";
    }

    private void WriteDetails(ReportedDiagnostic item, TextWriter writer)
    {
        var text = item.Document.Text;
        var span = item.Diagnostic.Location.SourceSpan;
        if (span.End <= text.Length && text.Length > 0)
        {
            var excerpt = LineExcerpt.Create(text, span);
            writer.WriteLine(Indent + ControlCharacters.EscapeKeepingTabs(excerpt.Text));
            writer.WriteLine(Indent + Ansi.Paint(excerpt.Underline(), Ansi.ForSeverity(item.Diagnostic.Severity), color));
        }

        var safe = item.Fixes.FirstOrDefault(f => f.IsSafe);
        if (safe is not null)
        {
            writer.WriteLine($"{Indent}fix: {ControlCharacters.Escape(safe.Title)}");
            WriteBeforeAfter(text, safe, writer);
        }

        var suggestions = item.Fixes.Where(f => !f.IsSafe).Select(f => ControlCharacters.Escape(f.Title)).ToList();
        if (suggestions.Count > 0)
        {
            writer.WriteLine($"{Indent}suggestions: {string.Join("; ", suggestions)}");
        }
    }

    private void WriteBeforeAfter(SourceText text, ReportedFix fix, TextWriter writer)
    {
        if (fix.Changes.IsEmpty)
        {
            return;
        }

        var newText = text.WithChanges(fix.Changes);
        var changeStart = fix.Changes.Min(c => c.Span.Start);
        var changeEnd = fix.Changes.Max(c => c.Span.End);
        var delta = newText.Length - text.Length;
        var firstLine = text.Lines.GetLineFromPosition(changeStart);

        // A change that ends at the start of a line (a deleted line or paragraph with its line
        // break) shows the lines it removes, not the untouched line after them.
        var endsAtLineStart = changeEnd > changeStart && text.Lines.GetLineFromPosition(changeEnd).Start == changeEnd;
        var oldEnd = endsAtLineStart ? changeEnd : text.Lines.GetLineFromPosition(changeEnd).End;
        var newChangeEnd = changeEnd + delta;
        var newEnd = endsAtLineStart || newChangeEnd >= newText.Length ? newChangeEnd : newText.Lines.GetLineFromPosition(newChangeEnd).End;
        var oldRegion = TrimLineBreak(text.ToString(TextSpan.FromBounds(firstLine.Start, oldEnd)));
        var newRegion = TrimLineBreak(newText.ToString(TextSpan.FromBounds(firstLine.Start, Math.Max(firstLine.Start, newEnd))));
        var column = changeStart - firstLine.Start;
        var oldLength = changeEnd - changeStart;
        var newLength = Math.Max(0, oldLength + delta);
        WriteLines(oldRegion, "- ", Ansi.Red, column, oldLength, writer);
        if (newRegion.Length == 0 && endsAtLineStart)
        {
            writer.WriteLine(Indent + "  " + Ansi.Paint("+ (deleted)", Ansi.Green, color));
            return;
        }

        WriteLines(newRegion, "+ ", Ansi.Green, column, newLength, writer);
    }

    private static string TrimLineBreak(string region) =>
        region.EndsWith("\r\n", StringComparison.Ordinal) ? region[..^2] : region.EndsWith('\n') || region.EndsWith('\r') ? region[..^1] : region;

    private void WriteLines(string region, string marker, string code, int column, int length, TextWriter writer)
    {
        var lines = region.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length && i < MaxFixLines; i++)
        {
            // The first line is cut around the change; later lines start at their beginning.
            var excerpt = i == 0 ? LineExcerpt.Clip(lines[i], Math.Min(column, lines[i].Length), Math.Max(1, length)) : LineExcerpt.Clip(lines[i], 0, 1);
            writer.WriteLine(Indent + "  " + Ansi.Paint(marker + ControlCharacters.EscapeKeepingTabs(excerpt.Text), code, color));
        }

        if (lines.Length > MaxFixLines)
        {
            writer.WriteLine($"{Indent}  {marker}… ({lines.Length - MaxFixLines} more lines)");
        }
    }
}
