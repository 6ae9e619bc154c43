using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// A transcript's lines under their speakers' names ("Vladimir Putin: Mintimer Sharipovich, I congratulate you…",
/// "Mintimer Shaimiyev: Thank you…"). Two such paragraphs make the document a transcript, and each labelled line is
/// its speaker's. One alone is not enough: "Health Secretary Victoria Atkins: I am asking every school…" in a report
/// is a person's words that lost their quotation marks, which the first-person rules report.
/// </summary>
internal static partial class TranscriptLabels
{
    /// <summary>How many labelled paragraphs make a transcript.</summary>
    private const int LinesOfATranscript = 2;

    public static bool IsLabelled(ReadOnlySpan<char> paragraph) => SpeakerLabel().IsMatch(paragraph);

    /// <summary>
    /// Whether the paragraph is a public figure's speech under their name: the gazetteer lists the label, and the words
    /// address an audience ("Vladimir Putin: Friends, I congratulate you…", « Emmanuel Macron : Mesdames et messieurs,
    /// je vous remercie »). "Mykhailo Podolyak: I have told the negotiators…", which tells a deed to no one, stays the
    /// narrator's: a paraphrase may have glued a name to the first person that way.
    /// </summary>
    public static bool IsLabelledByAPublicFigure(ReadOnlySpan<char> paragraph)
    {
        if (!IsLabelled(paragraph))
        {
            return false;
        }

        var colon = paragraph.IndexOf(':');
        return colon > 0 && AddressesAnAudience().IsMatch(paragraph[(colon + 1)..])
            && PublicFigureGazetteer.Default.Match(paragraph[..colon].Trim().Trim("*_").ToString()).Kind == NameMatchKind.Official;
    }

    /// <summary>How far back from the end the label of a speech's last paragraphs is looked for.</summary>
    private const int LongestSpeechTail = 24;

    /// <summary>
    /// The index of the first paragraph that goes on with a public figure's speech printed under their name ("Vladimir
    /// Putin: Good afternoon, colleagues." then "I would like to congratulate the Fund's team…" to the end of the
    /// page), or -1. The speech runs from that label to the document's end through unlabelled paragraphs only: another
    /// label, a heading or a block quote ends it, so a report that goes on after the speech keeps its narrator.
    /// </summary>
    public static int SpeechTailStart(DocumentSyntax syntax)
    {
        var blocks = syntax.Blocks;
        for (var index = blocks.Length - 1; index >= Math.Max(0, blocks.Length - LongestSpeechTail); index--)
        {
            var block = blocks[index];
            if (block.Kind != BlockKind.Paragraph)
            {
                return -1;
            }

            var prose = block.Prose.TrimStart();
            if (IsLabelled(prose))
            {
                return IsLabelledByAPublicFigure(prose) && index + 1 < blocks.Length ? index + 1 : -1;
            }
        }

        return -1;
    }

    // The second person, a greeting or a vocative: words spoken to someone.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:[Yy]ou|[Yy]our|[Yy]ours|[Vv]ous|[Vv]otre|[Vv]os|[Ff]riends|[Cc]olleagues|[Ll]adies|[Gg]ood\s+(?:morning|afternoon|evening)|[Aa]mis|[Cc]hers|[Cc]hères|[Mm]esdames|[Mm]essieurs|[Bb]onjour|[Bb]onsoir)(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AddressesAnAudience();

    /// <summary>Whether at least two paragraphs of the document open with a speaker's name and a colon.</summary>
    public static bool IsTranscript(DocumentSyntax syntax)
    {
        var found = 0;
        foreach (var block in syntax.Blocks)
        {
            if (block.Kind == BlockKind.Paragraph && IsLabelled(block.Prose.TrimStart()) && ++found >= LinesOfATranscript)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the block holds, or is, a labelled answer right under a labelled question: "Question from a journalist:
    /// Will the buses return tomorrow?" then "Iryna Vereshchuk: If the corridor holds, yes." on the next line or as
    /// the next paragraph. One exchange in that form is an interview's, even in a report.
    /// </summary>
    public static bool AnswersALabelledQuestion(BlockSyntax block)
    {
        if (block.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        // Both shapes need the answer's label colon here; the lines are read only when a question mark is here too.
        var prose = block.Prose;
        if (!prose.Contains(':'))
        {
            return false;
        }

        if (prose.Contains('?'))
        {
            var previousLine = ReadOnlySpan<char>.Empty;
            foreach (var range in prose.Split('\n'))
            {
                var line = prose[range].Trim();
                if (line.IsEmpty)
                {
                    continue;
                }

                if (IsLabelled(line) && LabelledQuestion().IsMatch(previousLine))
                {
                    return true;
                }

                previousLine = line;
            }
        }

        // The answer as its own paragraph, the labelled question as the one before.
        var blocks = block.Document.Blocks;
        return block.Index > 0 && blocks[block.Index - 1].Kind == BlockKind.Paragraph
            && IsLabelled(prose.TrimStart()) && LabelledQuestion().IsMatch(blocks[block.Index - 1].Prose.Trim());
    }

    // A label (a few words and a colon, maybe in bold) before a question of one line: "Question de France Inter : … ?",
    // "**MoneyS:** Will sanctions work?".
    [GeneratedRegex(@"\A[^:\n?]{2,60}?\s?:[*_]{0,2}\s+[^\n]{2,300}\?\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LabelledQuestion();

    // Two to four capitalised words (a full name, "M. Macron", "Vladimir Putin") and a colon, then the line's words; the
    // label may be set in bold or italics ("**Oleg Ustenko:** I am…", "*Vladimir Putin*: …").
    // A page's own headings ("Key Facts:", "Editor's Note:", "Read More:") are no speakers.
    [GeneratedRegex(@"\A(?![^:\n]{0,60}?\b(?i:notes?|facts?|points?|updates?|related|read|more|see|also|summary|background|context|corrections?|disclaimer|sources?|photos?|credits?|tags?|topics?|categor(?:y|ies)|published|posted|filed|editor[’']?s?|key|main|quick|fast|breaking|live|watch|listen|what|why|how|when|where|who|à\s+lire|lire\s+aussi|voir\s+aussi|en\s+bref|l[’']essentiel|repères|chiffres?|mise\s+à\s+jour|mots-clés)\b)[*_]{0,2}(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|\p{Lu}[\p{Ll}’'-]+)(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}[*_]{0,2}\s?:[*_]{0,2}\s+\S", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpeakerLabel();
}
