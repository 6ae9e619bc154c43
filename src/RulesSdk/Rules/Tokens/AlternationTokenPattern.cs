namespace RulesSdk.Rules;

internal sealed class AlternationTokenPattern(TokenPattern[] alternatives) : TokenPattern
{
    public override IEnumerable<string> RequiredLiterals
    {
        get
        {
            // Every alternative must contribute a literal, or the alternation has no required literal.
            var all = new List<string>();
            foreach (var alternative in alternatives)
            {
                var literals = alternative.RequiredLiterals.ToList();
                if (literals.Count == 0)
                {
                    return [];
                }

                all.AddRange(literals);
            }

            return all;
        }
    }

    public override bool Match(TokenMatchState state, int index, Func<int, bool> next)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Match(state, index, next))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => "(" + string.Join(" | ", alternatives.Select(a => a.ToString())) + ")";
}
