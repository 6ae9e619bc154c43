namespace RulesSdk.Rules;

/// <summary>One word of a closed <see cref="TokenWordClass"/> in the rule's language.</summary>
internal sealed class WordClassTokenPattern(TokenWordClass wordClass, string language) : TokenPattern
{
    public override bool Match(TokenMatchState state, int index, Func<int, bool> next) =>
        Spend(state)
        && index < state.Tokens.Length
        && WordClassLexicon.Contains(wordClass, language, state.Tokens[index].Chars)
        && next(index + 1);

    public override string ToString() => wordClass.ToString();
}
