using System.Text;

namespace RulesSdk.Dsl;

/// <summary>A problem in a rule file, printed as compilers print errors, with the line and a caret.</summary>
public sealed record DslDiagnostic(string Id, string Message, string Path, int Line, int Column, string? SourceLine = null, bool IsWarning = false)
{
    /// <summary>"path(line,col): error DSL0005: message".</summary>
    public override string ToString() => $"{Path}({Line},{Column}): {(IsWarning ? "warning" : "error")} {Id}: {Message}";

    /// <summary>The one-line form followed by the source line and a caret under the column.</summary>
    public string ToDisplayString()
    {
        var builder = new StringBuilder(ToString());
        if (SourceLine is not null)
        {
            builder.Append('\n').Append("    ").Append(SourceLine.TrimEnd());
            builder.Append('\n').Append("    ").Append(new string(' ', Math.Max(0, Column - 1))).Append('^');
        }

        return builder.ToString();
    }
}
