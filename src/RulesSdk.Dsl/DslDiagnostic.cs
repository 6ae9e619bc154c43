using System.Text;

namespace RulesSdk.Dsl;

/// <summary>A problem in a rule file, printed as compilers print errors, with the line and a caret.</summary>
public sealed record DslDiagnostic(string Id, string Message, string Path, int Line, int Column, string? SourceLine = null, bool IsWarning = false)
{
    /// <summary>Characters of the source line shown under a diagnostic (more when the column is further right).</summary>
    public const int MaxShownColumns = 80;

    /// <summary>"path(line,col): error DSL0005: message".</summary>
    public override string ToString() => $"{Path}({Line},{Column}): {(IsWarning ? "warning" : "error")} {Id}: {Message}";

    /// <summary>The one-line form followed by the source line and a caret under the column.</summary>
    public string ToDisplayString()
    {
        var builder = new StringBuilder(ToString());
        if (SourceLine is not null)
        {
            // Only the start of the line, up to the column: a file that is not a rule file (an
            // import of a secrets file) is never printed beyond the first characters of one line.
            var line = SourceLine.TrimEnd();
            var shown = Math.Clamp(Column + 20, MaxShownColumns, MaxShownColumns * 2);
            if (line.Length > shown)
            {
                line = line[..shown] + "…";
            }

            builder.Append('\n').Append("    ").Append(line);
            builder.Append('\n').Append("    ").Append(new string(' ', Math.Clamp(Column - 1, 0, shown))).Append('^');
        }

        return builder.ToString();
    }
}
