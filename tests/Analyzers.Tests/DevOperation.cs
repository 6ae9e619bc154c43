using System.Text.Json.Serialization;

namespace Analyzers.Tests;

/// <summary>One edit that damages a carrier: insert-paragraph, replace, prepend or append.</summary>
internal sealed record DevOperation(
    [property: JsonPropertyName("op")] string Op,
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("find")] string? Find,
    [property: JsonPropertyName("occurrence")] int Occurrence,
    [property: JsonPropertyName("with")] string? With)
{
    /// <summary>The damaged text and where the inserted text now lies.</summary>
    public (string Text, int Start, int Length) Apply(string text)
    {
        switch (Op)
        {
            case "prepend":
                return (Text + text, 0, Text!.Length);
            case "append":
                return (text + Text, text.Length, Text!.Length);
            case "replace":
                var at = DevCase.IndexOfOccurrence(text, Find!, Math.Max(1, Occurrence));
                if (at < 0)
                {
                    throw new InvalidOperationException($"replace: \"{Find}\" (occurrence {Occurrence}) is not in the carrier");
                }

                return (text[..at] + With + text[(at + Find!.Length)..], at, With!.Length);
            case "insert-paragraph":
                var starts = DevCase.ParagraphStarts(text);
                if (Index < starts.Count)
                {
                    var position = starts[Index];
                    return (text[..position] + Text + "\n\n" + text[position..], position, Text!.Length);
                }

                var end = text.TrimEnd().Length;
                return (text[..end] + "\n\n" + Text + text[end..], end + 2, Text!.Length);
            default:
                throw new InvalidOperationException($"unknown operation \"{Op}\"");
        }
    }
}
