using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Rules;

/// <summary>
/// First-person possessive determiners turned into the third person, for repairs that give a sentence back
/// to the speaker it names: "mes ministres" → "ses ministres", "notre soutien" → "leur soutien",
/// "our support" → "their support".
/// </summary>
/// <remarks>
/// Only the mappings that do not depend on the speaker are made. French son/sa/ses agree with the thing
/// possessed, not with the possessor, so a singular speaker's mon/ma/mes are certain; English "my" needs the
/// speaker's gender (his/her), which the text does not give, so it is left alone.
/// </remarks>
internal static partial class TemplatePossessives
{
    private static readonly FrozenDictionary<string, string> FrenchSingular =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["mon"] = "son", ["ma"] = "sa", ["mes"] = "ses" }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> FrenchPlural =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["notre"] = "leur", ["nos"] = "leurs" }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> EnglishPlural =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["our"] = "their", ["ours"] = "theirs" }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> None =
        new Dictionary<string, string>(StringComparer.Ordinal).ToFrozenDictionary();

    /// <summary>The possessives of a single speaker: fr mon/ma/mes → son/sa/ses; en unchanged.</summary>
    public static string Singular(string? text, string language) => Replace(text, DocumentLanguage.Normalize(language) switch
    {
        DocumentLanguage.French => FrenchSingular,
        _ => None,
    });

    /// <summary>The possessives of a group: fr notre/nos → leur/leurs; en our/ours → their/theirs.</summary>
    public static string Plural(string? text, string language) => Replace(text, DocumentLanguage.Normalize(language) switch
    {
        DocumentLanguage.French => FrenchPlural,
        DocumentLanguage.English => EnglishPlural,
        _ => None,
    });

    private static string Replace(string? text, FrozenDictionary<string, string> map)
    {
        if (string.IsNullOrEmpty(text) || map.Count == 0)
        {
            return text ?? string.Empty;
        }

        // Lower case only: a capitalised "Ma" or "Our" after the verb is a name ("Jack Ma"), not a determiner.
        return Word().Replace(text, match => map.TryGetValue(match.Value, out var replacement) ? replacement : match.Value);
    }

    // Whole words only: "mon" in "Simone" or "our" in "four" is not a possessive.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])\p{L}+(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
