using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// The last look before a narrator's first-person clause is called an opinion: shapes that say it is
/// another kind's leak although no cue of the classifier named it. A named speaker: a bare role or
/// profession in apposition at the head of the sentence ("Médecin généraliste à Lille, je …"), the
/// narrator heading an organisation ("le réseau que je dirige", "my department"), a person named at the
/// head of the previous sentence, with an apposition or a title before the name ("Rovers captain Sam
/// Deacon, who …, apologised. I let the fans down"); a witness with a sense or an access the witness cues
/// do not list ("nous avons senti le sol vibrer", "I was given a preview", "I was lucky enough to look through…",
/// "Having dived the site…, I…"); a planned deed ("j’envisage
/// de"). A clause that holds a belief or a feeling ("je trouve", "I think") stays an opinion whatever the
/// context. The assistant speaking of the source text ("le texte d’origine", "the original article") is
/// read once per sentence, with the classifier's other cues of the text about itself.
/// </summary>
internal static partial class OtherKindShapes
{
    /// <summary>
    /// Whether the sentence names the text the narrator was given ("le texte d’origine", "the original
    /// article"): its first-person clauses are then the assistant's. Asked once per sentence.
    /// </summary>
    public static bool NamesTheSourceText(ReadOnlySpan<char> sentence) =>
        FrenchSourceText().IsMatch(sentence) || EnglishSourceText().IsMatch(sentence);

    /// <summary>The kind the clause's shape gives, or <see cref="NarratorStance.Opinion"/> when none does.</summary>
    public static NarratorStance Explain(SentenceSyntax sentence, TextSpan clause, string prose, ReadOnlySpan<char> upTo, bool french)
    {
        var own = prose.AsSpan(clause.Start, clause.Length);
        if ((french ? FrenchSensed() : EnglishSensed()).IsMatch(own) || (french ? FrenchBeenThere() : EnglishBeenThere()).IsMatch(upTo))
        {
            return NarratorStance.Witness;
        }

        // An office held or an organisation led names the speaker even before a belief ("Commissaire de
        // l’exposition, je souhaite …"); a person named by the previous sentence does not outweigh one.
        if ((french && FrenchRoleApposition().IsMatch(upTo))
            || (french ? FrenchLeadsAnOrganisation() : EnglishLeadsAnOrganisation()).IsMatch(upTo))
        {
            return NarratorStance.Speaker;
        }

        if (NarratorShapes.HoldsBelief(own, french))
        {
            return NarratorStance.Opinion;
        }

        if (NamedAtTheHeadOfThePreviousSentence(sentence, clause, prose, french))
        {
            return NarratorStance.Speaker;
        }

        if ((french ? FrenchPlan() : EnglishPlan()).IsMatch(own))
        {
            return NarratorStance.Account;
        }

        // An opinion needs positive evidence of a view: "first person, not quoted" alone is not one.
        if (JudgementCues.ShowJudgement(prose, ClauseAnalyzer.Trim(prose, sentence.Span), clause, french))
        {
            return NarratorStance.Opinion;
        }

        // The narrator only on the receiving end of the scene: someone of the story hands, shows, sends or tells the
        // narrator something, or lets the narrator see it ("les images qui nous ont été transmises", "il nous a été
        // donné de rencontrer", "the decree reached us here", "which greeted us this morning", "we were told").
        return (french ? FrenchReceived() : EnglishReceived()).IsMatch(own) ? NarratorStance.Witness : NarratorStance.Unmarked;
    }

    /// <summary>"Josef Aschbacher, directeur général de l’ESA, a salué … Je veux remercier …": the clause opens its sentence in the first person and the previous sentence of the block opens with a person's name.</summary>
    private static bool NamedAtTheHeadOfThePreviousSentence(SentenceSyntax sentence, TextSpan clause, string prose, bool french)
    {
        if (sentence.Index == 0 || clause.Start > ClauseAnalyzer.Trim(prose, sentence.Span).Start
            || !(french ? FrenchOpensInFirstPerson() : EnglishOpensInFirstPerson()).IsMatch(prose.AsSpan(clause.Start, clause.Length)))
        {
            return false;
        }

        var previous = sentence.Block.Sentences[sentence.Index - 1].Span;
        return (french ? FrenchOpensWithName() : EnglishOpensWithName()).IsMatch(prose.AsSpan(previous.Start, previous.Length));
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The text the narrator was given: "le texte d’origine", "l’article source", "the original article".
    [GeneratedRegex(@"\b(?:texte|article|dépêche|passage)\s+(?:d[’']\s*origine|original|originale|source|de\s+départ|fourni)\b", Options, 1000)]
    private static partial Regex FrenchSourceText();

    [GeneratedRegex(@"\b(?:original|source)\s+(?:text|article|story|piece|copy|wording)\b|\bin\s+the\s+original\b", Options, 1000)]
    private static partial Regex EnglishSourceText();

    // A sense or an access the witness cues do not list: "nous avons senti le sol vibrer", "I was given a preview";
    // a feeling ("I felt a knot in my stomach", "I felt sad") is no sense.
    [GeneratedRegex(@"\b(?:je\s+|j[’']\s*|nous\s+)(?:ne\s+|n[’']\s*)?(?:(?:l[’']|le|la|les|en|y)\s*)?(?:(?:ai|avons|avais|avions)\s+)?(?:senti|sentions|sentais|ressenti|ressentions|humé|croisé|croisions|visité|suivi\s+de\s+près)\b|\b(?:on\s+)?(?:m[’']|nous)\s*(?:a|avait)\s+(?:fait\s+visiter|montré|présenté|ouvert\s+les\s+portes)", Options, 1000)]
    private static partial Regex FrenchSensed();

    [GeneratedRegex(@"\b(?:I|[Ww]e)\s+(?:had\s+|have\s+)?(?:felt(?!\s+(?:a|an|the)\s+(?:knot|pang|lump|chill|shiver|surge|wave|rush|twinge|flash|flicker|sting|sinking)\b)(?!\s+(?:sad|angry|sick|uneasy|proud|ashamed|relieved|hopeful|helpless|numb|betrayed|moved|sorry|so|very|deeply|a\s+little)\b)|smelt|smelled|sensed|glimpsed|spotted|toured|visited)\b|\b(?:I|[Ww]e)\s+(?:was|were)\s+(?:lucky|fortunate|privileged)\s+enough\s+to\s+\p{Ll}+|\b(?:I|[Ww]e)\s+(?:\p{Ll}+\s+)?(?:looked|peered|peeked|glanced)\s+(?:through|into|inside|at)\b|\b(?:I|[Ww]e)\s+(?:was|were|had\s+been|have\s+been)\s+(?:\p{Ll}+\s+)?(?:given|shown|offered|granted|taken|allowed|invited)\s+(?:\p{Ll}+\s+){0,2}(?:preview|tour|look|glimpse|access|inside|behind|round|around|through|to\s+(?:see|watch|visit|tour))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSensed();

    // A head that puts the narrator at the scene before the pronoun: "Having dived the site in March, I …",
    // "Pour avoir arpenté le marché, je …", "Ayant visité l’usine, nous …".
    [GeneratedRegex(@"\A\s*(?:Pour\s+(?:y\s+)?avoir|Ayant)\s+(?:(?:moi-même|nous-mêmes|personnellement|déjà|longuement)\s+)?(?:été|vu|visité|arpenté|parcouru|assisté|couvert|suivi|plongé|marché|traversé|passé\s+\p{L}+|séjourné|vécu)\b[^,;:.!?«»“”""]{0,100},\s*(?:je\b|j[’']|nous\b)", Options, 1000)]
    private static partial Regex FrenchBeenThere();

    [GeneratedRegex(@"\A\s*Having\s+(?:(?:personally|recently|also|once|myself)\s+)?(?:been|seen|visited|toured|walked|dived|dove|swum|flown|sailed|driven|climbed|attended|watched|covered|reported\s+from|spent\s+\p{L}+)\b[^,;:.!?“”""]{0,100},\s*(?:I|[Ww]e)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishBeenThere();

    // A role or a profession without article at the head of the sentence, then the pronoun: "Médecin
    // généraliste à Lille, je …", "Commissaire de l’exposition, je …". Not an adverb, a participle or an
    // adjective ("Franchement, je", "Passionné de vélo, je"), an imperative ("Avouons-le, nous"), an exclamation ("Quelle tristesse de voir
    // …, j’en suis …"), a preposition or a connective, and no infinitive in the apposition.
    [GeneratedRegex(@"\A\s*(?!(?:En|Au|Aux|À|A|Dans|Pour|Par|Avec|Sans|Comme|Depuis|Selon|Après|Avant|Lors|Ici|Là|Hier|Demain|Aujourd|Ce|Cet|Cette|Ces|Le|La|Les|L|Un|Une|Des|Du|De|Mais|Et|Puis|Alors|Ainsi|Enfin|Bref|Certes|Oui|Non|Bien|Tout|Toute|Tous|Même|Quant|Face|Outre|Malgré|Entre|Sur|Sous|Vers|Chez|Moi|Nous|Personnellement|Franchement|Honnêtement|Sincèrement|Quel|Quelle|Quels|Quelles|Comment|Pourquoi|Combien|Que|Qui|Où|Hélas|Ah|Oh|Voilà|Voici)\b)(?![^,.!?]{0,80}\b(?:de|d[’']|à)\s*\p{Ll}{2,}(?:er|ir|re|oir)\b)\p{Lu}\p{Ll}{2,}(?<!ment|é|ée|és|ées|ant|ante|ants|antes|eux|euse|if|ive|al|ale|ons|ez)(?:[\s-]+[\p{L}’'-]+){0,5}\s*,\s*(?:je\b|j[’']|nous\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchRoleApposition();

    // The narrator heads an organisation or speaks for its staff: "le réseau que je dirige", "mon ministère".
    [GeneratedRegex(@"\b(?:que|qu[’'])\s*(?:je|nous)\s+(?:dirige|dirigeons|préside|présidons|représente|représentons|pilote|pilotons|coordonne|coordonnons|anime|animons|commande|entraîne)\b|\b(?:mon|mes|notre|nos)\s+(?:ministère|gouvernement|administration|services|équipes?|collaborateurs|collaboratrices|agents|joueurs|joueuses|élèves|soldats|troupes|laboratoire|conseil\s+d[’']administration|cabinet|mandat|circonscription|administrés|concitoyens|compatriotes)\b", Options, 1000)]
    private static partial Regex FrenchLeadsAnOrganisation();

    [GeneratedRegex(@"\b(?:that|which)?\s*(?:I|[Ww]e)\s+(?:lead|run|head|chair|direct|represent|coordinate|manage|coach|captain)\b|\b(?:[Mm]y|[Oo]ur)\s+(?:department|ministry|government|administration|staff|officials|team\s+of\s+\p{L}+|players|squad|soldiers|troops|laboratory|lab|board|cabinet|office|constituents|constituency|fellow\s+citizens|compatriots)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishLeadsAnOrganisation();

    // A planned deed the intent cues do not list: "j’envisage de", "nous comptons", "je m’apprête à".
    [GeneratedRegex(@"\b(?:je\s+|j[’']\s*|nous\s+)(?:(?:l[’']|le|la|les|leur|lui|vous|en|y)\s*)?(?:envisage|envisageons|compte|comptons|prévois|prévoyons|m[’']apprête|nous\s+apprêtons|prépare|préparons|entends|entendons)\s+(?:de\s+|d[’']|à\s+)?\p{Ll}{3,}", Options, 1000)]
    private static partial Regex FrenchPlan();

    [GeneratedRegex(@"\b(?:I|[Ww]e)(?:\s+am|[’']m|\s+are|[’']re)?\s+(?:expect|expects|preparing|prepare|set|due|about|going\s+ahead)\s+to\s+\p{Ll}{3,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPlan();

    // The narrator as the object of a third party's act: "nous a/ont (été)" and "m’a" take a third-person auxiliary, so
    // the pronoun is no subject; the impersonal « il nous a été donné / permis de », « il m’a fallu »; the same acts in
    // the present (« un membre de l’expédition nous décrit »). A document or figures that "show" are a view, not an act;
    // what was not given (« on ne m’a donné aucune raison ») is a speaker's complaint, not a scene.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?<!\bne\s+|\bn[’']\s*)(?:nous|m[’']|me)\s*(?:(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront)\s+(?:(?:déjà|aussi|également|encore|alors|ensuite|même|personnellement|longuement|aimablement)\s+)?(?:été\s+)?(?:transmis|envoyé|adressé|montré|proposé|donné|permis|offert|remis|confié|présenté|décrit|fait\s+(?:visiter|entrer|traverser|signe)|accueilli|reçu|conduit|emmené|guidé|escorté|parvenu|raconté|tendu|prié|supplié|invité|autorisé|interdit|fallu|fouillé|arrêté|refoulé|interpellé|bousculé|salué)(?:e|s|es)?|(?:décri(?:t|vent)|parvien(?:t|nent)|transmet(?:tent)?|tend(?:ent)?|fait\s+visiter|font\s+visiter|accueille(?:nt)?|reçoi(?:t|vent)|conduis(?:ent)?|conduit|emmène(?:nt)?|guide(?:nt)?))\b", Options, 1000)]
    private static partial Regex FrenchReceived();

    [GeneratedRegex(@"(?<!\b(?:it|this|that|what|history|experience|data|figures|numbers|research|studies|study|evidence|report|survey)\s+(?:(?:has|had|have)\s+)?)\b(?:reached|greeted|showed|shown|welcomed|handed|sent|offered|allowed|invited|escorted|guided|ushered|searched|stopped|turned\s+away|waved\s+through)\s+(?:us|me)\b|\b(?:I|[Ww]e)\s+(?:was|were|had\s+been|have\s+been)\s+(?:(?:later|then|also|first|briefly|repeatedly)\s+)?(?:told|shown|given|sent|handed|offered|allowed|invited|searched|stopped|turned\s+away|waved\s+through|welcomed|greeted)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishReceived();

    [GeneratedRegex(@"\A\s*(?:Je\b|J[’']|Nous\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensInFirstPerson();

    [GeneratedRegex(@"\A\s*(?:I\b|We\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensInFirstPerson();

    // A sentence whose subject is a person: up to three words of title or role, a name of two capitalised
    // words or more, an optional apposition between commas, then a lower-case verb: "Josef Aschbacher,
    // directeur général de l’ESA, a salué …", "Rovers captain Sam Deacon, who scored …, apologised".
    [GeneratedRegex(@"\A\s*(?:[\p{L}’'.-]+\s+){0,3}?(?!(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Selon|En|Au|Aux|Dans|Pour|Mais|Et|Puis|Depuis|Après|Avant|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:von|van|der|de|du|des|da|di|la|le))?\s+\p{Lu}[\p{L}’'-]+(?:\s*,\s*[^,;:.!?«»“”""]{2,120}?\s*,)?\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensWithName();

    [GeneratedRegex(@"\A\s*(?:[\p{L}’'.-]+\s+){0,3}?(?!(?:The|A|An|In|On|At|As|But|And|Then|According|This|That|It|After|Before|Since|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+(?:von|van|der|de|bin|al))?\s+\p{Lu}[\p{L}’'-]+(?:\s*,\s*[^,;:.!?“”""]{2,120}?\s*,)?\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensWithName();
}
