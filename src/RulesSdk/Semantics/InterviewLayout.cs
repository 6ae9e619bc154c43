using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// Questions and answers of an interview written as Q&amp;A ("Q :", "Question :", "R :", "A:"):
/// found from the start of each block only, so it is cheap. Null when the document has no
/// question-and-answer passage.
/// </summary>
internal sealed partial class InterviewLayout
{
    // A question is a sentence or two, not a paragraph that happens to end with one.
    private const int MaxQuestionLength = 300;

    private readonly ImmutableArray<AttributionSource?> _roles;

    private InterviewLayout(ImmutableArray<AttributionSource?> roles) => _roles = roles;

    public int QuestionCount { get; private init; }

    public AttributionSource? RoleOf(BlockSyntax block) => block.Index < _roles.Length ? _roles[block.Index] : null;

    public static InterviewLayout? Read(DocumentSyntax syntax)
    {
        var questions = 0;
        var blocks = syntax.Blocks;
        var isQuestion = new bool[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            isQuestion[i] = QuestionLabel().IsMatch(Start(blocks[i])) || IsQuestionBeforeANamedAnswer(blocks, i);
            questions += isQuestion[i] ? 1 : 0;
        }

        // One labelled question is enough: the block after it is the interviewee's answer.
        if (questions == 0)
        {
            return null;
        }

        // A labelled answer ("R :", "A:") is an answer; so is the unlabelled block right after a
        // question. Anything else is the narrator again: news reports embed short Q&A passages.
        var roles = ImmutableArray.CreateBuilder<AttributionSource?>(blocks.Length);
        var afterQuestion = false;
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var start = Start(block);
            if (isQuestion[i])
            {
                roles.Add(AttributionSource.InterviewQuestion);
                afterQuestion = true;
                continue;
            }

            roles.Add(AnswerLabel().IsMatch(start) || (afterQuestion && block.Kind != BlockKind.Heading) ? AttributionSource.InterviewAnswer : null);
            afterQuestion = false;
        }

        return new InterviewLayout(roles.MoveToImmutable()) { QuestionCount = questions };
    }

    /// <summary>
    /// "Combien de temps faudra-t-il ?" then "Yannick Bertrand : Je ne veux pas…": an unlabelled question
    /// (a short block ending with a question mark) answered by a block that opens with a name and a colon.
    /// </summary>
    private static bool IsQuestionBeforeANamedAnswer(ImmutableArray<BlockSyntax> blocks, int index)
    {
        if (index + 1 >= blocks.Length)
        {
            return false;
        }

        var question = blocks[index].Prose.Trim();
        return question.Length is > 0 and <= MaxQuestionLength && question[^1] == '?'
            && NamedAnswerLabel().IsMatch(blocks[index + 1].Prose.TrimStart());
    }

    private static string Start(BlockSyntax block)
    {
        var prose = block.Prose.TrimStart();
        return prose[..Math.Min(prose.Length, 24)].ToString();
    }

    [GeneratedRegex(@"^(?:Q|Question|Q\d+)\s*[:.\-–—]\s|^\*{0,2}(?:Q|Question)\s*:", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^(?:R|A|Réponse|Answer)\s*[:.\-–—]\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnswerLabel();

    // "Yannick Bertrand : ", "Dr. Obi: ": up to four capitalised words, then a colon.
    [GeneratedRegex(@"\A\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s?:\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NamedAnswerLabel();
}
