using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RulesSdk.Vale;

/// <summary>
/// Maps the Penn Treebank tags of Vale's sequence tokens to DSL token items that need no tagger:
/// closed word classes (DT → det, PRP → pronoun, IN → prep, CC → conj, MD → modal), numbers,
/// capitalised words for proper nouns, and the few tags that are single words (TO, EX).
/// Open classes (nouns, verbs, adjectives, adverbs) need a part-of-speech tagger and have no mapping.
/// </summary>
internal static class PennTagMapping
{
    public static readonly IReadOnlyList<string> AllTags =
    [
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
        "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
    ];

    private static readonly FrozenDictionary<string, string> Items = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CC"] = "conj",
        ["CD"] = "number",
        ["DT"] = "det",
        ["PDT"] = "det",
        ["WDT"] = "det",
        ["EX"] = "/there/i",
        ["IN"] = "prep",
        ["MD"] = "modal",
        ["NNP"] = "Cap",
        ["NNPS"] = "Cap",
        ["PRP"] = "pronoun",
        ["PRP$"] = "pronoun",
        ["WP"] = "pronoun",
        ["WP$"] = "pronoun",
        ["TO"] = "/to/i",
        ["WRB"] = "/how|when|where|why|whenever|wherever|whereby|wherein/i",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The DSL items for a tag expression (<c>VB|VBN</c>, <c>NN.*</c>): the tags it matches, each
    /// mapped, or the tags that cannot be (<paramref name="unmapped"/> not empty, and null returned).
    /// </summary>
    public static IReadOnlyList<string>? Map(string tagExpression, out IReadOnlyList<string> unmapped)
    {
        Regex regex;
        try
        {
            regex = new Regex(@"\A(?:" + tagExpression + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            unmapped = [tagExpression];
            return null;
        }

        var tags = AllTags.Where(t => regex.IsMatch(t)).ToList();
        var missing = tags.Where(t => !Items.ContainsKey(t)).ToList();
        if (tags.Count == 0)
        {
            missing.Add(tagExpression);
        }

        unmapped = missing;
        return missing.Count > 0 ? null : [.. tags.Select(t => Items[t]).Distinct(StringComparer.Ordinal)];
    }
}
