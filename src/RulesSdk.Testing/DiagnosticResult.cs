using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RulesSdk.Diagnostics;

namespace RulesSdk.Testing;

/// <summary>
/// An expected diagnostic, as roslyn-sdk's DiagnosticResult: an id (null: the rule under test),
/// a span (explicit, or a markup location <c>{|#0:…|}</c>), and optionally a severity, message
/// arguments or the whole message. Unset parts are not checked.
/// </summary>
public sealed record DiagnosticResult
{
    public DiagnosticResult(string? id = null) => Id = id;

    /// <summary>The diagnostic id; null stands for the verifier's rule under test.</summary>
    public string? Id { get; init; }

    public DiagnosticSeverity? Severity { get; init; }

    /// <summary>One-based start line and column and end line and column (end exclusive).</summary>
    public (int StartLine, int StartColumn, int EndLine, int EndColumn)? Span { get; init; }

    /// <summary>The index of a <c>{|#n:…|}</c> markup location, resolved to a span by the verifier.</summary>
    public int? LocationIndex { get; init; }

    public ImmutableArray<object?>? Arguments { get; init; }

    public string? Message { get; init; }

    /// <summary>True when the span is known (explicitly or through markup).</summary>
    public bool HasLocation => Span is not null || LocationIndex is not null;

    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        this with { Span = (startLine, startColumn, endLine, endColumn), LocationIndex = null };

    /// <summary>The span of markup location <c>{|#<paramref name="markupIndex"/>:…|}</c>.</summary>
    public DiagnosticResult WithLocation(int markupIndex) => this with { LocationIndex = markupIndex, Span = null };

    public DiagnosticResult WithArguments(params object?[] arguments) => this with { Arguments = [.. arguments] };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    public DiagnosticResult WithId(string id) => this with { Id = id };

    /// <summary>The C# that creates this expectation, e.g. <c>Verifier.Diagnostic("PL0001").WithSpan(3, 14, 3, 20)</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("Verifier.Diagnostic(");
        if (Id is not null)
        {
            builder.Append(Quote(Id));
        }

        builder.Append(')');
        if (Span is { } s)
        {
            builder.Append(CultureInfo.InvariantCulture, $".WithSpan({s.StartLine}, {s.StartColumn}, {s.EndLine}, {s.EndColumn})");
        }

        if (LocationIndex is { } index)
        {
            builder.Append(CultureInfo.InvariantCulture, $".WithLocation({index})");
        }

        if (Severity is { } severity)
        {
            builder.Append(CultureInfo.InvariantCulture, $".WithSeverity(DiagnosticSeverity.{severity})");
        }

        if (Arguments is { } arguments)
        {
            builder.Append(".WithArguments(").Append(string.Join(", ", arguments.Select(FormatArgument))).Append(')');
        }

        if (Message is not null)
        {
            builder.Append(".WithMessage(").Append(Quote(Message)).Append(')');
        }

        return builder.ToString();
    }

    internal static string ArgumentText(object? argument) =>
        argument is null ? "null" : Convert.ToString(argument, CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string FormatArgument(object? argument) => argument switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int or long or short or byte => ArgumentText(argument),
        _ => Quote(ArgumentText(argument)),
    };

    internal static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
