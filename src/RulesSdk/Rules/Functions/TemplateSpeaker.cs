using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;

namespace RulesSdk.Rules;

/// <summary>
/// The speaker-dependent words of a repair that gives a first-person sentence back to the person it names:
/// the subject pronoun (il/elle, he/she), the English possessive and object forms (his/her, him/her), and the
/// article of an office in French (le/la ministre). The gender comes from <see cref="SpeakerGender"/>; when
/// nothing tells it, every function falls back to a form that needs none (the name itself), so a repair is
/// never a guess.
/// </summary>
internal static partial class TemplateSpeaker
{
    /// <summary>
    /// "il"/"elle", "he"/"she" by the gender of the person <paramref name="context"/> (the name with its
    /// title and office: "Mme Sophie Garnier, conseillère municipale") or, without it, <paramref name="speaker"/>
    /// shows; the speaker's name itself when the gender is unknown.
    /// </summary>
    /// <param name="document">The whole document, read for a fuller mention of the same person ("Dr. Clarke" → "Dr. Fiona Clarke") when the name and context tell no gender; null to read none.</param>
    public static string SubjectPronoun(string? speaker, string? context, string language, string? document = null)
    {
        var name = (speaker ?? string.Empty).Trim();
        var french = DocumentLanguage.Normalize(language) == DocumentLanguage.French;
        var gender = SpeakerGender.Of(string.IsNullOrWhiteSpace(context) ? name : context, language);
        if (gender == PersonGender.Unknown && document is not null)
        {
            gender = DocumentSpeakers.GenderOf(name, document, language);
        }

        return gender switch
        {
            PersonGender.Masculine => french ? "il" : "he",
            PersonGender.Feminine => french ? "elle" : "she",
            _ when !french && DocumentLanguage.Normalize(language) == DocumentLanguage.English => EnglishOfficeWithArticle(name),
            _ => name,
        };
    }

    /// <summary>
    /// An English mention that is an office alone takes the definite article a name does not: "head of state" and
    /// "Deputy Head" (every word an office word), "President's economic adviser" (an office's possessive) become "the
    /// head of state", "the Deputy Head", "the President's economic adviser"; names and mentions with their article
    /// are returned as they are.
    /// </summary>
    internal static string EnglishOfficeWithArticle(string mention)
    {
        if (mention.Length == 0 || mention.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || mention.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || mention.StartsWith("an ", StringComparison.OrdinalIgnoreCase))
        {
            return mention;
        }

        if (char.IsLower(mention[0]))
        {
            return "the " + mention;
        }

        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].EndsWith("’s", StringComparison.Ordinal) || words[0].EndsWith("'s", StringComparison.Ordinal) ? words[0][..^2] : words[0];
        var offices = IsOfficeWord(first)
            && words.Skip(1).All(static word => word is "of" or "the" or "for" or "and" || IsOfficeWord(word) || (word.Length > 0 && char.IsLower(word[0])));
        return offices ? "the " + mention : mention;
    }

    private static bool IsOfficeWord(string word)
    {
        var folded = SemanticLexicon.Fold(word.ToLowerInvariant());
        return SemanticLexicon.Roles.Contains(folded) || folded is "deputy" or "head" or "vice" or "prime" or "first" or "chief" or "general" or "state";
    }

    /// <summary>
    /// English "my", "me", "mine", "myself" of a single speaker in the third person, by the speaker's gender
    /// ("my ministers" → "his ministers"); when it is unknown, the name ("Jeremy Hunt’s first priority").
    /// French possessives agree with the thing possessed (mon/ma/mes → son/sa/ses) and need no gender.
    /// </summary>
    public static string Possessive(string? text, string? speaker, string language, string? document = null)
    {
        if (string.IsNullOrEmpty(text) || DocumentLanguage.Normalize(language) != DocumentLanguage.English)
        {
            return TemplatePossessives.Singular(text, language);
        }

        var name = (speaker ?? string.Empty).Trim();
        var gender = document is null ? SpeakerGender.Of(name, language) : DocumentSpeakers.GenderOf(name, document, language);

        // "my" of an office of no known gender: "the head of state’s", not "head of state’s".
        name = EnglishOfficeWithArticle(name);
        var apostrophe = text.Contains('\'', StringComparison.Ordinal) || name.Contains('\'', StringComparison.Ordinal) ? "'" : "’";
        return EnglishFirstPerson().Replace(text, match => (match.Value, gender) switch
        {
            ("my", PersonGender.Masculine) or ("mine", PersonGender.Masculine) => "his",
            ("my", PersonGender.Feminine) => "her",
            ("mine", PersonGender.Feminine) => "hers",
            ("me", PersonGender.Masculine) => "him",
            ("me", PersonGender.Feminine) => "her",
            ("myself", PersonGender.Masculine) => "himself",
            ("myself", PersonGender.Feminine) => "herself",
            ("my" or "mine", _) when name.Length > 0 => name + apostrophe + "s",
            (_, _) when name.Length > 0 => name,
            _ => match.Value,
        });
    }

    /// <summary>
    /// The subject "office, name" of a sentence whose speaker held an office: French "Le ministre de la
    /// Santé, Frédéric Valletoux" (the article by the role word's gender, else the person's; "L’" before a
    /// vowel), English "Health Secretary Victoria Atkins". When the French gender is unknown, "Frédéric
    /// Valletoux, ministre de la Santé": the office in apposition needs no article.
    /// </summary>
    public static string OfficeHolder(string? role, string? speaker, string language)
    {
        var office = (role ?? string.Empty).Trim().Trim(',').Trim();
        var name = (speaker ?? string.Empty).Trim();
        if (office.Length == 0)
        {
            return name;
        }

        if (DocumentLanguage.Normalize(language) != DocumentLanguage.French)
        {
            // A title before the name ("Health Secretary Victoria Atkins", "as mayor" → "Mayor Daniel Okafor");
            // a description after it, in apposition closed by its comma ("Samuel Achebe, the region's director of public health,").
            if (name.Length == 0 || char.IsUpper(office[0]))
            {
                return name.Length == 0 ? office : office + " " + name;
            }

            var described = office.StartsWith("the ", StringComparison.Ordinal) || office.StartsWith("a ", StringComparison.Ordinal) || office.StartsWith("an ", StringComparison.Ordinal);
            return !described && office.Split(' ').Length <= 2
                ? char.ToUpperInvariant(office[0]) + office[1..] + " " + name
                : name + ", " + office + ",";
        }

        // An office written at the start of the sentence is capitalised ("Directeur général de…"): lower
        // its first letter unless the word is a proper name or an acronym ("Premier ministre" keeps it).
        var lowered = office.Length > 1 && char.IsUpper(office[0]) && char.IsLower(office[1]) && !office.StartsWith("Premier", StringComparison.Ordinal) && !office.StartsWith("Première", StringComparison.Ordinal)
            ? char.ToLowerInvariant(office[0]) + office[1..]
            : office;
        var headGender = SpeakerGender.Of(lowered.Split(' ', 2)[0], language);
        var gender = headGender != PersonGender.Unknown ? headGender : SpeakerGender.Of(name, language);
        if (gender == PersonGender.Unknown)
        {
            return name.Length == 0 ? office : name + ", " + lowered;
        }

        // Elision before a vowel ("L’ambassadrice"); the h of "haut-commissaire" is aspirated.
        var article = "aeiouyâàéèêëîïôûAEIOUYÂÀÉÈÊËÎÏÔÛ".Contains(lowered[0], StringComparison.Ordinal)
            ? "L’"
            : gender == PersonGender.Feminine ? "La " : "Le ";
        return name.Length == 0 ? article + lowered : article + lowered + ", " + name;
    }

    /// <summary>
    /// The subject naming the holder of an office a first-person sentence speaks in ("As Chancellor, I…",
    /// "Directeur de l’hôpital de Cannes, j’ai…"), by the document's own mention of the person with that office:
    /// en "Council leader Martin Shaw", fr "Le président Volodymyr Zelensky" (a one-word office) or "Le directeur
    /// de l’hôpital de Cannes, Yannick Bertrand," (the apposition closed by its comma). Without such a mention,
    /// the office alone, as the person's function: "The Chancellor", "Le directeur de l’hôpital de Cannes".
    /// </summary>
    public static string RoleHolder(string? role, string language, string? document)
    {
        var office = (role ?? string.Empty).Trim().Trim(',').Trim();
        if (office.Length == 0)
        {
            return office;
        }

        var french = DocumentLanguage.Normalize(language) == DocumentLanguage.French;
        var holder = DocumentSpeakers.HolderOf(office, document, french);
        if (!french)
        {
            var bare = office.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? office[4..] : office;

            // "As an adviser to the head of the Office, I…": the office keeps its own article ("An adviser to…").
            if (holder is null && (bare.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("an ", StringComparison.OrdinalIgnoreCase)))
            {
                return char.ToUpperInvariant(bare[0]) + bare[1..];
            }

            // "Nigeria's culture minister" takes no article: the possessive is its determiner.
            // A possessor that is itself an office ("President's economic adviser") still needs its article.
            var determined = PossessiveOffice().IsMatch(bare) && string.Equals(EnglishOfficeWithArticle(bare), bare, StringComparison.Ordinal);
            return holder is null
                ? determined ? char.ToUpperInvariant(bare[0]) + bare[1..] : "The " + bare
                : char.ToUpperInvariant(bare[0]) + bare[1..] + " " + holder.Value.Name;
        }

        var lowered = office.Length > 1 && char.IsUpper(office[0]) && char.IsLower(office[1]) ? char.ToLowerInvariant(office[0]) + office[1..] : office;
        var elided = "aeiouyâàéèêëîïôû".Contains(lowered[0], StringComparison.Ordinal);
        if (holder is null)
        {
            // "Le directeur de l’hôpital", "La ministre…": the office alone, its article by the role word's gender,
            // the masculine an office takes when nothing tells ("Le médecin généraliste").
            var feminine = SpeakerGender.Of(lowered.Split(' ', 2)[0], language) == PersonGender.Feminine;
            return (elided ? "L’" : feminine ? "La " : "Le ") + lowered;
        }

        var article = elided ? "L’" : holder.Value.Feminine ? "La " : "Le ";
        return lowered.Contains(' ', StringComparison.Ordinal)
            ? article + lowered + ", " + holder.Value.Name + ","
            : article + lowered + " " + holder.Value.Name;
    }

    [GeneratedRegex(@"\A\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*[’']s\s", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveOffice();

    // Lower-case whole words only: "My" opening a title or "ME" in capitals is left alone.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:my|me|mine|myself)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFirstPerson();
}
