namespace RulesSdk.Rules;

/// <summary>A pattern repeated min..max times; greedy unless lazy (skips prefer fewer tokens).</summary>
internal sealed class RepeatTokenPattern(TokenPattern pattern, int min, int max, bool lazy) : TokenPattern
{
    public override IEnumerable<string> RequiredLiterals => min > 0 ? pattern.RequiredLiterals : [];

    public override bool Match(TokenMatchState state, int index, Func<int, bool> next) => MatchCount(state, 0, index, next);

    private bool MatchCount(TokenMatchState state, int count, int index, Func<int, bool> next)
    {
        if (!Spend(state))
        {
            return false;
        }

        var canStop = count >= min;
        var canGo = count < max && index < state.Tokens.Length;
        if (lazy && canStop && next(index))
        {
            return true;
        }

        // end > index keeps a pattern that matches nothing from looping.
        if (canGo && pattern.Match(state, index, end => end > index && MatchCount(state, count + 1, end, next)))
        {
            return true;
        }

        return !lazy && canStop && next(index);
    }

    public override string ToString() => lazy ? $"skip({min}..{max})" : $"{pattern}{{{min},{max}}}";
}
