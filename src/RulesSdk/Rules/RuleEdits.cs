using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Rules;

/// <summary>The text edits of declarative fixes: replace, and delete a match, sentence, block or line cleanly.</summary>
public static class RuleEdits
{
    public static ImmutableArray<TextChange> Replace(TextSpan span, string newText) => [new TextChange(span, newText)];

    /// <summary>
    /// Restores the third person in the sentence of the match: its first "I"/« je » becomes the person the text names
    /// before it, and the rest follows (see <see cref="SpeakerRestoration"/>). Empty when the speaker is not certain.
    /// </summary>
    public static ImmutableArray<TextChange> RestoreThirdPerson(TextDocument document, RuleMatch match)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(match);
        return SpeakerRestoration.Changes(document, match.Span);
    }

    /// <summary>Deletes <paramref name="target"/> ("match", "sentence", "paragraph", "block", "line") around the match.</summary>
    public static ImmutableArray<TextChange> Delete(TextDocument document, RuleMatch match, string target, bool capitalizeNext)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(match);
        var syntax = document.GetSyntax();
        var text = document.Text;
        var span = target switch
        {
            "match" => ExtendOverSpaces(text, match.Span),
            "sentence" => SentenceDeletion(syntax, match.Span),
            "paragraph" or "block" => BlockDeletion(syntax, syntax.FindBlock(match.Span.Start)),
            "line" => LineDeletion(syntax, match.Span),
            _ => throw new ArgumentException($"Unknown deletion target '{target}'.", nameof(target)),
        };

        // Only a deletion at the start of a sentence leaves a sentence to re-capitalise; mid-sentence
        // ("il a, je crois, dit") the next word keeps its case. A capitalised deletion at the start of
        // a line counts too: a title line with no blank line after it is not a sentence of its own to
        // the segmenter, yet the line below it starts one.
        if (!capitalizeNext || !(StartsSentence(syntax, span.Start) || StartsCapitalisedLine(text, span)))
        {
            return [new TextChange(span, string.Empty)];
        }

        // Capitalise the first letter after the deletion, in the same change so it cannot conflict.
        // The sentence's first word, which may be a number ("715 facilities …"): a letter after it is no sentence start.
        var next = span.End;
        while (next < text.Length && !char.IsLetterOrDigit(text[next]) && text[next] is not ('\n' or '\r'))
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]) && !HasInnerCapital(text, next))
        {
            var kept = text.ToString(TextSpan.FromBounds(span.End, next));
            return [new TextChange(TextSpan.FromBounds(span.Start, next + 1), kept + char.ToUpperInvariant(text[next]))];
        }

        return [new TextChange(span, string.Empty)];
    }

    // A word written with a capital after its first letter ("iPhone", "eBay") is a name that keeps its case.
    private static bool HasInnerCapital(SourceText text, int start)
    {
        for (var k = start + 1; k < text.Length && char.IsLetter(text[k]); k++)
        {
            if (char.IsUpper(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsCapitalisedLine(SourceText text, TextSpan span)
    {
        if (span.IsEmpty || !char.IsUpper(text[span.Start]))
        {
            return false;
        }

        var lineStart = text.Lines.GetLineFromPosition(span.Start).Start;
        for (var i = lineStart; i < span.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsSentence(DocumentSyntax syntax, int position)
    {
        var block = syntax.FindBlock(position);
        if (block is null)
        {
            return true;
        }

        var sentence = block.Sentences.FirstOrDefault(s => s.Span.Start <= position && position < s.Span.End);
        var start = sentence?.Span.Start ?? block.Span.Start;
        var before = syntax.Prose.AsSpan(start, Math.Max(0, position - start));
        foreach (var c in before)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan ExtendOverSpaces(SourceText text, TextSpan span)
    {
        var end = span.End;
        while (end < text.Length && text[end] is ' ' or '\t' or '\u00A0' or '\u202F')
        {
            end++;
        }

        return TextSpan.FromBounds(span.Start, end);
    }

    private static TextSpan SentenceDeletion(DocumentSyntax syntax, TextSpan matchSpan)
    {
        var block = syntax.FindBlock(matchSpan.Start);
        if (block is null)
        {
            return matchSpan;
        }

        var sentences = block.Sentences;
        var sentence = sentences.FirstOrDefault(s => s.Span.Contains(matchSpan.Start)) ?? sentences[0];

        // A match inside a bracketed aside that is not the whole sentence ("…, etc. [I've trimmed the list.]" glued to
        // its sentence by the abbreviation, "The council (I think wisely) voted") takes the aside alone: the sentence
        // around it is the article's.
        if (AsideDeletion(syntax.Text, sentence.Span, matchSpan) is { } aside)
        {
            return aside;
        }

        if (sentences.Length == 1)
        {
            return BlockDeletion(syntax, block);
        }

        if (sentence.Index < sentences.Length - 1)
        {
            // Take the sentence and the space up to the next one.
            return TextSpan.FromBounds(sentence.Span.Start, sentences[sentence.Index + 1].Span.Start);
        }

        // The last sentence: take the space before it instead.
        return TextSpan.FromBounds(sentences[sentence.Index - 1].Span.End, sentence.Span.End);
    }

    /// <summary>
    /// The bracketed or parenthesised group of <paramref name="sentence"/> that holds the whole match, with one space
    /// beside it; null when there is none or when it spans the sentence (its closing punctuation aside).
    /// </summary>
    private static TextSpan? AsideDeletion(SourceText text, TextSpan sentence, TextSpan matchSpan)
    {
        var open = -1;
        var depth = 0;
        for (var i = matchSpan.Start - 1; i >= sentence.Start; i--)
        {
            var c = text[i];
            if (c is ')' or ']')
            {
                depth++;
            }
            else if (c is '(' or '[')
            {
                if (depth == 0)
                {
                    open = i;
                    break;
                }

                depth--;
            }
        }

        if (open < 0)
        {
            return null;
        }

        var closer = text[open] == '(' ? ')' : ']';
        var close = -1;
        depth = 0;
        for (var i = open + 1; i < sentence.End; i++)
        {
            var c = text[i];
            if (c == text[open])
            {
                depth++;
            }
            else if (c == closer)
            {
                if (depth == 0)
                {
                    close = i;
                    break;
                }

                depth--;
            }
        }

        // The other kind of bracket must pair up inside the aside ("[for their (I have shortened…] care)" is no aside).
        if (close < matchSpan.End - 1 || !BalancedInside(text, open + 1, close))
        {
            return null;
        }

        var before = open;
        while (before > sentence.Start && text[before - 1] is ' ' or '\t')
        {
            before--;
        }

        var after = close + 1;
        var rest = after;
        while (rest < sentence.End && (char.IsWhiteSpace(text[rest]) || text[rest] is '.' or '!' or '?' or '…'))
        {
            rest++;
        }

        // The aside is the whole sentence: the sentence goes, as before.
        if (before == sentence.Start && rest >= sentence.End)
        {
            return null;
        }

        // Keep one space between what stays: the one before the aside, or the one after it at the start. An aside that
        // opens the sentence before a lower-case word took the sentence's capital with it: the sentence goes, as before.
        if (before == sentence.Start)
        {
            while (after < sentence.End && text[after] is ' ' or '\t')
            {
                after++;
            }

            return after < sentence.End && char.IsLower(text[after]) ? null : TextSpan.FromBounds(open, after);
        }

        return TextSpan.FromBounds(before, close + 1);
    }

    private static bool BalancedInside(SourceText text, int start, int end)
    {
        var (round, square) = (0, 0);
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '(': round++; break;
                case ')': round--; break;
                case '[': square++; break;
                case ']': square--; break;
            }

            if (round < 0 || square < 0)
            {
                return false;
            }
        }

        return round == 0 && square == 0;
    }

    private static TextSpan BlockDeletion(DocumentSyntax syntax, BlockSyntax? block)
    {
        if (block is null)
        {
            return default;
        }

        var blocks = syntax.Blocks;
        if (block.Index < blocks.Length - 1)
        {
            // The block and the blank lines after it, up to the next block.
            return TextSpan.FromBounds(block.Span.Start, blocks[block.Index + 1].Span.Start);
        }

        if (block.Index > 0)
        {
            // The last block: from the end of the previous one, keeping the file's final line break.
            return TextSpan.FromBounds(blocks[block.Index - 1].Span.End, block.Span.End);
        }

        return block.Span;
    }

    private static TextSpan LineDeletion(DocumentSyntax syntax, TextSpan matchSpan)
    {
        // Every line the match touches: a run of metadata lines is one match ("Source: …\nTags: …").
        var text = syntax.Text;
        var lines = text.Lines;
        var line = lines.GetLineFromPosition(matchSpan.Start);
        var last = lines.GetLineFromPosition(Math.Max(matchSpan.Start, matchSpan.End - 1));
        var block = syntax.FindBlock(matchSpan.Start);
        if (block is not null && block.Span.Start >= line.Start && block.Span.End <= last.End)
        {
            // The lines are a whole block: delete it with its blank lines.
            return BlockDeletion(syntax, block);
        }

        if (last.LineNumber < lines.Count - 1 && last.SpanIncludingLineBreak.End < text.Length)
        {
            return TextSpan.FromBounds(line.Start, last.SpanIncludingLineBreak.End);
        }

        var previous = line.LineNumber > 0 ? lines[line.LineNumber - 1] : line;
        return TextSpan.FromBounds(previous.End, last.End);
    }
}
