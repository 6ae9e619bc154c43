namespace RulesSdk.Rules;

internal sealed class SequenceTokenPattern(TokenPattern[] items) : TokenPattern
{
    public override IEnumerable<string> RequiredLiterals =>
        items.Select(i => i.RequiredLiterals.ToList()).FirstOrDefault(l => l.Count > 0) ?? [];

    public override bool Match(TokenMatchState state, int index, Func<int, bool> next) => MatchFrom(state, 0, index, next);

    private bool MatchFrom(TokenMatchState state, int item, int index, Func<int, bool> next) =>
        item == items.Length
            ? next(index)
            : items[item].Match(state, index, end => MatchFrom(state, item + 1, end, next));

    public override string ToString() => string.Join(" ", items.Select(i => i.ToString()));
}
