using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RulesSdk.Text;

namespace RulesSdk.Testing;

/// <summary>Test markup parsed: the document text without the markers, and the marked spans.</summary>
public sealed record TestMarkup(string Text, ImmutableArray<MarkupSpan> Spans)
{
    /// <summary>Parses <c>[|text|]</c>, <c>{|PL0001:text|}</c> and <c>{|#0:text|}</c>; markers may nest.</summary>
    /// <exception cref="VerificationException">The markup is malformed (unclosed or stray markers).</exception>
    public static TestMarkup Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(int Start, string? Label, bool Braced, int MarkupOffset)>();
        var spans = ImmutableArray.CreateBuilder<MarkupSpan>();
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, null, false, i));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0 || colon - i > 40)
                {
                    throw new VerificationException($"Malformed markup at offset {i}: '{{|' must be followed by an id or #index and ':' (e.g. {{|PL0001:text|}}).");
                }

                open.Push((text.Length, markup[(i + 2)..colon], true, i));
                i = colon + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var braced = markup[i + 1] == '}';
                if (open.Count == 0 || open.Peek().Braced != braced)
                {
                    throw new VerificationException($"Malformed markup at offset {i}: '{markup.Substring(i, 2)}' closes nothing.");
                }

                var (start, label, _, _) = open.Pop();
                spans.Add(ToSpan(TextSpan.FromBounds(start, text.Length), label));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new VerificationException($"Malformed markup: the marker at offset {open.Peek().MarkupOffset} is never closed.");
        }

        var ordered = spans.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End).ToImmutableArray();
        return new TestMarkup(text.ToString(), ordered);
    }

    /// <summary>The span of location <c>{|#index:…|}</c>.</summary>
    public TextSpan GetLocation(int index)
    {
        var span = Spans.FirstOrDefault(s => s.LocationIndex == index);
        return span is null
            ? throw new VerificationException($"The markup has no location {{|#{index}:…|}} (WithLocation({index})).")
            : span.Span;
    }

    private static MarkupSpan ToSpan(TextSpan span, string? label)
    {
        if (label is null)
        {
            return new MarkupSpan(span, null, null);
        }

        if (label.StartsWith('#'))
        {
            return int.TryParse(label.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? new MarkupSpan(span, null, index)
                : throw new VerificationException($"Malformed markup location '{{|{label}:' (expected #0, #1, …).");
        }

        return new MarkupSpan(span, label, null);
    }

    private static bool At(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
