using RulesSdk.Syntax;

namespace RulesSdk.Rules;

/// <summary>
/// Text functions available to rule templates (called from generated rule code), mostly to turn a first-person
/// quote into reported speech: "j'ai" → "il a", "I argue" → "he argues", "faire" → "a fait".
/// </summary>
/// <remarks>
/// Every function accepts any string, including empty, null or letter-free text, and never throws: text it does
/// not recognise comes back unchanged. Inflecting functions work on the first word of their argument and keep
/// the rest ("give up" → "gave up"), keep the input's capitalisation ("Ai" → "A", "ARGUE" → "ARGUES"), its
/// apostrophe style ("don’t" → "doesn’t") and its Unicode normalisation form.
/// </remarks>
public static class TemplateFunctions
{
    /// <summary>
    /// Text whose UTF-8 was read as Windows-1252 ("bÃ©atifiÃ©e" → "béatifiée", "Ukraineâ€™s" → "Ukraine’s"),
    /// read again as UTF-8; characters that do not form such a sequence are unchanged.
    /// </summary>
    public static string RepairEncoding(string text) => TemplateMojibake.Repair(text);

    /// <summary>
    /// The official spelling of a public figure's name closest to <paramref name="name"/> ("Emmanuel Macorn" →
    /// "Emmanuel Macron"), from the semantic model's gazetteer; a name it does not know comes back unchanged.
    /// </summary>
    public static string CanonicalName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return name ?? string.Empty;
        }

        // Matched as in French text, where an unaccented "Francois Hollande" is flagged: the fix restores its
        // accents. In English text such a variant is official, never flagged, so the fix never sees it.
        var (kind, canonical, _) = Semantics.PublicFigureGazetteer.Default.Match(name, allowSurnameOnly: true, DocumentLanguage.French);
        if (kind != Semantics.NameMatchKind.NearMiss || canonical is null)
        {
            return name;
        }

        // A name in an all-capitals line ("MYKHAILO PODOLYK: UKRAINE'S POSITION…") keeps the line's capitals.
        return IsAllCapitals(name) ? canonical.ToUpperInvariant() : canonical;
    }

    private static bool IsAllCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 4;
    }

    /// <summary>Culture-invariant upper case.</summary>
    public static string Upper(string text) => text?.ToUpperInvariant() ?? string.Empty;

    /// <summary>Culture-invariant lower case.</summary>
    public static string Lower(string text) => text?.ToLowerInvariant() ?? string.Empty;

    /// <summary>
    /// Upper-cases the first letter and leaves the rest unchanged, stepping over leading spaces, quotes, opening
    /// brackets and dashes: "selon" → "Selon", "« selon" → "« Selon". Text starting with a digit or a symbol is unchanged.
    /// </summary>
    public static string Capitalize(string text) =>
        string.IsNullOrEmpty(text) ? text ?? string.Empty : TemplateWordText.UpperFirstLetter(text, skipOpeningPunctuation: true);

    /// <summary>
    /// Conjugates the verb form that follows a first-person subject into the third person singular:
    /// French ("fr") "ai" → "a", "suis" → "est", "prends" → "prend", "serai" → "sera"; English ("en") "am" → "is",
    /// "'ve" → "'s", "don't" → "doesn't", "argue" → "argues", "try" → "tries". Past forms and modals are unchanged,
    /// as is everything in another language.
    /// </summary>
    public static string ThirdPerson(string verb, string language) => DocumentLanguage.Normalize(language) switch
    {
        DocumentLanguage.French => FrenchThirdPerson(verb),
        DocumentLanguage.English => TemplateWordText.InflectFirstWord(verb, TemplateEnglishVerbs.ThirdPerson, skipFrenchNe: false),
        _ => verb ?? string.Empty,
    };

    // Object pronouns between the subject and its verb ("j’en ai vu", "je le dis", "je n’y suis"): they stay, and
    // the verb after them takes the third person ("en a vu", "le dit", "n’y est").
    private static readonly string[] FrenchObjectPronouns = ["en ", "y ", "le ", "la ", "les ", "lui ", "leur ", "l’", "l'"];

    // The reflexive pronoun of "je me suis entretenu" follows the subject: "me suis" → "s’est", "me rends" → "se rend".
    private static string FrenchThirdPerson(string? verb)
    {
        // "je vous le garantis" addressed the audience: reported, the promise needs no "vous" ("le garantit"), which would
        // read as the newspaper speaking to its reader.
        if (verb is not null && verb.StartsWith("vous ", StringComparison.OrdinalIgnoreCase) && verb.Length > 5)
        {
            return FrenchThirdPerson(verb[5..]);
        }

        if (verb is not null && verb.StartsWith("ne vous ", StringComparison.OrdinalIgnoreCase) && verb.Length > 8)
        {
            // "ne vous avais" → "n’avait": without the pronoun, "ne" meets the verb and elides before a vowel.
            var afterVous = verb[8..];
            return StartsWithFrenchVowel(afterVous)
                ? verb[0] + "’" + FrenchThirdPerson(afterVous)
                : verb[..3] + FrenchThirdPerson(afterVous);
        }

        if (verb is not null && SplitFrenchObject(verb) is { } split)
        {
            return split.Head + FrenchThirdPerson(split.Verb);
        }

        if (verb is null || verb.Length < 4 || !verb.StartsWith("me ", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateWordText.InflectFirstWord(verb, TemplateFrenchVerbs.ThirdPerson, skipFrenchNe: true);
        }

        var rest = TemplateWordText.InflectFirstWord(verb[3..].TrimStart(), TemplateFrenchVerbs.ThirdPerson, skipFrenchNe: false);
        var pronoun = verb[0] == 'M' ? "S" : "s";
        return StartsWithFrenchVowel(rest)
            ? pronoun + "’" + rest
            : pronoun + "e " + rest;
    }

    // "n’en ai" → ("n’en ", "ai"), "le dis" → ("le ", "dis"); null when no object pronoun leads (or nothing follows it).
    // Before a vowel or a mute h, French elides: "s’est", "n’avait".
    private static bool StartsWithFrenchVowel(string text) =>
        text.Length > 0 && "aeiouyhâàéèêëîïôûAEIOUYHÂÀÉÈÊËÎÏÔÛ".Contains(text[0], StringComparison.Ordinal);

    private static (string Head, string Verb)? SplitFrenchObject(string verb)
    {
        var at = 0;
        if (verb.StartsWith("ne ", StringComparison.OrdinalIgnoreCase))
        {
            at = 3;
        }
        else if (verb.Length > 2 && verb[0] is 'n' or 'N' && verb[1] is '’' or '\'')
        {
            at = 2;
        }

        var objects = at;
        foreach (var pronoun in FrenchObjectPronouns)
        {
            if (verb.AsSpan(objects).StartsWith(pronoun, StringComparison.OrdinalIgnoreCase))
            {
                objects += pronoun.Length;
                while (objects < verb.Length && verb[objects] == ' ')
                {
                    objects++;
                }

                break;
            }
        }

        return objects == at || objects >= verb.Length ? null : (verb[..objects], verb[objects..]);
    }

    /// <summary>
    /// Conjugates the verb form that follows a first person plural subject into the third person plural, to
    /// restore a group written as the narrator ("Nous, les dirigeants, avons…" → "Les dirigeants ont…"): French
    /// "avons" → "ont", "sommes" → "sont", "condamnons" → "condamnent", "ne pouvons" → "ne peuvent"; English
    /// verbs are the same after "we" and "they" and come back unchanged, as does everything in another language.
    /// </summary>
    public static string ThirdPersonPlural(string verb, string language) => DocumentLanguage.Normalize(language) switch
    {
        DocumentLanguage.French => TemplateWordText.InflectFirstWord(verb, TemplateFrenchPlural.ThirdPersonPlural, skipFrenchNe: true),
        _ => verb ?? string.Empty,
    };

    /// <summary>
    /// The first-person possessives of a single speaker in the third person, to go with <see cref="ThirdPerson"/>:
    /// French "mon/ma/mes" → "son/sa/ses" ("j’ai prévenu mes ministres" → "a prévenu ses ministres"). English "my"
    /// is unchanged (his or her depends on the speaker), as is capitalised text and everything in another language.
    /// </summary>
    public static string ThirdPersonPossessive(string text, string language) => TemplatePossessives.Singular(text, language);

    /// <summary>
    /// As <see cref="ThirdPersonPossessive(string, string)"/>, for the named <paramref name="speaker"/>: English
    /// "my/me/mine/myself" become "his/him/his/himself" or "her/her/hers/herself" by the speaker's gender (the
    /// gazetteer's, a given name's, a gendered title's), or the name itself when nothing tells it.
    /// </summary>
    public static string ThirdPersonPossessive(string text, string speaker, string language) => TemplateSpeaker.Possessive(text, speaker, language);

    /// <summary>
    /// The subject pronoun for the named <paramref name="speaker"/>: "il"/"elle", "he"/"she" by the speaker's
    /// gender, or the speaker's name itself when nothing tells the gender (never a guess).
    /// </summary>
    public static string SubjectPronoun(string speaker, string language) => TemplateSpeaker.SubjectPronoun(speaker, null, language);

    /// <summary>
    /// As <see cref="SubjectPronoun(string, string)"/>, the gender read from <paramref name="context"/>: the name
    /// with its title and office ("Mme Sophie Garnier, conseillère municipale"); the name alone when it tells none.
    /// </summary>
    public static string SubjectPronoun(string speaker, string context, string language) => TemplateSpeaker.SubjectPronoun(speaker, context, language);

    /// <summary>
    /// As <see cref="SubjectPronoun(string, string, string)"/>; when the name and context tell no gender, the
    /// <paramref name="document"/>'s fuller mentions of the same person do ("Dr. Clarke" → "Dr. Fiona Clarke" → "she").
    /// </summary>
    public static string SubjectPronoun(string speaker, string context, string language, string document) => TemplateSpeaker.SubjectPronoun(speaker, context, language, document);

    /// <summary>
    /// As <see cref="ThirdPersonPossessive(string, string, string)"/>, the gender read from the
    /// <paramref name="document"/>'s fuller mentions of the speaker when the name tells none.
    /// </summary>
    public static string ThirdPersonPossessive(string text, string speaker, string language, string document) => TemplateSpeaker.Possessive(text, speaker, language, document);

    /// <summary>
    /// The subject naming the holder of <paramref name="role"/> as the <paramref name="document"/> names them
    /// ("council leader" → "Council leader Martin Shaw"; "directeur de l’hôpital de Cannes" → "Le directeur de
    /// l’hôpital de Cannes, Yannick Bertrand,"), or the office alone ("The Chancellor", "Le directeur…").
    /// </summary>
    public static string RoleHolder(string role, string language, string document) => TemplateSpeaker.RoleHolder(role, language, document);

    /// <summary>
    /// A French pledge in the future, reported: the third-person future <paramref name="verb"/> ("continuera",
    /// "resteront") becomes "a assuré qu’elle continuerait", "ont assuré qu’ils resteraient", the pronoun by the
    /// gender of <paramref name="speaker"/> (read in the <paramref name="document"/> too); unchanged when that
    /// gender is unknown for a single speaker, when the verb is no future, and in English.
    /// </summary>
    public static string ReportedPromise(string verb, string speaker, string language, string document) => TemplatePromise.Verb(verb, speaker, language, document);

    /// <summary>The rest of a pledge that <see cref="ReportedPromise"/> reports, its futures in the conditional ("n’aura rien signé" → "n’aurait rien signé").</summary>
    public static string PromiseRest(string rest, string speaker, string language, string document) => TemplatePromise.Rest(rest, speaker, language, document);

    /// <summary>
    /// The rest of a first-person sentence given back to <paramref name="speaker"/> by morphology: every further
    /// "je"/"I" becomes the speaker's pronoun (or name, when the gender is unknown) with its verb in the third
    /// person, whatever the verb ("…, et je publierai" → "…, et il publiera"; "…, and I will" → "…, and she will"),
    /// with the possessives, reflexives and stressed forms ("mon" → "son", "moi-même" → "lui-même", "my" → "her").
    /// </summary>
    public static string ThirdPersonRest(string text, string speaker, string language, string document) => TemplateClause.Singular(text, speaker, language, document);

    /// <summary>
    /// The person a first-person sentence continues, from the <paramref name="previous"/> sentence: its named
    /// subject, else the last person it names outside quotation marks; "il"/"elle", "he"/"she" by that person's
    /// gender, else the mention itself ("the Chancellor"); empty when it names nobody.
    /// </summary>
    public static string AntecedentSubject(string previous, string language, string document) => TemplateAntecedent.Subject(previous, language, document);

    /// <summary>The rest of a group's first-person sentence in the third person plural: "nous avons" → "ils ont", "nos" → "leurs", "we" → "they", "us" → "them".</summary>
    public static string ThirdPersonPluralRest(string text, string language) => TemplateClause.Plural(text, language);

    /// <summary>
    /// The subject "office, name" of a sentence whose speaker speaks as an office holder: French "Le ministre de
    /// la Santé, Frédéric Valletoux" / "La ministre…" / "L’ambassadrice…" (the role word's gender, else the
    /// speaker's), or "Frédéric Valletoux, ministre de la Santé" when neither is known; English "Health
    /// Secretary Victoria Atkins".
    /// </summary>
    public static string OfficeHolder(string role, string speaker, string language) => TemplateSpeaker.OfficeHolder(role, speaker, language);

    /// <summary>
    /// The first-person possessives of a group in the third person plural, to go with <see cref="ThirdPersonPlural"/>:
    /// French "notre/nos" → "leur/leurs", English "our/ours" → "their/theirs".
    /// </summary>
    public static string ThirdPersonPluralPossessive(string text, string language) => TemplatePossessives.Plural(text, language);

    /// <summary>
    /// The verb of a first-person clause reported after a past reporting verb, its tense shifted back as English
    /// reported speech does ("said I am delighted" → "said he was delighted"): English "am"/"is" → "was",
    /// "have" → "had", "will" → "would", "can" → "could", a present → its simple past ("thank" → "thanked"); past
    /// forms and modals are unchanged, as is everything in another language (French keeps the tense written).
    /// </summary>
    public static string ReportedPast(string verb, string language) => DocumentLanguage.Normalize(language) switch
    {
        DocumentLanguage.English => TemplateWordText.InflectFirstWord(verb, TemplateBackshift.Backshift, skipFrenchNe: false),
        _ => verb ?? string.Empty,
    };

    /// <summary>
    /// Past participle of an infinitive. French: masculine singular ("faire" → "fait", "venir" → "venu",
    /// "se défendre" → "défendu"). English: the past participle ("take" → "taken", "argue" → "argued").
    /// Text that is not an infinitive, or in another language, is unchanged.
    /// </summary>
    public static string PastParticiple(string infinitive, string language)
    {
        switch (DocumentLanguage.Normalize(language))
        {
            case DocumentLanguage.French:
                return InflectWhole(infinitive, TemplateFrenchVerbs.PastParticiple);
            case DocumentLanguage.English:
                return TemplateWordText.InflectFirstWord(infinitive, TemplateEnglishVerbs.PastParticiple, skipFrenchNe: false);
            default:
                return infinitive ?? string.Empty;
        }
    }

    /// <summary>
    /// French passé composé, third person singular, of an infinitive: "faire" → "a fait", "venir" → "est venu",
    /// "se défendre" → "s’est défendu" (the input's apostrophe style, or ’ when it has none).
    /// Text that is not an infinitive is unchanged.
    /// </summary>
    public static string PasseCompose(string infinitive) => InflectWhole(infinitive, TemplateFrenchVerbs.PasseCompose);

    /// <summary>
    /// English simple past of a bare verb: "argue" → "argued", "stop" → "stopped", "try" → "tried", "say" → "said",
    /// "refer" → "referred". Forms already in the past and modals without a past (must) are unchanged.
    /// </summary>
    public static string SimplePast(string verb) =>
        TemplateWordText.InflectFirstWord(verb, TemplateEnglishVerbs.SimplePast, skipFrenchNe: false);

    /// <summary>
    /// Applies a French infinitive mapping to the whole argument (it may be "se défendre"), keeping surrounding
    /// whitespace, and returns the argument unchanged when the mapping does not recognise it.
    /// </summary>
    private static string InflectWhole(string? text, Func<string, string?> map)
    {
        if (string.IsNullOrEmpty(text) || !TemplateWordText.ContainsLetter(text))
        {
            return text ?? string.Empty;
        }

        var start = 0;
        while (char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var core = text[start..end];
        var result = TemplateWordText.Inflect(core, map, TemplateWordText.TypographicApostrophe);
        return result is null ? text : string.Concat(text.AsSpan(0, start), result, text.AsSpan(end));
    }
}
