using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Shapes of a narrator's first-person clause that say what it does without naming its verb: a lead-in
/// that frames the fact after it (the clause opens the sentence, ends at a clause boundary, carries no
/// belief or feeling, and the rest is a third-person sentence of its own), and an account of the
/// narrator's own deeds (every first-person subject is the subject of a past action, "j’ai signé",
/// "we discussed"), which reports events, not a judgement. Read after the classifier's cues, so the
/// verb lists only decline (belief, feeling) or bound the past forms, never decide alone.
/// </summary>
internal static partial class NarratorShapes
{
    // Longer than any lead-in ("À toutes fins utiles, je me permets de vous signaler au passage que").
    private const int MaxLeadInLength = 160;

    /// <summary>
    /// "Je me permets de vous dévoiler que …", "I can now reveal that …", "Je vous le dis : …": the clause
    /// opens the sentence and ends at que/that or a colon, holds no belief or feeling ("je pense que",
    /// "I’m glad that"), and the rest of the sentence is a clause of its own in another person.
    /// </summary>
    public static bool FramesWhatFollows(string prose, TextSpan sentence, TextSpan clause, bool french)
    {
        if (clause.Start != sentence.Start || clause.End >= sentence.End || clause.Length > MaxLeadInLength)
        {
            return false;
        }

        var own = prose.AsSpan(clause.Start, clause.Length);
        // The narrator is the subject ("je", "nous", "permettez-moi", "let me"), not an experiencer ("il me
        // semble que", "it strikes me that"); a restrictive ne … que ("Nous ne pouvons que saluer …") is no boundary.
        if (!(french ? FrenchEndsAtBoundary() : EnglishEndsAtBoundary()).IsMatch(own)
            || !(french ? FrenchNarratorSubject() : EnglishNarratorSubject()).IsMatch(own)
            || (french ? FrenchBelief() : EnglishBelief()).IsMatch(own)
            || (french && FrenchRestrictiveQue().IsMatch(own)))
        {
            return false;
        }

        // The fact: a sentence of its own (a few words), not a quotation, and no longer the narrator's "I".
        var rest = prose.AsSpan(clause.End, sentence.End - clause.End).Trim();
        return rest.Length > 0 && !IsQuoteMark(rest[0])
            && Words().Count(rest) >= 3
            && !(french ? FrenchFirstPersonWord() : EnglishFirstPersonWord()).IsMatch(rest);
    }

    /// <summary>
    /// "J’ai signé le décret", "nous nous sommes entretenus avec …", "We discussed our cooperation", "I met
    /// the families": every first-person subject does a past deed (not a belief or a feeling: "j’ai pensé",
    /// "I felt"), and no other first-person word is left but a possessive.
    /// </summary>
    public static bool RecountsDeeds(ReadOnlySpan<char> clause, bool french)
    {
        var deeds = french ? FrenchDeed() : EnglishDeed();
        if (!deeds.IsMatch(clause))
        {
            return false;
        }

        var left = deeds.Replace(clause.ToString(), " ");
        return !(french ? FrenchNonPossessiveFirstPerson() : EnglishNonPossessiveFirstPerson()).IsMatch(left);
    }

    private static bool IsQuoteMark(char c) => c is '«' or '“' or '"' or '‘' or '„' or '\'';

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Words();

    [GeneratedRegex(@"(?:\bque|\bqu[’']|:)\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchEndsAtBoundary();

    [GeneratedRegex(@"\b(?:je|j[’']|nous)(?![\p{L}\d])|-(?:moi|nous)\b|\A\s*\p{L}{2,}ons(?:-(?:le|la|les|en|y)\b|\s+(?:que|qu[’']))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNarratorSubject();

    [GeneratedRegex(@"\bI\b|\b(?i:we|let\s+(?:me|us)|allow\s+(?:me|us)|let[’']s)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNarratorSubject();

    [GeneratedRegex(@"\b(?:ne|n[’'])\b[^:]*\b(?:que|qu[’'])\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchRestrictiveQue();

    [GeneratedRegex(@"(?:\bthat|:)\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishEndsAtBoundary();

    // Belief, judgement and feeling: the clause is an opinion's, whatever follows ("je pense que", "il me
    // semble que", "je suis convaincu que", "je suis heureux que" but not "heureux d’annoncer que").
    [GeneratedRegex(@"\b(?:pens|cro[iy]|trouv|estim|consid[éè]r|jug|dout|crai|craign|esp[éè]r|regrett|d[ée]plor|avou|admet|admett|reconna[iî]|suppos|imagin|souhait|r[ée]jou|sembl|para[iî]|appara[iî]|redout|soupçonn|parier|gager)\p{L}*|\b(?:ai|avons|avais|gard[eo]n?s?)\s+(?:l[’']\s*(?:impression|intime\s+conviction)|le\s+sentiment|la\s+conviction|(?:bien\s+)?peur|hâte|honte|bon\s+espoir)|\b(?:suis|sommes|reste|restons|demeure|demeurons|étais|étions)\s+(?:\p{L}+\s+)?(?:convaincue?s?|persuadée?s?|sûre?s?|certaine?s?|d[’']avis|heureu(?:x|ses?)|ravie?s?|contente?s?|fière?s?|fiers|tristes?|déçue?s?|inquiète?s?|inquiets|choquée?s?|surprise?s?|étonnée?s?|navrée?s?|désolée?s?|soulagée?s?|confiante?s?|sceptiques?|optimistes?|pessimistes?)\b(?!\s+d[e’'])|\bm[’']\s*(?:étonne|inquiète|attriste|désole|agace|choque|console|rassure|frappe|interroge)|\b(?:à|selon|pour)\s+(?:moi|mon\s+(?:avis|sens|goût)|ma\s+part)\b|\b(?:franchement|honnêtement|personnellement|sincèrement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchBelief();

    [GeneratedRegex(@"\b(?:think|thought|believ|feel|felt|find|found|reckon|suspect|guess|suppos|fear|hop(?:e|ed|es|ing)\b|doubt|regret|wish|expect|imagin|assum|admit|confess|conced|trust|bet\b|seem|appear|strik|struck|wonder|worr|sens(?:e|ed|ing)\b)\p{L}*|\b(?:would|I[’']d|we[’']d)\s+(?:say|argue|suggest|venture)\b|\b(?:am|[’']m|are|[’']re|remain|was|were)\s+(?:\p{L}+\s+)?(?:convinced|sure|certain|confident|afraid|worried|concerned|glad|happy|sad|sorry|pleased|delighted|thrilled|proud|relieved|disappointed|surprised|shocked|amazed|saddened|optimistic|pessimistic|sceptical|skeptical|hopeful|troubled|uneasy|of\s+the\s+view)\b(?!\s+to\b)|\b(?:in\s+my\s+(?:view|opinion)|to\s+my\s+mind|for\s+my\s+part|personally|frankly|honestly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishBelief();

    [GeneratedRegex(@"\b(?:je|j[’']|me|m[’']|moi|mon|ma|mes|nous|notre|nos)(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchFirstPersonWord();

    [GeneratedRegex(@"\bI\b|\b(?i:me|my|mine|myself|we|us|our|ours|ourselves)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishFirstPersonWord();

    [GeneratedRegex(@"\b(?:je|j[’']|me|m[’']|moi|nous)(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNonPossessiveFirstPerson();

    [GeneratedRegex(@"\bI\b|\b(?i:me|myself|we|us|ourselves)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNonPossessiveFirstPerson();

    // A first-person subject, its auxiliary (avoir, or être for verbs of motion and a few reflexive
    // deeds), up to two adverbs, then a past participle that is not a belief or a feeling ("pensé",
    // "cru", "aimé", "eu", "été", …) nor an adverb with a participle's ending ("jamais", "ainsi").
    [GeneratedRegex(@"\b(?:j[’']\s*|je\s+(?:l[’']\s*|les\s+|leur\s+|lui\s+|vous\s+|en\s+|y\s+)|nous\s+(?:(?:l[’']\s*|les\s+|leur\s+|lui\s+|vous\s+|en\s+|y\s+))?)(?:ai|avons|avais|avions)\s+(?:(?:ensuite|alors|aussi|également|déjà|hier|longuement|enfin|notamment|personnellement|récemment|conjointement|officiellement|\p{Ll}+ement)\s+){0,2}(?!(?:pensé|cru|trouvé|estimé|jugé|considéré|aimé|adoré|apprécié|détesté|admiré|regretté|craint|espéré|souhaité|voulu|redouté|douté|ressenti|éprouvé|eu|été|senti|compris|admis|reconnu|avoué|jamais|ainsi|aussi|ici|parmi|lui|oui|du|peu|plus|si|ni|trois|mais|puis|depuis|tant|autant|dû|pu|su|déploré|salué|applaudi|critiqué|dénoncé|condamné)\b)\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|int|uit|ait)\b|\b(?:je\s+(?:me\s+)?suis|nous\s+(?:nous\s+)?sommes)\s+(?:(?:ensuite|alors|aussi|également|déjà|hier|longuement|enfin|notamment|personnellement|récemment)\s+){0,2}(?:allée?s?|rendue?s?|venue?s?|arrivée?s?|partie?s?|rentrée?s?|retournée?s?|entretenue?s?|déplacée?s?|réunie?s?|adressée?s?|passée?s?|montée?s?|descendue?s?|entrée?s?|sortie?s?|revenue?s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchDeed();

    [GeneratedRegex(@"\b(?:I|[Ww]e)(?:\s+(?:have|had)|[’'](?:ve|d))?\s+(?:(?:also|then|later|again|recently|personally|just|already|first|briefly|jointly|formally|officially|subsequently|yesterday|today)\s+){0,2}(?!(?i:believed|hoped|feared|expected|wondered|worried|liked|loved|hated|enjoyed|appreciated|admired|regretted|doubted|wanted|wished|considered|realized|realised|suspected|imagined|dreaded|argued|assumed|supposed|preferred|needed|used|been|had|felt|thought|found|understood|known|seemed|praised|applauded|criticized|criticised|condemned|deplored|never|always|still)\b)(?:\p{Ll}{2,}ed|met|held|spoke|spoken|went|gone|took|taken|gave|given|made|sent|brought|wrote|written|told|said|came|left|flew|flown|led|began|begun|chose|chosen|set|put|won|paid|sat|spent|got|drove|driven|ran|run|sought|built|kept|bought|caught|taught|meant|read|sold|laid|undertook|undertaken|oversaw|overseen)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishDeed();
}
