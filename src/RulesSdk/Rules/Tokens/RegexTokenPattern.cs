using System.Text.RegularExpressions;

namespace RulesSdk.Rules;

/// <summary>
/// One token whose whole text matches a regular expression (Vale's sequence <c>pattern</c>):
/// anchored, so <c>/self/</c> does not accept the single token "self-worth".
/// </summary>
internal sealed class RegexTokenPattern : TokenPattern
{
    private readonly Regex _regex;
    private readonly string _pattern;

    public RegexTokenPattern(string pattern, bool ignoreCase, bool linear)
    {
        _pattern = pattern;
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | (linear ? RegexOptions.NonBacktracking : RegexOptions.None);
        _regex = new Regex(@"\A(?:" + pattern + @")\z", options, TimeSpan.FromSeconds(1));
    }

    public override bool Match(TokenMatchState state, int index, Func<int, bool> next) =>
        Spend(state) && index < state.Tokens.Length && _regex.IsMatch(state.Tokens[index].Chars) && next(index + 1);

    public override string ToString() => $"/{_pattern}/";
}
