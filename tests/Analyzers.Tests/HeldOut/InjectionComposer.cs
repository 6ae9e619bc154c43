using System.Text.RegularExpressions;

namespace Analyzers.Tests;

/// <summary>
/// Applies <see cref="InjectionOperation"/>s to a carrier text. An anchor that is missing, or a
/// paragraph index out of range, throws <see cref="InvalidDataException"/> naming the operation:
/// a case that does not compose must fail the run, not be scored on some other text.
/// </summary>
internal static partial class InjectionComposer
{
    public static string Apply(string text, IEnumerable<InjectionOperation> operations)
    {
        foreach (var operation in operations)
        {
            text = Apply(text, operation);
        }

        return text;
    }

    public static int FindOccurrence(string text, string value, int occurrence)
    {
        if (value.Length == 0 || occurrence < 1)
        {
            return -1;
        }

        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                return -1;
            }
        }

        return index;
    }

    private static string Apply(string text, InjectionOperation operation)
    {
        switch (operation.Op)
        {
            case "prepend":
                return InsertParagraph(text, 0, operation);
            case "append":
                return InsertParagraph(text, ParagraphStarts(text).Count, operation);
            case "insertParagraph":
                return InsertParagraph(text, operation.Index ?? throw Fail(operation, "needs an index"), operation);
            case "replace":
            case "insertBefore":
            case "insertAfter":
                var find = operation.Find ?? throw Fail(operation, "needs a find string");
                var at = FindOccurrence(text, find, operation.Occurrence);
                if (at < 0)
                {
                    throw Fail(operation, "the anchor is not in the text");
                }

                return operation.Op switch
                {
                    "replace" => string.Concat(text.AsSpan(0, at), operation.Text, text.AsSpan(at + find.Length)),
                    "insertBefore" => text.Insert(at, operation.Text),
                    _ => text.Insert(at + find.Length, operation.Text),
                };
            default:
                throw Fail(operation, "is not an operation (prepend, append, insertParagraph, replace, insertBefore, insertAfter)");
        }
    }

    private static string InsertParagraph(string text, int index, InjectionOperation operation)
    {
        var starts = ParagraphStarts(text);
        if (index < 0 || index > starts.Count)
        {
            throw Fail(operation, $"paragraph index out of range (the text has {starts.Count} paragraphs)");
        }

        var block = operation.Text.Trim('\n');
        if (index == starts.Count)
        {
            return text.TrimEnd('\n') + "\n\n" + block + "\n";
        }

        return text.Insert(starts[index], block + "\n\n");
    }

    /// <summary>Offsets of the first character of each paragraph (a run of non-blank lines).</summary>
    private static List<int> ParagraphStarts(string text) =>
        [.. ParagraphPattern().Matches(text).Select(m => m.Index)];

    private static InvalidDataException Fail(InjectionOperation operation, string message) =>
        new($"{operation}: {message}");

    [GeneratedRegex(@"(?<=\A|\n[ \t]*\n)[ \t]*[^\s]", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphPattern();
}
