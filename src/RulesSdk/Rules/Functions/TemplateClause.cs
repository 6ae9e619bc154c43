using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;

namespace RulesSdk.Rules;

/// <summary>
/// The rest of a first-person sentence given back to its speaker by morphology, not by phrase: after the first
/// verb that a rule rewrites, every further first-person subject of the same speaker ("…, et je publierai",
/// "…, and I will go on") becomes the speaker's pronoun with its verb in the third person, whatever the verb,
/// and the possessive, reflexive and stressed forms follow ("mon mandat" → "son mandat", "moi-même" →
/// "lui-même", "my signature" → "her signature", "nos stocks" → "leurs stocks", "us" → "them").
/// </summary>
/// <remarks>
/// Only forms whose third person does not depend on the syntax are rewritten: an unstressed French object "me"
/// (le or lui?) and an English "me" of a speaker of unknown gender keep the forms <see cref="TemplateSpeaker"/>
/// gives them; a pronoun the gender does not tell is the speaker's name, never a guess.
/// </remarks>
internal static partial class TemplateClause
{
    private static readonly string[] Articles = ["Le ", "La ", "Les ", "L’", "L'", "The "];

    /// <summary>The rest of a single speaker's sentence in the third person singular.</summary>
    public static string Singular(string? text, string? speaker, string language, string? document) =>
        Singular(text, speaker, language, document, frenchBackshift: false);

    /// <summary>
    /// The rest of a single speaker's sentence in the third person singular; with <paramref name="frenchBackshift"/>,
    /// French first-person verbs also shift back, as reported words after a past reporting verb do.
    /// </summary>
    public static string Singular(string? text, string? speaker, string language, string? document, bool frenchBackshift)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var lang = DocumentLanguage.Normalize(language);
        if (lang == DocumentLanguage.French)
        {
            var pronoun = Pronoun(speaker, language, document);
            var rewritten = FrenchSubject().Replace(text, match => FrenchSingularClause(match, pronoun,
                frenchBackshift && !TemplateFrenchBackshift.CallsForSubjunctive(text.AsSpan(0, match.Index))));
            rewritten = FrenchStressed().Replace(rewritten, match => FrenchStressedForm(match, pronoun));

            // « on m’a demandé » → « on lui a demandé »: the speaker's object under another subject.
            rewritten = pronoun.Length == 0 ? rewritten : TemplateFrenchObjects.Singular(rewritten, pronoun);
            return TemplatePossessives.Singular(rewritten, language);
        }

        if (lang == DocumentLanguage.English)
        {
            var pronoun = Pronoun(speaker, language, document);
            var rewritten = EnglishSubject().Replace(text, match => EnglishSingularClause(match, pronoun));
            return TemplateSpeaker.Possessive(rewritten, speaker, language, document);
        }

        return text;
    }

    /// <summary>The rest of a group's sentence in the third person plural ("nous avons" → "ils ont", "we" → "they").</summary>
    public static string Plural(string? text, string language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var lang = DocumentLanguage.Normalize(language);
        if (lang == DocumentLanguage.French)
        {
            var rewritten = FrenchPluralSubject().Replace(text, FrenchPluralClause);

            // "selon nous", "pour nous": the stressed pronoun after a preposition is the group's, "eux".
            rewritten = FrenchStressedPlural().Replace(rewritten, static match => match.Groups["preposition"].Value + " eux");
            if (!string.Equals(rewritten, text, StringComparison.Ordinal))
            {
                // "que nous" became "que ils": French elides it, "qu’ils" (in the text's apostrophe style).
                var apostrophe = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('’', StringComparison.Ordinal) ? "'" : "’";
                rewritten = FrenchElidedQue().Replace(rewritten, match => match.Groups["head"].Value + apostrophe);
            }

            return TemplatePossessives.Plural(rewritten, language);
        }

        if (lang == DocumentLanguage.English)
        {
            var rewritten = EnglishPluralWord().Replace(text, static match => match.Value switch
            {
                "we" => "they",
                "us" => "them",
                "ourselves" => "themselves",
                _ => match.Value,
            });
            return TemplatePossessives.Plural(rewritten, language);
        }

        return text;
    }

    // il/elle, he/she by the speaker's known gender; the speaker's name when nothing tells it.
    private static string Pronoun(string? speaker, string language, string? document)
    {
        var name = (speaker ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            return string.Empty;
        }

        var pronoun = TemplateSpeaker.SubjectPronoun(name, null, language, document);
        if (pronoun is "Il" or "Elle" or "He" or "She" or "il" or "elle" or "he" or "she")
        {
            return pronoun.ToLowerInvariant();
        }

        // An English office without its article ("head of state", from "As head of state, I…") takes one: "and the head of
        // state expressed", not "and head of state expressed".
        if (DocumentLanguage.Normalize(language) == DocumentLanguage.English)
        {
            var withArticle = TemplateSpeaker.EnglishOfficeWithArticle(pronoun);
            if (!string.Equals(withArticle, pronoun, StringComparison.Ordinal))
            {
                return withArticle;
            }
        }

        // A name keeps its capitals; an office with its article is lowered mid-sentence ("Le maire" → "le maire").
        foreach (var article in Articles)
        {
            if (pronoun.StartsWith(article, StringComparison.Ordinal))
            {
                return char.ToLowerInvariant(pronoun[0]) + pronoun[1..];
            }
        }

        return pronoun;
    }

    // Also the head of restore third person (SpeakerRestoration): its subject match has the same groups.
    internal static string FrenchSingularClause(Match match, string pronoun, bool backshift = false)
    {
        if (pronoun.Length == 0)
        {
            return match.Value;
        }

        var verb = backshift && TemplateFrenchBackshift.Backshift(match.Groups["verb"].Value.ToLowerInvariant()) is { } past
            ? past
            : TemplateFunctions.ThirdPerson(match.Groups["verb"].Value, "fr");
        var objects = match.Groups["objects"].Captures.Select(static capture => capture.Value).ToList();
        var next = verb;
        for (var i = objects.Count - 1; i >= 0; i--)
        {
            // The reflexive follows the subject ("je me suis" → "il s’est", "je m’appelle" → "il s’appelle").
            var key = TemplateWordText.ToKey(objects[i].Trim());
            if (key is "me" or "m'")
            {
                objects[i] = StartsWithVowel(next) ? "s’" : "se ";
            }

            next = objects[i];
        }

        var negation = match.Groups["ne"].Value;
        if (negation.Length > 0 && StartsWithVowel(next) && negation.StartsWith("ne", StringComparison.Ordinal) && !negation.Contains('’') && !negation.Contains('\''))
        {
            // "je ne suis" → "il n’est".
            negation = "n’";
        }

        return pronoun + " " + negation + string.Concat(objects) + verb;
    }

    private static bool StartsWithVowel(string word) =>
        word.Length > 0 && "aeiouyhâàéèêëîïôû".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal);

    private static string FrenchStressedForm(Match match, string pronoun)
    {
        // An office with its article tells the gender as the article does ("le responsable" → "lui-même").
        var third = pronoun switch
        {
            "il" => "lui",
            "elle" => "elle",
            _ when pronoun.StartsWith("le ", StringComparison.OrdinalIgnoreCase) => "lui",
            _ when pronoun.StartsWith("la ", StringComparison.OrdinalIgnoreCase) => "elle",
            _ => OfficeStressed(pronoun),
        };
        return third is null ? match.Value : third + match.Groups["same"].Value;
    }

    // A bare office ("Responsable de Human Rights Watch pour la Syrie"), which the repair writes with the masculine article
    // unless its word is feminine ("Le responsable …"): its stressed form follows that article. A name tells nothing here.
    private static string? OfficeStressed(string mention)
    {
        var word = mention.Split(' ', 2)[0];
        var folded = SemanticLexicon.Fold(word.ToLowerInvariant());
        if (word.Length == 0 || !(SemanticLexicon.Roles.Contains(folded) || SpeakerSubjects.Occupations.Value.Contains(folded)))
        {
            return null;
        }

        return SpeakerGender.Of(word, DocumentLanguage.French) == PersonGender.Feminine ? "elle" : "lui";
    }

    private static string FrenchPluralClause(Match match)
    {
        var reflexive = match.Groups["reflexive"].Success;
        var verb = TemplateFunctions.ThirdPersonPlural(match.Groups["verb"].Value, "fr");
        if (!reflexive)
        {
            return "ils " + verb;
        }

        // "nous nous félicitons" → "ils se félicitent", "nous nous en" → "ils s’en".
        return StartsWithVowel(verb) ? "ils s’" + verb : "ils se " + verb;
    }

    private static string EnglishSingularClause(Match match, string pronoun)
    {
        if (pronoun.Length == 0)
        {
            return match.Value;
        }

        if (match.Groups["contraction"].Success)
        {
            var contraction = match.Groups["contraction"].Value;
            var third = TemplateFunctions.ThirdPerson(contraction, "en");
            return pronoun is "he" or "she" ? pronoun + third : pronoun + " " + ExpandContraction(contraction);
        }

        // Adverbs before the verb stay where they are ("and I never will" → "and he never will").
        return pronoun + match.Groups["space"].Value + match.Groups["adverbs"].Value + TemplateFunctions.ThirdPerson(match.Groups["verb"].Value, "en");
    }

    // After a name, a contraction is written out: "Okafor’ll" is no English.
    private static string ExpandContraction(string contraction) => TemplateWordText.ToKey(contraction) switch
    {
        "'m" => "is",
        "'ve" => "has",
        "'ll" => "will",
        "'d" => "would",
        _ => contraction,
    };

    // "je"/"j’" (lower case: the rest of a sentence) with a negation and object pronouns before the verb.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:je\s+|j[’']\s*)(?<ne>ne\s+|n[’']\s*)?(?:(?<objects>(?:me|le|la|les|lui|leur|y|en|vous)\s+|[mlt][’']\s*))*(?<verb>\p{Ll}[\p{Ll}-]*)(?![\p{L}’'])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchSubject();

    // "moi", "moi-même" (not "Moi" opening a sentence the rule does not own).
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])moi(?<same>-même)?(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchStressed();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?<preposition>selon|pour|avec|chez|entre|sans|contre|par|envers|comme)\s+nous(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchStressedPlural();

    // "nous" subject: followed by its verb in -ons or "sommes", optionally reflexive ("nous nous félicitons").
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])nous\s+(?<reflexive>nous\s+)?(?<verb>(?:ne\s+|n[’']\s*)?(?:\p{Ll}+ons|sommes))(?![\p{L}’'])", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchPluralSubject();

    // "que ils", "lorsque ils": the e that French elides before the pronoun the plural clause wrote.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?<head>[Qq]u|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)e\s+(?=ils(?![\p{L}’'-]))", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchElidedQue();

    // "I" before a lower-case verb (after adverbs: "I never will") or a contraction; not after a capitalised word
    // ("World War I ended", "Charles I").
    [GeneratedRegex(@"(?<![\p{Lu}][\p{L}.]*\s)(?<![\p{L}\p{Nd}’'-])I(?:(?<contraction>[’'](?:m|ve|ll|d))|(?<space>\s+)(?<adverbs>(?:(?:also|still|never|always|already|just|now|then|once|even|only|again|too|first|often|soon|later|(?!(?:supply|multiply|comply|reply|apply|rely|imply|ally|rally|tally|bully)(?![\p{L}]))\p{Ll}{3,}ly)\s+){0,3})(?<verb>\p{Ll}[\p{Ll}’'-]*))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSubject();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:we|us|ourselves)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPluralWord();
}
