using System.Collections.Immutable;
using System.Globalization;
using RulesSdk.CodeFixes;
using RulesSdk.Text;

namespace OpinionParagraph;

/// <summary>
/// The safe fix for SAMPLE001: delete the opinion paragraph together with the blank lines that
/// follow it (or, for the last paragraph, the blank lines before it), so the blocks around it
/// keep a single separator.
/// </summary>
public sealed class OpinionParagraphCodeFixProvider : CodeFixProvider
{
    public const string Title = "Delete the opinion paragraph";

    public override ImmutableArray<string> FixableDiagnosticIds => [OpinionParagraphAnalyzer.DiagnosticId];

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var paragraph = FindParagraph(context);
        if (paragraph is not { } span)
        {
            // Nothing reliable to delete: offer no fix rather than a wrong one.
            return Task.CompletedTask;
        }

        context.RegisterCodeFix(CodeAction.Create(
            Title,
            (document, _) => Task.FromResult<ImmutableArray<TextChange>>([new TextChange(GetDeletionSpan(document.Text, span), string.Empty)])));
        return Task.CompletedTask;
    }

    /// <summary>The paragraph span the analyzer put in the diagnostic's properties, checked against the document.</summary>
    private static TextSpan? FindParagraph(CodeFixContext context)
    {
        var properties = context.Diagnostic.Properties;
        var length = context.Document.Text.Length;
        if (TryGetInt(properties, OpinionParagraphAnalyzer.ParagraphStartProperty, out var start) &&
            TryGetInt(properties, OpinionParagraphAnalyzer.ParagraphEndProperty, out var end) &&
            start >= 0 && start <= end && end <= length)
        {
            var span = TextSpan.FromBounds(start, end);
            if (span.Contains(context.Span))
            {
                return span;
            }
        }

        // Properties missing (a diagnostic from elsewhere): fall back to the block at the diagnostic.
        return context.Document.GetSyntax().FindBlock(context.Span.Start)?.Span;
    }

    private static bool TryGetInt(ImmutableDictionary<string, string?> properties, string name, out int value)
    {
        value = 0;
        return properties.TryGetValue(name, out var text) &&
               int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whole lines of the paragraph, plus the blank lines that separate it from its neighbours.</summary>
    internal static TextSpan GetDeletionSpan(SourceText text, TextSpan paragraph)
    {
        var lines = text.Lines;
        var first = lines.GetLineFromPosition(paragraph.Start);
        var last = lines.GetLineFromPosition(paragraph.End);

        var next = last.LineNumber + 1;
        while (next < lines.Count && IsBlank(text, lines[next]))
        {
            next++;
        }

        if (next < lines.Count)
        {
            return TextSpan.FromBounds(first.Start, lines[next].Start);
        }

        // The last paragraph: take the blank lines before it, so the text still ends as it did.
        var previous = first.LineNumber - 1;
        while (previous >= 0 && IsBlank(text, lines[previous]))
        {
            previous--;
        }

        return previous < 0
            ? TextSpan.FromBounds(0, text.Length)
            : TextSpan.FromBounds(lines[previous].End, last.End);
    }

    private static bool IsBlank(SourceText text, TextLine line) => text.AsSpan(line.Span).IsWhiteSpace();
}
