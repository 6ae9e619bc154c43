using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesSdk.Syntax;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// The counts readability formulas use, over the sentences of a scope: words, sentences, syllables,
/// characters (letters and digits of words), complex words (three syllables or more, Gunning's
/// definition, without counting -es/-ed/-ing endings in English), long words (seven letters or more)
/// and polysyllabic words (three syllables or more, SMOG). Syllables are counted by vowel groups,
/// with the silent final e of English and French: an estimate, as every readability tool makes.
/// </summary>
public sealed class TextStatistics
{
    public static readonly ImmutableArray<string> VariableNames =
        ["words", "sentences", "syllables", "characters", "complex_words", "long_words", "polysyllabic_words"];

    private static readonly FrozenSet<char> Vowels = FrozenSet.ToFrozenSet("aeiouyàâäéèêëîïôöùûüÿæœ");

    private readonly Dictionary<string, double> _values;

    private TextStatistics(Dictionary<string, double> values) => _values = values;

    public double Words => _values["words"];

    public double Sentences => _values["sentences"];

    public double Get(string variable) => _values.TryGetValue(variable, out var value) ? value : throw new ArgumentException($"Unknown variable '{variable}'.", nameof(variable));

    public static TextStatistics Compute(IEnumerable<SentenceSyntax> sentences, string language)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var french = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        double words = 0, count = 0, syllables = 0, characters = 0, complex = 0, longWords = 0, polysyllabic = 0;
        foreach (var sentence in sentences)
        {
            var any = false;
            foreach (var token in sentence.Tokens)
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                any = true;
                var word = token.Text;
                var letters = word.Count(char.IsLetterOrDigit);
                var wordSyllables = CountSyllables(word, french);
                words++;
                characters += letters;
                syllables += wordSyllables;
                longWords += letters >= 7 ? 1 : 0;
                polysyllabic += wordSyllables >= 3 ? 1 : 0;
                complex += wordSyllables >= 3 && !token.IsCapitalized && (french || CountSyllables(StripEnglishEnding(word), false) >= 3) ? 1 : 0;
            }

            count += any ? 1 : 0;
        }

        return new TextStatistics(new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["words"] = words,
            ["sentences"] = count,
            ["syllables"] = syllables,
            ["characters"] = characters,
            ["complex_words"] = complex,
            ["long_words"] = longWords,
            ["polysyllabic_words"] = polysyllabic,
        });
    }

    /// <summary>Vowel groups, less a silent final e (en: "make"; fr: "table", "tables"); at least one.</summary>
    public static int CountSyllables(string word, bool french)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        var apostrophe = lower.LastIndexOf('\'');
        if (apostrophe >= 0 && apostrophe < lower.Length - 1 && french)
        {
            lower = lower[(apostrophe + 1)..];
        }

        var groups = 0;
        var inVowels = false;
        foreach (var c in lower)
        {
            var vowel = Vowels.Contains(c);
            if (vowel && !inVowels)
            {
                groups++;
            }

            inVowels = vowel;
        }

        if (groups > 1)
        {
            if (french && (lower.EndsWith('e') || lower.EndsWith("es", StringComparison.Ordinal) || lower.EndsWith("ent", StringComparison.Ordinal)) && !lower.EndsWith("ée", StringComparison.Ordinal))
            {
                groups--;
            }
            else if (!french && lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal) && !lower.EndsWith("ee", StringComparison.Ordinal))
            {
                groups--;
            }
        }

        return Math.Max(1, groups);
    }

    private static string StripEnglishEnding(string word)
    {
        foreach (var ending in (string[])["es", "ed", "ing"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
