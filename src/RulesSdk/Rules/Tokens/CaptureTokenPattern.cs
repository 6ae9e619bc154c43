using RulesSdk.Text;

namespace RulesSdk.Rules;

internal sealed class CaptureTokenPattern(string name, TokenPattern pattern) : TokenPattern
{
    public override IEnumerable<string> RequiredLiterals => pattern.RequiredLiterals;

    public override bool Match(TokenMatchState state, int index, Func<int, bool> next) =>
        pattern.Match(state, index, end =>
        {
            var hadPrevious = state.Captures.TryGetValue(name, out var previous);
            if (end > index)
            {
                state.Captures[name] = TextSpan.FromBounds(state.Tokens[index].Span.Start, state.Tokens[end - 1].Span.End);
            }

            if (next(end))
            {
                return true;
            }

            // Backtracking: restore what the capture held before.
            if (hadPrevious)
            {
                state.Captures[name] = previous;
            }
            else
            {
                state.Captures.Remove(name);
            }

            return false;
        });

    public override string ToString() => $"{name}={pattern}";
}
