namespace RulesSdk.Rules;

/// <summary>
/// A pattern over a sentence's tokens (words, numbers, punctuation), matched with backtracking.
/// Literals ignore case and accents and may span adjacent tokens ("j’ai" matches "j’" + "ai").
/// </summary>
public abstract class TokenPattern
{
    /// <summary>Tries to match at token <paramref name="index"/>; calls <paramref name="next"/> with each possible end until it returns true.</summary>
    public abstract bool Match(TokenMatchState state, int index, Func<int, bool> next);

    /// <summary>Words a matching text must contain (for prefilters); empty when the pattern has no required literal.</summary>
    public virtual IEnumerable<string> RequiredLiterals => [];

    public static TokenPattern Literal(string text) => LiteralTokenPattern.Create(text);

    public static TokenPattern Sequence(params TokenPattern[] items) => items.Length == 1 ? items[0] : new SequenceTokenPattern(items);

    public static TokenPattern AnyOf(params TokenPattern[] alternatives) => alternatives.Length == 1 ? alternatives[0] : new AlternationTokenPattern(alternatives);

    public static TokenPattern AnyOf(IEnumerable<string> literals) => AnyOf([.. literals.Select(Literal)]);

    public static TokenPattern Optional(TokenPattern pattern) => new RepeatTokenPattern(pattern, 0, 1, lazy: false);

    public static TokenPattern Repeat(TokenPattern pattern, int min, int max) => new RepeatTokenPattern(pattern, min, max, lazy: false);

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> tokens of any kind, as few as possible.</summary>
    public static TokenPattern Skip(int min, int max) => new RepeatTokenPattern(ClassTokenPattern.Any, min, max, lazy: true);

    public static TokenPattern Capture(string name, TokenPattern pattern) => new CaptureTokenPattern(name, pattern);

    /// <summary>One token whose whole text matches <paramref name="pattern"/> (a one-second timeout, like every rule regex).</summary>
    public static TokenPattern Regex(string pattern, bool ignoreCase = false) => new RegexTokenPattern(pattern, ignoreCase, linear: false);

    /// <summary>
    /// One token whose whole text matches <paramref name="pattern"/>; with <paramref name="linear"/>, on .NET's
    /// non-backtracking engine (the DSL's <c>l</c> flag), in time linear in the token's length.
    /// </summary>
    public static TokenPattern Regex(string pattern, bool ignoreCase, bool linear) => new RegexTokenPattern(pattern, ignoreCase, linear);

    /// <summary>One token that <paramref name="pattern"/> does not match as a single token.</summary>
    public static TokenPattern Not(TokenPattern pattern) => new NegatedTokenPattern(pattern);

    /// <summary>One word of a closed word class of <paramref name="language"/> (see <see cref="WordClassLexicon"/>).</summary>
    public static TokenPattern WordOfClass(TokenWordClass wordClass, string language) => new WordClassTokenPattern(wordClass, language);

    public static TokenPattern CapitalizedWord => ClassTokenPattern.Capitalized;

    public static TokenPattern LowercaseWord => ClassTokenPattern.Lowercase;

    public static TokenPattern AnyWord => ClassTokenPattern.Word;

    public static TokenPattern AnyToken => ClassTokenPattern.Any;

    public static TokenPattern Number => ClassTokenPattern.Number;

    protected static bool Spend(TokenMatchState state)
    {
        state.Budget--;
        return state.Budget > 0;
    }
}
