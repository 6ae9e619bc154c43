namespace RulesSdk.Rules;

/// <summary>
/// One token that the inner pattern does not match as a single token (Vale's <c>negate: true</c>):
/// <c>!"to"</c> accepts any token but "to"; at the end of the sentence there is no token to accept.
/// The inner pattern holds no captures (the DSL's binder refuses them there).
/// </summary>
internal sealed class NegatedTokenPattern(TokenPattern inner) : TokenPattern
{
    public override bool Match(TokenMatchState state, int index, Func<int, bool> next) =>
        Spend(state)
        && index < state.Tokens.Length
        && !inner.Match(state, index, end => end == index + 1)
        && next(index + 1);

    public override string ToString() => "!" + inner;
}
