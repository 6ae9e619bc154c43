using System.Collections.Frozen;

namespace RulesSdk.Text;

/// <summary>
/// Words found in nearly every sentence of French or English news. A prefilter built from one of
/// them passes almost every block, so the literal extractor prefers any other required literal
/// (e.g. the "joie|plaisir|…" of "c’est avec joie que" over "avec"). Only selectivity depends on
/// this list: whatever set is chosen, every match still contains one of its literals.
/// </summary>
internal static class FrequentWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // French
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "en", "au", "aux", "à", "ce", "ces", "cette", "il", "ils",
        "elle", "elles", "on", "nous", "vous", "je", "se", "sa", "son", "ses", "leur", "leurs", "qui", "que", "qu", "ne", "pas",
        "plus", "pour", "par", "sur", "dans", "avec", "sans", "sous", "mais", "ou", "où", "comme", "tout", "tous", "toute", "été",
        "être", "avoir", "fait", "faire", "dit", "selon", "après", "avant", "entre", "aussi", "encore", "déjà", "tant", "point",
        "sens", "ont", "sont", "était", "avait", "peut", "ai", "oi",
        // English
        "the", "a", "an", "and", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "it", "its", "he", "she", "they", "we", "you", "his", "her", "their", "our", "this", "that",
        "these", "those", "which", "who", "what", "where", "when", "would", "will", "can", "could", "should", "must", "may", "not",
        "but", "or", "if", "than", "then", "there", "about", "said", "says", "also", "more", "after", "before", "into", "over",
        "part", "view", "new", "one", "two",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How much a literal narrows the search: its length, or 1 for a frequent word.</summary>
    public static int Selectivity(string literal) => Words.Contains(literal) ? 1 : literal.Length;
}
