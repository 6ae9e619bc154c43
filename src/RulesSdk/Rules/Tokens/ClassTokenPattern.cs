using RulesSdk.Syntax;

namespace RulesSdk.Rules;

/// <summary>One token of a class: any, a word, a capitalised word, a lower-case word, a number.</summary>
internal sealed class ClassTokenPattern(string name, Func<SyntaxToken, bool> predicate) : TokenPattern
{
    public static readonly ClassTokenPattern Any = new("any", _ => true);
    public static readonly ClassTokenPattern Word = new("word", t => t.Kind == TokenKind.Word);
    public static readonly ClassTokenPattern Capitalized = new("Cap", t => t.IsCapitalized);
    public static readonly ClassTokenPattern Lowercase = new("lower", t => t.Kind == TokenKind.Word && char.IsLower(t.Chars[0]));
    public static new readonly ClassTokenPattern Number = new("number", t => t.Kind == TokenKind.Number);

    public override bool Match(TokenMatchState state, int index, Func<int, bool> next) =>
        Spend(state) && index < state.Tokens.Length && predicate(state.Tokens[index]) && next(index + 1);

    public override string ToString() => name;
}
