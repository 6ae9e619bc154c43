using System.Collections.Immutable;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>Runs a <see cref="TokenPattern"/> over the sentences of a scope; leftmost, non-overlapping matches.</summary>
public sealed class TokenRuleMatcher(TokenPattern pattern) : RuleMatcher
{
    public TokenPattern Pattern { get; } = pattern;

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        foreach (var block in syntax.Blocks)
        {
            if (block.Span.End <= scope.Start)
            {
                continue;
            }

            if (block.Span.Start >= scope.End)
            {
                break;
            }

            foreach (var sentence in block.Sentences)
            {
                if (scope.Contains(sentence.Span) || sentence.Span.Contains(scope))
                {
                    MatchTokens(sentence.Tokens, scope, results);
                }
            }
        }
    }

    private void MatchTokens(ImmutableArray<SyntaxToken> tokens, TextSpan scope, List<RuleMatch> results)
    {
        var state = new TokenMatchState(tokens);
        var start = 0;
        while (start < tokens.Length)
        {
            if (!scope.Contains(tokens[start].Span.Start))
            {
                start++;
                continue;
            }

            var matchedEnd = -1;
            state.Captures.Clear();
            state.Budget = 100_000;
            if (Pattern.Match(state, start, end =>
                {
                    if (end <= start || tokens[end - 1].Span.End > scope.End)
                    {
                        return false;
                    }

                    matchedEnd = end;
                    return true;
                }))
            {
                var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[matchedEnd - 1].Span.End);
                results.Add(new RuleMatch(span, scope, state.Captures.ToImmutableDictionary()));
                start = matchedEnd;
            }
            else
            {
                start++;
            }
        }
    }
}
