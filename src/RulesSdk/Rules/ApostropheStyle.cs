namespace RulesSdk.Rules;

/// <summary>
/// Keeps a rewritten sentence in its text's apostrophe style. The repairs build elisions with the typographic
/// apostrophe (« qu’elle », « s’engage »); a carrier typed with the straight one ("qu'il", "l'État") must get the
/// straight one back, or the repaired text differs from what its author would write by a character per elision.
/// </summary>
internal static class ApostropheStyle
{
    private const char Straight = '\'';
    private const char Typographic = '\u2019';

    /// <summary>
    /// <paramref name="rewritten"/> with its elision apostrophes in the style of <paramref name="original"/> (the
    /// sentence before the rewrite), or of <paramref name="document"/> when the sentence has none. A sentence that
    /// already mixes both styles is left as it is.
    /// </summary>
    public static string Harmonize(string original, string rewritten, string document)
    {
        var style = StyleOf(original) ?? StyleOf(document);
        if (style is not { } apostrophe)
        {
            return rewritten;
        }

        var other = apostrophe == Straight ? Typographic : Straight;
        if (rewritten.IndexOf(other) < 0)
        {
            return rewritten;
        }

        return string.Create(rewritten.Length, (rewritten, apostrophe, other), static (span, state) =>
        {
            var (source, apostrophe, other) = state;
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = source[i] == other && Elides(source, i) ? apostrophe : source[i];
            }
        });
    }

    // The one style used between letters; null when there is none, or both (the text's own choice is unclear).
    private static char? StyleOf(string text)
    {
        var straight = 0;
        var typographic = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Elides(text, i))
            {
                if (text[i] == Straight)
                {
                    straight++;
                }
                else if (text[i] == Typographic)
                {
                    typographic++;
                }
            }
        }

        return straight > 0 && typographic == 0 ? Straight
            : typographic > 0 && straight == 0 ? Typographic
            : straight + typographic == 0 ? null
            : straight > typographic * 4 ? Straight
            : typographic > straight * 4 ? Typographic
            : null;
    }

    // An apostrophe between two letters (an elision or a possessive), not a quotation mark.
    private static bool Elides(string text, int i) =>
        text[i] is Straight or Typographic && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
