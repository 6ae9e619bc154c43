using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// Questions and answers of an interview, in the three layouts news sites use: labelled ("Q :",
/// "Question :", "R :", "A:"); questions standing alone as short paragraphs (often in bold) with the
/// answer below; a transcript with speaker labels ("GAZETTE: …?", "PRICE: I saw…", "Dr. Price: …").
/// Found from the start and end of each block only, so it is cheap. Null when the document has no
/// question-and-answer passage. The answers are exempt by their block: a news report that embeds a
/// short Q&amp;A stays a news report (<see cref="IsDominant"/>).
/// </summary>
internal sealed partial class InterviewLayout
{
    // A question standing alone: one short sentence. Longer paragraphs ending with "?" are prose.
    private const int MaxQuestionLength = 240;

    // Bold or italic marks around a question in plain text ("**What did you see?**").
    private const string Emphasis = "*_ \t";

    private readonly ImmutableArray<AttributionSource?> _roles;

    private InterviewLayout(ImmutableArray<AttributionSource?> roles) => _roles = roles;

    public int QuestionCount { get; private init; }

    /// <summary>Blocks that are a question or an answer.</summary>
    public int RoleCount { get; private init; }

    public AttributionSource? RoleOf(BlockSyntax block) => block.Index < _roles.Length ? _roles[block.Index] : null;

    /// <summary>Whether questions and answers make at least half of <paramref name="bodyBlocks"/>: the document is an interview, not a report that quotes one.</summary>
    public bool IsDominant(int bodyBlocks) => QuestionCount >= 2 && RoleCount * 2 >= bodyBlocks;

    public static InterviewLayout? Read(DocumentSyntax syntax)
    {
        var blocks = syntax.Blocks;
        var roles = new AttributionSource?[blocks.Length];
        // Each layout marks its own blocks; a document may mix them (a labelled Q&A beside a transcript).
        var found = ReadLabelled(blocks, roles);
        found |= ReadStandingQuestions(blocks, roles);
        found |= ReadTranscript(blocks, roles);
        if (!found)
        {
            return null;
        }

        return new InterviewLayout([.. roles])
        {
            QuestionCount = roles.Count(r => r == AttributionSource.InterviewQuestion),
            RoleCount = roles.Count(r => r is not null),
        };
    }

    // "Q :" / "R :": one labelled question is enough; the block after it is the answer. A labelled
    // answer is an answer; anything else is the narrator again.
    private static bool ReadLabelled(ImmutableArray<BlockSyntax> blocks, AttributionSource?[] roles)
    {
        if (!blocks.Any(b => QuestionLabel().IsMatch(Start(b))))
        {
            return false;
        }

        var afterQuestion = false;
        foreach (var block in blocks)
        {
            var start = Start(block);
            if (QuestionLabel().IsMatch(start))
            {
                roles[block.Index] = AttributionSource.InterviewQuestion;
                afterQuestion = true;
                continue;
            }

            if (AnswerLabel().IsMatch(start) || (afterQuestion && block.Kind != BlockKind.Heading))
            {
                roles[block.Index] = AttributionSource.InterviewAnswer;
            }

            afterQuestion = false;
        }

        return true;
    }

    // "**What did you find at the farm?**" then the answer: two such questions at least, since one
    // lone question paragraph may be the narrator's own, unless the reply is labelled or a heading
    // announces the interview. An answer runs to the next question; after the
    // last one, it is the next block only (a report resumes after an embedded Q&A).
    private static bool ReadStandingQuestions(ImmutableArray<BlockSyntax> blocks, AttributionSource?[] roles)
    {
        var questions = new List<int>();
        for (var i = 0; i + 1 < blocks.Length; i++)
        {
            if (IsStandingQuestion(blocks[i]) && blocks[i + 1].Kind == BlockKind.Paragraph && !IsStandingQuestion(blocks[i + 1]))
            {
                questions.Add(i);
            }
        }

        // One question is enough when a labelled reply follows it ("X : Je ne veux pas…") or a heading
        // announces the interview ("Trois questions à X", "Q&A:", "Interview with X").
        if (questions.Count == 0
            || (questions.Count == 1 && !SpeakerLabel().IsMatch(Start(blocks[questions[0] + 1], 48)) && !blocks.Take(questions[0]).Any(b => b.Prose.Length <= 120 && InterviewHeading().IsMatch(b.Prose))))
        {
            return false;
        }

        for (var q = 0; q < questions.Count; q++)
        {
            roles[questions[q]] ??= AttributionSource.InterviewQuestion;
            var end = q + 1 < questions.Count ? questions[q + 1] : questions[q] + 2;
            for (var i = questions[q] + 1; i < end && i < blocks.Length; i++)
            {
                if (blocks[i].Kind == BlockKind.Paragraph && !IsStandingQuestion(blocks[i]))
                {
                    roles[i] ??= AttributionSource.InterviewAnswer;
                }
            }
        }

        return true;
    }

    private static bool IsStandingQuestion(BlockSyntax block)
    {
        var prose = block.Prose.Trim().TrimEnd(Emphasis);
        return block.Kind is BlockKind.Paragraph or BlockKind.Heading
            && prose.Length is > 0 and <= MaxQuestionLength
            && prose[^1] == '?'
            && block.Sentences.Length == 1;
    }

    // A transcript: blocks open with a speaker's label and a colon; a label that comes back at least
    // twice, beside a question under another label (or a second recurring label), is a conversation,
    // where "Chancellor Jeremy Hunt: I have…" alone is a paraphrase that lost its quotation marks.
    private static bool ReadTranscript(ImmutableArray<BlockSyntax> blocks, AttributionSource?[] roles)
    {
        var labels = new string?[blocks.Length];
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Paragraph || SpeakerLabel().Match(Start(block, 48)) is not { Success: true } match)
            {
                continue;
            }

            var label = match.Groups["label"].Value;
            if (NotASpeaker().IsMatch(label))
            {
                continue;
            }

            labels[block.Index] = label;
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }

        var recurring = counts.Where(c => c.Value >= 2).Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var asks = blocks.Any(b => labels[b.Index] is not null && EndsWithQuestion(b));
        if (recurring.Count == 0 || (recurring.Count < 2 && !asks))
        {
            return false;
        }

        // A lone label that asks nothing stays the narrator's: it is not part of the conversation.
        foreach (var block in blocks)
        {
            if (labels[block.Index] is { } label && (recurring.Contains(label) || EndsWithQuestion(block)))
            {
                roles[block.Index] ??= EndsWithQuestion(block) ? AttributionSource.InterviewQuestion : AttributionSource.InterviewAnswer;
            }
        }

        return true;
    }

    private static bool EndsWithQuestion(BlockSyntax block)
    {
        var prose = block.Prose.TrimEnd().TrimEnd(Emphasis);
        return prose.Length > 0 && prose[^1] == '?';
    }

    private static string Start(BlockSyntax block, int length = 24)
    {
        var prose = block.Prose.TrimStart();
        return prose[..Math.Min(prose.Length, length)].ToString();
    }

    [GeneratedRegex(@"^(?:Q|Question|Q\d+)\s*[:.\-–—]\s|^\*{0,2}(?:Q|Question)\s*:", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^(?:R|A|Réponse|Answer)\s*[:.\-–—]\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnswerLabel();

    // One to four capitalised words ("PRICE", "Dr. Price", "LE PROGRÈS", "Marc Ferrand"), then a colon; in bold or
    // italics too ("**PRICE:**", "*Marc Ferrand*:").
    [GeneratedRegex(@"^[*_]{0,2}(?<label>\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|du|des|la|le|van|von|der)){0,3})[*_]{0,2}\s*:[*_]{0,2}\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"\b(?:(?:deux|trois|quatre|cinq|quelques)\s+questions\s+à|entretien\s+avec|interview\s+(?:with|avec)|(?:two|three|four|five|a\s+few)\s+questions\s+(?:for|to|with))\b|\bQ\s*&\s*A\b|\bQuestions?-réponses?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InterviewHeading();

    // Labels of a newsroom's furniture, not of a speaker.
    [GeneratedRegex(@"^(?:Note|NB|N\.B\.|PS|P\.S\.|Update|Updated|Correction|Source|Sources|Photo|Photos|Credit|Crédit|Read\s+more|Related|See\s+also|Editor[’']s\s+note|Mise\s+à\s+jour|Remarque|Lire\s+aussi|Voir\s+aussi|À\s+lire|Titre|Title|Summary|Résumé|Contact|Media\s+contact|Contact\s+presse)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotASpeaker();
}
