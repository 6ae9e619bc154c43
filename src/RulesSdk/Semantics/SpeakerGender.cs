using System.Collections.Frozen;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// The gender of the speaker a stretch of text names, for repairs that restore the third person: the
/// gazetteer's (a listed figure, or a given name all its listed bearers share), else a gendered role
/// word or title of Semantics/Data/role-genders.txt ("présidente", "Mme", "chairwoman"), else, in French,
/// the article of a role word ("la ministre", "le porte-parole"). Unknown when nothing tells.
/// </summary>
public static class SpeakerGender
{
    private static readonly Lazy<FrozenDictionary<string, PersonGender>> RoleGenders = new(LoadRoleGenders);
    private static readonly char[] WordSeparators = [' ', '\u00A0', '\t', '\n', ','];

    public static PersonGender Of(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PersonGender.Unknown;
        }

        // A subject pronoun standing for the speaker ("Elle a déposé plainte. J’envisage…"): its own gender.
        switch (text.Trim().ToLowerInvariant())
        {
            case "il" or "lui" or "he" or "him":
                return PersonGender.Masculine;
            case "elle" or "she" or "her":
                return PersonGender.Feminine;
        }

        var listed = PublicFigureGazetteer.Default.GenderOf(text);
        if (listed != PersonGender.Unknown)
        {
            return listed;
        }

        // Split once: the words as written (for their case) and folded (for the lookups).
        var written = text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        var words = written.Select(w => SemanticLexicon.Fold(w).Trim('"', '(', ')')).ToArray();
        var roles = RoleGenders.Value;
        var french = DocumentLanguage.Normalize(language) == DocumentLanguage.French;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            // "l'ambassadrice": the role is the word after the elision.
            var elided = word[(word.LastIndexOf('\'') + 1)..];
            if (roles.TryGetValue(word, out var gender) || roles.TryGetValue(elided, out gender) || roles.TryGetValue(word.TrimEnd('.'), out gender))
            {
                return gender;
            }

            // "la ministre", "le capitaine", "le glaciologue Matthias Huber": the article of a role or an
            // occupation, or of a noun before the name, tells.
            if (french && i + 1 < words.Length && word is "la" or "le"
                && (SemanticLexicon.Roles.Contains(words[i + 1]) || SpeakerSubjects.Occupations.Value.Contains(words[i + 1]) || BeforeAName(written, i + 1)))
            {
                return word == "la" ? PersonGender.Feminine : PersonGender.Masculine;
            }
        }

        return PersonGender.Unknown;
    }

    /// <summary>Whether the word at <paramref name="index"/> is a common noun (lower case) that a capitalised name follows within two words.</summary>
    private static bool BeforeAName(string[] written, int index)
    {
        if (index >= written.Length || !char.IsLower(written[index][0]))
        {
            return false;
        }

        for (var next = index + 1; next < written.Length && next <= index + 2; next++)
        {
            if (char.IsUpper(written[next][0]))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, PersonGender> LoadRoleGenders()
    {
        var table = new Dictionary<string, PersonGender>(StringComparer.Ordinal);
        foreach (var line in SemanticLexicon.ReadLines("role-genders.txt"))
        {
            var space = line.LastIndexOf(' ');
            var gender = space < 0 ? null : line[(space + 1)..] switch
            {
                "m" => (PersonGender?)PersonGender.Masculine,
                "f" => PersonGender.Feminine,
                _ => null,
            };
            table[SemanticLexicon.Fold(line[..Math.Max(space, 0)].Trim())] = gender
                ?? throw new InvalidOperationException($"Semantics/Data/role-genders.txt: the line \"{line}\" must be a word, then m or f.");
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
