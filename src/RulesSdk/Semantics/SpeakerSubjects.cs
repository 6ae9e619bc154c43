using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RulesSdk.Semantics;

/// <summary>
/// Who a sentence is about, for the clause after it that goes on in the first person: a person not named at
/// the sentence's start ("Elle a déposé plainte.", "À Bruxelles, le commissaire Thierry Breton a salué…",
/// "The secretary turned to training."), a group of people ("Delegates from small island states said…",
/// "Dr. Mensah and her co-investigators now plan…"), or, in the clause itself, a function held by the
/// subject ("Astrophysicienne à l’Observatoire, je…", "As the senior investigating officer, I…", "le réseau
/// que je dirige"). The role and occupation words are data (Semantics/Data/roles.txt, occupations.txt).
/// </summary>
internal static partial class SpeakerSubjects
{
    internal static readonly Lazy<FrozenSet<string>> Occupations = new(() => SemanticLexicon.ReadLines("occupations.txt").Select(SemanticLexicon.Fold).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether the sentence's subject is one person: a third-person pronoun, a role or an occupation with its article (capitalised too: "The Deputy Prime Minister", « Le Premier ministre »), a title and a name (after an optional adverbial).</summary>
    public static bool IsAboutOnePerson(ReadOnlySpan<char> sentence, bool french)
    {
        var match = (french ? FrenchSingularSubject() : EnglishSingularSubject()).Match(sentence.ToString());
        return match.Success && (match.Groups["pronoun"].Success || match.Groups["title"].Success || AnyPersonWord(match.Groups["words"].Value, plural: false));
    }

    /// <summary>Whether the sentence's subject is a group of people: "ils", "they", a plural occupation, two names, a name "and her colleagues".</summary>
    public static bool IsAboutAGroup(ReadOnlySpan<char> sentence, bool french)
    {
        var match = (french ? FrenchPluralSubject() : EnglishPluralSubject()).Match(sentence.ToString());
        return match.Success && (match.Groups["pronoun"].Success || match.Groups["pair"].Success || AnyPersonWord(match.Groups["words"].Value, plural: true));
    }

    /// <summary>Whether the text names what its first-person subject leads: "le réseau que je dirige", "the team I lead".</summary>
    public static bool Leads(ReadOnlySpan<char> text, bool french) => (french ? FrenchLeads() : EnglishLeads()).IsMatch(text);

    /// <summary>
    /// Whether the clause opens with the function of its first-person subject, in apposition ("Médecin
    /// généraliste à Lille, je…", "Commissaire de l’exposition, je…", "As the museum's director, I…", "As
    /// the senior investigating officer, I…").
    /// </summary>
    public static bool HoldsAFunction(ReadOnlySpan<char> clause, bool french)
    {
        var match = (french ? FrenchFunctionApposition() : EnglishFunctionApposition()).Match(clause.ToString());
        return match.Success && AnyPersonWord(match.Groups["words"].Value, plural: false);
    }

    // A role or occupation among the words, singular (or plural: "délégués", "co-investigators"); a two-word
    // role too ("cabinet member", "chief executive").
    private static bool AnyPersonWord(string words, bool plural)
    {
        var split = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < split.Length; i++)
        {
            var word = SemanticLexicon.Fold(split[i].Trim(',', '’', '\''));
            if (IsPersonWord(word, plural) || (i + 1 < split.Length && IsPersonWord(word + " " + SemanticLexicon.Fold(split[i + 1].Trim(',')), plural)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonWord(string word, bool plural)
    {
        if (!plural)
        {
            return Occupations.Value.Contains(word) || SemanticLexicon.Roles.Contains(word);
        }

        return word.Length > 3 && (word.EndsWith('s') || word.EndsWith('x'))
            && (Occupations.Value.Contains(word[..^1]) || SemanticLexicon.Roles.Contains(word[..^1])
                || (word.EndsWith("aux", StringComparison.Ordinal) && Occupations.Value.Contains(word[..^3] + "al")));
    }

    // An adverbial before the subject ("À Bruxelles, ", "In her statement, "), then: il/elle (not impersonal),
    // an article and up to three lower-case words (the role: "la ministre", "le commissaire"), a title and a
    // name, or (English) a word, a role and a name ("Rovers captain Sam Deacon").
    [GeneratedRegex(@"\A\s*(?:[^,;:.!?«»“”""]{1,60},\s*)?(?:(?<pronoun>Il|Elle|il|elle)\b(?!\s+(?:y\s+a|y\s+avait|faut|fallait|semble|semblait|paraît|para[iî]t|s[’']agit|s[’']agissait|est\s+(?:possible|probable|clair|temps|question|vrai|difficile|important|nécessaire|prévu)))|(?:Le|La|L[’']|le|la|l[’'])\s*(?<words>(?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\b|(?<title>(?:M\.|Mme|Me|Dr|Pr)\s+\p{Lu}))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSingularSubject();

    [GeneratedRegex(@"\A\s*(?:[^,;:.!?“”""]{1,60},\s*)?(?:(?<pronoun>He|She|he|she)\b|(?:The|the)\s+(?<words>(?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\b|(?<title>(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof)\.?\s+\p{Lu})|(?<words>\p{Lu}\p{Ll}+\s+\p{Ll}[\p{Ll}-]+)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSingularSubject();

    // "Ils", "Les délégués…", "Gérard Fabre et Louise Carpentier", "Mme Marty et son frère".
    [GeneratedRegex(@"\A\s*(?:[^,;:.!?«»“”""]{1,60},\s*)?(?:(?<pronoun>Ils|Elles|ils|elles)\b|(?:Les|Des|Plusieurs|Certains|Certaines|Quelque|les|des)\s+(?<words>(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\b|(?<pair>(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+)*\s+et\s+(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?(?:\p{Lu}\p{Ll}|(?:ses|son|sa|leurs?)\s+\p{Ll})))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPluralSubject();

    [GeneratedRegex(@"\A\s*(?:[^,;:.!?“”""]{1,60},\s*)?(?:(?<pronoun>They|they)\b|(?:(?:The|Some|Many|Several|Two|Three|the)\s+)?(?<words>(?:\p{L}[\p{Ll}-]*\s+){0,2}\p{L}[\p{Ll}-]*s)\b|(?<pair>(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof)\.?\s+)?\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]+)*\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof)\.?\s+)?(?:\p{Lu}\p{Ll}|(?:his|her|their)\s+\p{Ll})))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPluralSubject();

    // A function in apposition before "je": up to six words that start with a capitalised role or occupation.
    [GeneratedRegex(@"\A\s*(?<words>\p{Lu}\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)(?:\s+[^,;:.!?«»“”""]{1,80}?)?\s*,\s*(?:je\b|j[’'])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchFunctionApposition();

    [GeneratedRegex(@"\A\s*(?:As|Speaking\s+as|In\s+my\s+(?:role|capacity)\s+as)\s+(?:(?:the|a|an|our)\s+)?(?:[\p{L}-]+[’']s\s+)?(?<words>(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?:\s+(?:of|for|at|in|on)\s+[^,;:.!?“”""]{1,60})?\s*,\s*I\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishFunctionApposition();

    [GeneratedRegex(@"\b(?:que|qu[’'])\s*(?:je|j[’'])\s*(?:dirige|préside|pilote|coordonne|anime|représente|ai\s+fondée?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchLeads();

    [GeneratedRegex(@"\b(?:(?:that|which)\s+)?I\s+(?:lead|chair|direct|founded|co-founded|represent|coordinate)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishLeads();
}
