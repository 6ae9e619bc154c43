using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RulesSdk.Text;

namespace Analyzers.Tests;

/// <summary>One dev case: a carrier, the operations that damage it, the span to flag and the ideal repair.</summary>
internal sealed record DevCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("carrier")] string Carrier,
    [property: JsonPropertyName("operations")] ImmutableArray<DevOperation> Operations,
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("expected")] ImmutableArray<DevEdit>? Expected)
{
    public string Apply(string carrier) => Operations.Aggregate(carrier, (text, op) => op.Apply(text).Text);

    /// <summary>Where the operations put new text in the damaged document (the last operation's positions stay exact).</summary>
    public IReadOnlyList<TextSpan> DamageSpans(string carrier)
    {
        var spans = new List<TextSpan>();
        var text = carrier;
        foreach (var op in Operations)
        {
            var (next, start, length) = op.Apply(text);
            spans.Add(new TextSpan(start, length));
            text = next;
        }

        return spans;
    }

    /// <summary>Every occurrence of the label in the damaged text (a repeated headline has two).</summary>
    public IReadOnlyList<TextSpan> LabelSpans(string damaged)
    {
        var spans = new List<TextSpan>();
        if (string.IsNullOrEmpty(Label))
        {
            return spans;
        }

        for (var at = damaged.IndexOf(Label, StringComparison.Ordinal); at >= 0; at = damaged.IndexOf(Label, at + 1, StringComparison.Ordinal))
        {
            spans.Add(new TextSpan(at, Label.Length));
        }

        return spans;
    }

    /// <summary>The ideal repair: the carrier itself, or the carrier with the expected edits.</summary>
    public string ExpectedText(string carrier, string damaged)
    {
        if (Kind == "clean" && Expected is null)
        {
            return damaged;
        }

        var text = carrier;
        foreach (var edit in Expected ?? [])
        {
            var at = text.IndexOf(edit.Find, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"{Id}: expected edit \"{edit.Find}\" is not in the carrier");
            }

            text = text[..at] + edit.With + text[(at + edit.Find.Length)..];
        }

        return text;
    }

    internal static int IndexOfOccurrence(string text, string value, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
        }

        return at;
    }

    /// <summary>Start of each paragraph; paragraphs are separated by blank lines.</summary>
    internal static List<int> ParagraphStarts(string text)
    {
        var starts = new List<int>();
        var atLineStart = true;
        var blankSeen = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (atLineStart)
                {
                    blankSeen = true;
                }

                atLineStart = true;
                continue;
            }

            if (atLineStart && !char.IsWhiteSpace(c))
            {
                if (blankSeen)
                {
                    starts.Add(i);
                }

                blankSeen = false;
            }

            if (!char.IsWhiteSpace(c) || c != '\r')
            {
                atLineStart = atLineStart && char.IsWhiteSpace(c);
            }
        }

        return starts;
    }
}
