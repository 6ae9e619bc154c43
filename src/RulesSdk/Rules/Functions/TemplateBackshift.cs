using System.Collections.Frozen;

namespace RulesSdk.Rules;

/// <summary>
/// English reported speech after a past reporting verb shifts the tense back: "X said I am delighted" → "X said
/// he was delighted", "she said I have instructed" → "she said she had instructed", "I will" → "he would".
/// Forms already in the past stay as they are, "found" and "saw" too ("she told them I found myself…").
/// </summary>
internal static class TemplateBackshift
{
    private static readonly FrozenDictionary<string, string> Shifts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["am"] = "was",
        ["is"] = "was",
        ["are"] = "were",
        ["have"] = "had",
        ["has"] = "had",
        ["will"] = "would",
        ["shall"] = "should",
        ["can"] = "could",
        ["may"] = "might",
        ["do"] = "did",
        ["does"] = "did",
        ["don't"] = "didn't",
        ["doesn't"] = "didn't",
        ["can't"] = "couldn't",
        ["cannot"] = "could not",
        ["won't"] = "wouldn't",
        ["haven't"] = "hadn't",
        ["hasn't"] = "hadn't",
        ["am not"] = "was not",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Past forms and modals without a present: unchanged.
    private static readonly FrozenSet<string> AlreadyPast = new[]
    {
        "was", "were", "had", "would", "could", "should", "might", "must", "did", "ought", "wasn't", "weren't",
        "hadn't", "wouldn't", "couldn't", "shouldn't", "didn't", "mustn't",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The backshifted form of the verb that follows a subject in the present; null leaves it unchanged.</summary>
    internal static string? Backshift(string key)
    {
        if (Shifts.TryGetValue(key, out var shifted))
        {
            return shifted;
        }

        return AlreadyPast.Contains(key) ? null : TemplateEnglishVerbs.SimplePastAfterSubject(key);
    }
}
