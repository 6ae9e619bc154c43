using System.Collections.Frozen;
using F23.StringSimilarity;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// The words of a headline or of a block that carry its content, for <see cref="RepeatedBlockNearCopy"/>: folded
/// (case, accents), split on anything that is no letter or digit (punctuation, markup, apostrophes, hyphens), without
/// the function words of the language (articles, auxiliaries, prepositions, conjunctions, pronouns: a short closed
/// list) and hashtags, and reduced to a rough stem, so that a plural, an agreement or a tense is one word ("actes"/"acte",
/// « menacés »/« menacée », "opened"/"opens"). A paraphrasing model changes exactly
/// those words when it copies a headline ("Greetings on 10th anniversary" → "Greetings on the 10th anniversary",
/// « les actes » → « des actes », "awarded" → "has been awarded").
/// </summary>
public static class RepeatedBlockWords
{
    /// <summary>Two different words closer than this (Jaro-Winkler, F23.StringSimilarity) are one word inflected twice.</summary>
    public const double SameWordSimilarity = 0.92;

    // Long enough that a shared beginning is a shared word ("launched"/"launch"); short words differ by a letter ("cost"/"coast").
    private const int MinInflectedLength = 6;

    private static readonly JaroWinkler Similarity = new();

    private static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "by", "with", "into", "onto", "over", "under", "about",
        "after", "before", "as", "and", "or", "but", "nor", "so", "than", "that", "which", "who", "whom", "whose", "this",
        "these", "those", "it", "its", "his", "her", "their", "our", "he", "she", "they", "we", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "do", "does", "did", "not", "up", "out", "off", "per", "via", "amid", "among", "between", "during", "since",
        "until", "upon", "against", "toward", "towards", "within", "without", "across", "through", "s",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> French = FrozenSet.ToFrozenSet(
    [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "a", "en", "dans", "sur", "sous", "par",
        "pour", "avec", "sans", "chez", "vers", "entre", "selon", "lors", "apres", "avant", "depuis", "pendant", "contre",
        "et", "ou", "mais", "ni", "donc", "car", "que", "qu", "qui", "dont", "ce", "cet", "cette", "ces", "son", "sa", "ses",
        "leur", "leurs", "se", "s", "il", "elle", "ils", "elles", "on", "y", "est", "sont", "etait", "etaient", "ete", "etre",
        "ont", "avait", "avaient", "avoir", "va", "vont", "sera", "seront", "fut", "ne", "n", "pas",
    ], StringComparer.Ordinal);

    /// <summary>A content word and where it is in the text it was read from.</summary>
    public readonly record struct Word(string Form, TextSpan Span);

    /// <summary>The content words of <paramref name="prose"/> (found at <paramref name="offset"/> in the document).</summary>
    public static List<Word> Read(ReadOnlySpan<char> prose, int offset, string language)
    {
        var french = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var functionWords = french ? French : English;
        var words = new List<Word>();
        var i = 0;
        while (i < prose.Length)
        {
            if (!char.IsLetterOrDigit(prose[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < prose.Length && char.IsLetterOrDigit(prose[i]))
            {
                i++;
            }

            // A hashtag ("#StandWithUkraine") labels a post; it is no word of the headline.
            var form = TextFolding.Fold(prose[start..i]);
            if (!functionWords.Contains(form) && (start == 0 || prose[start - 1] != '#'))
            {
                words.Add(new Word(Stem(form, french), new TextSpan(offset + start, i - start)));
            }
        }

        return words;
    }

    /// <summary>The words of <paramref name="words"/>, each once.</summary>
    public static HashSet<string> Forms(IEnumerable<Word> words) => words.Select(w => w.Form).ToHashSet(StringComparer.Ordinal);

    /// <summary>One word written twice: the same form, or two inflections of a long word ("launched"/"launch").</summary>
    public static bool Same(string a, string b) =>
        a == b
        || (a.Length >= MinInflectedLength && b.Length >= MinInflectedLength && a[..4] == b[..4]
            && Similarity.Similarity(a, b) >= SameWordSimilarity);

    /// <summary>
    /// A rough stem, only ever compared with another: a plural ("-s", "-x"), then in English a tense ("-ed", "-ing"), in
    /// French an agreement (« -e », « -ee »), then a final "e" ("approve"/"approved" → "approv").
    /// </summary>
    internal static string Stem(string form, bool french)
    {
        var stem = form.Length > 3 && form[^1] is 's' or 'x' ? form[..^1] : form;
        if (!french && stem.Length > 5 && stem.EndsWith("ing", StringComparison.Ordinal))
        {
            stem = stem[..^3];
        }
        else if (!french && stem.Length > 4 && stem.EndsWith("ed", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }

        while (stem.Length > 3 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        return stem;
    }
}
