using System.Collections.Immutable;
using System.Globalization;
using RulesSdk.Diagnostics;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// Where a declarative rule matched: the match, its named captures and the scope it was found in
/// (sentence, block, line or document). It travels from analyzer to fixer in Diagnostic.Properties.
/// </summary>
public sealed class RuleMatch
{
    private const string MatchKey = "match";
    private const string ScopeKey = "scope";
    private const string CapturePrefix = "capture.";
    private const string ValuePrefix = "value.";

    public RuleMatch(TextSpan span, TextSpan scope, ImmutableDictionary<string, TextSpan>? captures = null, ImmutableDictionary<string, string>? values = null)
    {
        Span = span;
        Scope = scope;
        Captures = captures ?? ImmutableDictionary<string, TextSpan>.Empty;
        Values = values ?? ImmutableDictionary<string, string>.Empty;
    }

    public TextSpan Span { get; }

    public TextSpan Scope { get; }

    public ImmutableDictionary<string, TextSpan> Captures { get; }

    /// <summary>
    /// Computed values a matcher adds beside the spans (a swap's replacement, an occurrence count,
    /// a metric's score); templates and messages read them like captures.
    /// </summary>
    public ImmutableDictionary<string, string> Values { get; }

    /// <summary>The text of a capture ("" when it did not participate), of the whole match for "match", or a computed value.</summary>
    public string GetText(SourceText text, string capture)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (capture == "match")
        {
            return text.ToString(Span);
        }

        if (Values.TryGetValue(capture, out var value))
        {
            return value;
        }

        return Captures.TryGetValue(capture, out var span) ? text.ToString(span) : string.Empty;
    }

    public TextSpan GetSpan(string capture) =>
        capture == "match" ? Span : Captures.TryGetValue(capture, out var span) ? span : new TextSpan(Span.Start, 0);

    public ImmutableDictionary<string, string?> ToProperties()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[MatchKey] = Format(Span);
        builder[ScopeKey] = Format(Scope);
        foreach (var (name, span) in Captures)
        {
            builder[CapturePrefix + name] = Format(span);
        }

        foreach (var (name, value) in Values)
        {
            builder[ValuePrefix + name] = value;
        }

        return builder.ToImmutable();
    }

    /// <summary>Reads the match back from a diagnostic a declarative rule reported.</summary>
    public static RuleMatch FromDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var properties = diagnostic.Properties;
        var span = properties.TryGetValue(MatchKey, out var m) && TryParse(m, out var parsed) ? parsed : diagnostic.Location.SourceSpan;
        var scope = properties.TryGetValue(ScopeKey, out var s) && TryParse(s, out var parsedScope) ? parsedScope : span;
        var captures = ImmutableDictionary.CreateBuilder<string, TextSpan>();
        var values = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var (key, value) in properties)
        {
            if (key.StartsWith(CapturePrefix, StringComparison.Ordinal) && TryParse(value, out var capture))
            {
                captures[key[CapturePrefix.Length..]] = capture;
            }
            else if (key.StartsWith(ValuePrefix, StringComparison.Ordinal) && value is not null)
            {
                values[key[ValuePrefix.Length..]] = value;
            }
        }

        return new RuleMatch(span, scope, captures.ToImmutable(), values.ToImmutable());
    }

    /// <summary>
    /// Moves the spans of rule-match properties by <paramref name="delta"/>. False when a property is
    /// not one of them or a span lies outside <paramref name="bounds"/>: the diagnostic cannot be moved.
    /// </summary>
    internal static bool TryShiftProperties(ImmutableDictionary<string, string?> properties, TextSpan bounds, int delta, out ImmutableDictionary<string, string?> shifted)
    {
        shifted = properties;
        if (properties.IsEmpty)
        {
            return true;
        }

        var builder = delta == 0 ? null : properties.ToBuilder();
        foreach (var (key, value) in properties)
        {
            if (key.StartsWith(ValuePrefix, StringComparison.Ordinal))
            {
                // Values are text, not positions: they move with the diagnostic unchanged.
                continue;
            }

            if (!(key is MatchKey or ScopeKey || key.StartsWith(CapturePrefix, StringComparison.Ordinal)) ||
                !TryParse(value, out var span) || !bounds.Contains(span))
            {
                return false;
            }

            if (builder is not null)
            {
                builder[key] = Format(new TextSpan(span.Start + delta, span.Length));
            }
        }

        shifted = builder?.ToImmutable() ?? properties;
        return true;
    }

    private static string Format(TextSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.Start},{span.Length}");

    private static bool TryParse(string? value, out TextSpan span)
    {
        span = default;
        var comma = value?.IndexOf(',') ?? -1;
        if (comma <= 0 ||
            !int.TryParse(value.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
            !int.TryParse(value.AsSpan(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return false;
        }

        span = new TextSpan(start, length);
        return true;
    }
}
