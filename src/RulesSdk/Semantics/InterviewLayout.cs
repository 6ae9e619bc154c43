using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// Questions and answers of an interview written as Q&amp;A ("Q :", "Question :", "R :", "A:", or
/// dialogue dashes): found from the start of each block only, so it is cheap. Null when the
/// document is not laid out as an interview.
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

        // Two labelled turns, one of them a question, make an interview.
        if (questions == 0 || labelled < 2)
        {
            return null;
        }

        var roles = ImmutableArray.CreateBuilder<AttributionSource?>(syntax.Blocks.Length);
        var seenQuestion = false;
        foreach (var block in syntax.Blocks)
        {
            var start = Start(block);
            if (QuestionLabel().IsMatch(start))
            {
                seenQuestion = true;
                roles.Add(AttributionSource.InterviewQuestion);
            }
            else if (seenQuestion && block.Kind != BlockKind.Heading)
            {
                roles.Add(AttributionSource.InterviewAnswer);
            }
            else
            {
                roles.Add(null);
            }
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
