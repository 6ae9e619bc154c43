using System.Globalization;
using System.Text;
using RulesSdk.Diagnostics;

namespace RulesSdk.Testing;

/// <summary>Prints diagnostics the ways a failing test shows them: compiler lines, paste-ready expectations, markup.</summary>
public static class DiagnosticText
{
    /// <summary>The expectation that matches <paramref name="diagnostic"/> exactly (id, span, arguments).</summary>
    public static DiagnosticResult ToResult(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var result = Verifier.Diagnostic(diagnostic.Id);
        if (diagnostic.Location.IsInSource)
        {
            var span = diagnostic.Location.LineSpan;
            result = result.WithSpan(span.Start.Line + 1, span.Start.Character + 1, span.End.Line + 1, span.End.Character + 1);
        }

        return diagnostic.Arguments.IsEmpty ? result : result.WithArguments([.. diagnostic.Arguments]);
    }

    /// <summary>
    /// For each diagnostic, "// doc.txt(3,14): warning PL0001: message" and the
    /// <c>Verifier.Diagnostic(…)</c> line that expects it, ready to paste into a test.
    /// </summary>
    public static string ReadyToPaste(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            builder.Append("// ").Append(diagnostic.ToString()).Append('\n');
            builder.Append(ToResult(diagnostic).ToString()).Append(",\n");
        }

        return builder.Length == 0 ? "    (none)" : builder.ToString().TrimEnd('\n');
    }

    /// <summary>The document text with each diagnostic marked as <c>{|ID:…|}</c> (overlapping ones are listed, not marked).</summary>
    public static string ToMarkup(string text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var builder = new StringBuilder();
        var position = 0;
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.Start < position || span.End > text.Length)
            {
                continue;
            }

            builder.Append(text, position, span.Start - position);
            builder.Append(CultureInfo.InvariantCulture, $"{{|{diagnostic.Id}:").Append(text, span.Start, span.Length).Append("|}");
            position = span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
