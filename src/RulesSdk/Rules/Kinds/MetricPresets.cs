using System.Collections.Frozen;

namespace RulesSdk.Rules.Kinds;

/// <summary>
/// The readability formulas a rule may name instead of writing one, for English and French.
/// French Flesch uses Kandel and Moles' adaptation; the grade-level formulas have no French
/// calibration, so French uses the English coefficients over French syllable counts.
/// </summary>
public static class MetricPresets
{
    private static readonly FrozenDictionary<string, (string English, string French)> Formulas = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["flesch_kincaid"] = ("(0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59", "(0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59"),
        ["flesch_reading_ease"] = ("206.835 - (1.015 * (words / sentences)) - (84.6 * (syllables / words))", "207 - (1.015 * (words / sentences)) - (73.6 * (syllables / words))"),
        ["gunning_fog"] = ("0.4 * ((words / sentences) + 100 * (complex_words / words))", "0.4 * ((words / sentences) + 100 * (complex_words / words))"),
        ["coleman_liau"] = ("(0.0588 * (characters / words * 100)) - (0.296 * (sentences / words * 100)) - 15.8", "(0.0588 * (characters / words * 100)) - (0.296 * (sentences / words * 100)) - 15.8"),
        ["smog"] = ("1.043 * sqrt(polysyllabic_words * 30 / sentences) + 3.1291", "1.043 * sqrt(polysyllabic_words * 30 / sentences) + 3.1291"),
        ["automated_readability"] = ("(4.71 * (characters / words)) + (0.5 * (words / sentences)) - 21.43", "(4.71 * (characters / words)) + (0.5 * (words / sentences)) - 21.43"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Names => Formulas.Keys.Order(StringComparer.Ordinal);

    /// <summary>The formula text of preset <paramref name="name"/> for <paramref name="language"/> (fr or anything else: en).</summary>
    public static bool TryGet(string name, string language, out string formula)
    {
        if (Formulas.TryGetValue(name, out var pair))
        {
            formula = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? pair.French : pair.English;
            return true;
        }

        formula = string.Empty;
        return false;
    }
}
