using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>A word or a run of adjacent tokens equal to a literal, ignoring case and accents.</summary>
internal sealed class LiteralTokenPattern : TokenPattern
{
    private readonly string _folded;
    private readonly string _text;

    private LiteralTokenPattern(string text)
    {
        _text = text;
        _folded = TextFolding.Fold(text);
    }

    public override IEnumerable<string> RequiredLiterals => [_text];

    public static TokenPattern Create(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var words = text.Split([' ', '\u00A0', '\u202F', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 ? new LiteralTokenPattern(words[0]) : Sequence([.. words.Select(w => (TokenPattern)new LiteralTokenPattern(w))]);
    }

    public override bool Match(TokenMatchState state, int index, Func<int, bool> next)
    {
        if (!Spend(state))
        {
            return false;
        }

        var tokens = state.Tokens;
        var consumed = 0;
        var end = index;
        while (end < tokens.Length && consumed < _folded.Length)
        {
            var token = tokens[end];
            if (end > index && tokens[end - 1].Span.End != token.Span.Start)
            {
                return false;
            }

            var text = token.Chars;
            if (consumed + text.Length > _folded.Length || !TextFolding.EqualsFolded(text, _folded.AsSpan(consumed, text.Length)))
            {
                return false;
            }

            consumed += text.Length;
            end++;
        }

        return consumed == _folded.Length && next(end);
    }

    public override string ToString() => $"\"{_text}\"";
}
