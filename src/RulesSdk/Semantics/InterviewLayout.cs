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
    private readonly ImmutableArray<AttributionSource?> _roles;

    private InterviewLayout(ImmutableArray<AttributionSource?> roles) => _roles = roles;

    public int QuestionCount { get; private init; }

    public AttributionSource? RoleOf(BlockSyntax block) => block.Index < _roles.Length ? _roles[block.Index] : null;

    public static InterviewLayout? Read(DocumentSyntax syntax)
    {
        var questions = 0;
        var labelled = 0;
        foreach (var block in syntax.Blocks)
        {
            var start = Start(block);
            if (QuestionLabel().IsMatch(start))
            {
                questions++;
                labelled++;
            }
            else if (AnswerLabel().IsMatch(start))
            {
                labelled++;
            }
        }

        // One labelled question is enough: the block after it is the interviewee's answer.
        if (questions == 0)
        {
            return null;
        }

        // A labelled answer ("R :", "A:") is an answer; so is the unlabelled block right after a
        // question. Anything else is the narrator again: news reports embed short Q&A passages.
        var roles = ImmutableArray.CreateBuilder<AttributionSource?>(syntax.Blocks.Length);
        var afterQuestion = false;
        foreach (var block in syntax.Blocks)
        {
            var start = Start(block);
            if (QuestionLabel().IsMatch(start))
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

    private static string Start(BlockSyntax block)
    {
        var prose = block.Prose.TrimStart();
        return prose[..Math.Min(prose.Length, 24)].ToString();
    }

    [GeneratedRegex(@"^(?:Q|Question|Q\d+)\s*[:.\-–—]\s|^\*{0,2}(?:Q|Question)\s*:", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^(?:R|A|Réponse|Answer)\s*[:.\-–—]\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnswerLabel();
}
