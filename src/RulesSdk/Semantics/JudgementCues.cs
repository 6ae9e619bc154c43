using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Positive evidence that a narrator's first-person sentence passes a judgement, voices a feeling or a
/// belief, rather than merely saying "I": a belief or feeling verb (<see cref="NarratorShapes.HoldsBelief"/>),
/// a rhetorical question or an exclamation, the narrator as the one a fact affects ("ces chiffres me glacent",
/// "looks like a bargain to me", "it saddens me", "it breaks my heart", "mon cœur se serre"), an owned opinion
/// ("in my humble opinion", "I, for one", "à mon humble avis"), a duty or a wish laid on "we" ("nous devons", "we should",
/// "we can only"), or an evaluative word about the fact ("regrettable", "scandaleux", "alarming", "a shame",
/// "far too late"), a predicate that grades the fact ("est inacceptable", "is laughable") or says what ought to be
/// ("aurait dû", "should"). A first-person clause without any of it (a deed, a place, a plan nobody's cues named) is
/// no opinion: it is left unmarked rather than deleted as the writer's view.
/// </summary>
internal static partial class JudgementCues
{
    // Characters read on each side of the clause for an evaluative word: a sentence's worth, and a bound
    // that keeps a run-on sentence of many clauses linear.
    private const int Reach = 300;

    /// <summary>Whether the sentence of a narrator's first-person clause shows a judgement, a feeling or a belief.</summary>
    public static bool ShowJudgement(string prose, TextSpan sentence, TextSpan clause, bool french)
    {
        if (NarratorShapes.HoldsBelief(prose.AsSpan(clause.Start, clause.Length), french))
        {
            return true;
        }

        var trimmed = prose.AsSpan(sentence.Start, sentence.Length).TrimEnd().TrimEnd("»”\"’' )");
        if (trimmed.Length > 0 && trimmed[^1] is '?' or '!')
        {
            return true;
        }

        var from = Math.Max(sentence.Start, clause.Start - Reach);
        var to = Math.Min(sentence.End, clause.End + Reach);
        return (french ? FrenchJudgement() : EnglishJudgement()).IsMatch(prose.AsSpan(from, to - from));
    }

    /// <summary>Whether <paramref name="text"/> itself (a fact after a head, not the narrator's clause) grades what it tells with an evaluative word; a belief verb there is its third-person subject's ("Putin expressed hope that …").</summary>
    public static bool Grades(ReadOnlySpan<char> text, bool french) =>
        (french ? FrenchJudgement() : EnglishJudgement()).IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A feeling the narrator owns ("mon inquiétude", "notre vive déception"), the narrator affected ("me glacent", « m’a
    // profondément ému »,
    // "m’attriste", "je me félicite", "nous laisse perplexes"), a duty or wish on "nous",
    // an evaluative word or an intensified degree ("bien trop tard", "profondément").
    [GeneratedRegex(@"\bà\s+mon\s+(?:humble\s+)?avis\b|\b(?:me|m[’']|nous)\s*(?:a|ont|avait|avaient)\s+(?:(?:\p{Ll}+ment|tant|tellement|beaucoup)\s+)?(?:émue?|touchée?|bouleversée?|choquée?|révoltée?|attristée?|indignée?|glacée?|consternée?|sidérée?|agacée?|déçue?|fascinée?|impressionnée?|peinée?|navrée?|réjouie?|enthousiasmée?|ébranlée?|secouée?)s?\b|\bmon\s+cœur\s+(?:se\s+serre|saigne|se\s+brise|va\s+à)\b|\bme\s+(?:brise|fend)\s+le\s+cœur\b|\b(?:mon|ma|mes|notre|nos)\s+(?:(?:grande?|vive|profonde?|sincère|immense|réelle?|totale?)\s+)?(?:inquiétude|indignation|colère|tristesse|consternation|admiration|enthousiasme|déception|stupeur|scepticisme|perplexité|agacement|amertume|étonnement|incompréhension|désarroi|malaise|dégoût|effarement|écœurement)\b|\b(?:me|m[’']|nous)\s*(?:(?:\p{Ll}+ment|profondément|vraiment|tout\s+de\s+même)\s+)?(?:glac|touch|félicit|émeu|émouv|boulevers|révolt|indign|attrist|désol|inquièt|inquiet|choqu|sidèr|agac|enthousiasm|réjou|ravi|laiss\p{L}*\s+(?:perplexe|sceptique|songeu|sans\s+voix|pantois|froid|dubitati)|pein|fâch|navr|irrit|consterne|exaspèr|stupéf|déçoi|déçu|fascin|impressionn|hant|serr\p{L}*\s+le\s+cœur|fend\p{L}*\s+le\s+cœur|fai[ts]\s+(?:mal|peur|plaisir|froid\s+dans\s+le\s+dos|rêver|sourire|bondir))|\b(?:me|m[’'])\s*(?:donn|sembl|para[iî]|pla[iî]t|déplai|dépass|échapp)\p{L}*|\b(?:j[’']\s*ai|j[’']\s*avais)\s+(?:bien\s+|beaucoup\s+|un\s+peu\s+)?(?:du\s+mal|peine)\s+à\b|\bje\s+(?:ne\s+|n[’']\s*)(?:comprends|vois|saisis|m[’']explique)\s+(?:pas|toujours\s+pas|guère|plus)\b|\bje\s+peine\s+à\b|\b(?:à\s+mes\s+yeux|de\s+mon\s+(?:point\s+de\s+vue|côté)|d[’']après\s+moi|à\s+titre\s+personnel|pour\s+moi|si\s+vous\s+voulez\s+mon\s+avis)\b|\bnous\s+(?:(?:leur|lui|le|la|les|en|y)\s+)?(?:devons|devrions|pouvons\s+(?:seulement\s+|tous\s+)?(?:que|qu[’']|être|nous)|ne\s+pouvons\s+(?:que|qu[’']|pas|plus|accepter|tolérer|laisser)|aurions\s+dû|méritons|avons\s+(?:tous\s+)?(?:le\s+devoir|tort|raison)|sommes\s+(?:tous\s+)?(?:en\s+droit|responsables|coupables|redevables))|\bil\s+(?:nous|me)\s+(?:faut|faudrait|appartient)|\b(?:regrettable|scandal\p{L}*|honte\p{L}*|dommage|déplorable|lamentable|navrant\p{L}*|affligeant\p{L}*|inadmissible|inacceptable|insupportable|intolérable|indécent\p{L}*|absurde\p{L}*|ridicule\p{L}*|consternant\p{L}*|révoltant\p{L}*|choquant\p{L}*|alarmant\p{L}*|inquiétant\p{L}*|désolant\p{L}*|décevant\p{L}*|admirable\p{L}*|remarquable\p{L}*|formidable\p{L}*|magnifique\p{L}*|merveilleu\p{L}*|émouvant\p{L}*|touchant\p{L}*|bouleversant\p{L}*|réjouissant\p{L}*|salutaire\p{L}*|courageu\p{L}*|mépris\p{L}*|cynique\p{L}*|hélas|malheureusement|heureusement|incompréhensible|aberrant\p{L}*|insensé\p{L}*|grotesque\p{L}*|pathétique\p{L}*|tragique\p{L}*|triste\p{L}*|exemplaire\p{L}*|mérit\p{L}*|excellent\p{L}*|(?:bonne|mauvaise|belle|triste)\s+nouvelle|gâchis|vertig\p{L}*)\b|\b(?:je\s+|j[’']\s*|nous\s+)(?:ne\s+|n[’']\s*)?(?:(?:l[’']|le|la|les|leur|lui|en|y)\s*)?(?:(?:ai|avons|avais|avions)\s+(?:\p{Ll}+ment\s+)?)?(?:salu|applaud|félicit|critiqu|dénon|condamn|fustig|approuv|désapprouv|souscri|aim|ador|détest|préf[éè]r|m[’']\s*incline|m[’']\s*insurge|m[’']\s*indign|plaid|rejoins|partage\s+(?:pleinement\s+|entièrement\s+)?(?:l[’']avis|l[’']inquiétude|le\s+sentiment|la\s+colère|l[’']enthousiasme|la\s+joie|la\s+tristesse)|tire\s+mon\s+chapeau|ai\s+honte|avons\s+honte|ai\s+hâte)\p{L}*|\b(?:vraiment|tellement|trop|assurément|clairement|manifestement|visiblement|certainement|décidément|indéniablement|incontestablement|sans\s+(?:aucun\s+)?doute|franchement|injuste\p{L}*|courag\p{L}*|lâche\p{L}*|naï[fv]\p{L}*|exagér\p{L}*|excessi\p{L}*|indispensable\p{L}*|urgent\p{L}*|crucial\p{L}*|essentiel\p{L}*)\b|\b(?:bien|beaucoup|largement|infiniment|terriblement|cruellement|décidément)\s+(?:trop|plus|moins|davantage|mieux|tard)\b|\bsi\s+(?:vous\s+voulez\s+mon\s+avis|je\s+puis\s+dire)\b|\bn[’']\s*oublier(?:ai|ons)\s+jamais\b|\b(?:suis|sommes|reste|restons|étais|étions|demeure|demeurons)\s+(?:(?:\p{Ll}+ment|très|si|tellement|encore|toujours)\s+)*(?:boulevers|ému|émue|touché|choqu|attrist|révolt|indign|ébranl|secoué|sidér|stupéf|admirati|reconnaiss|impressionn|enthousias|déçu|amer|furieu|en\s+colère|sous\s+le\s+choc)\p{L}*|\b(?:est|sont|était|étaient|serait|seraient|reste|restent|semble|semblent|paraît|paraissent)\s+(?:(?:\p{Ll}+ment|si|très|trop|bien|plus|moins|assez|peu|pas|tout|fort)\s+)*\p{Ll}{3,}(?:able|ible|ant|ante|ent|ente|eux|euse|if|ive|ique|ile)s?\b|\b(?:devrai[st]?|devraient|devrions|aurai[st]?\s+dû|auraient\s+dû|aurions\s+dû|faudrait|mériterai[st]?|mériteraient|vaudrait)\b", Options, 1000)]
    private static partial Regex FrenchJudgement();

    [GeneratedRegex(@"\b(?:to|for)\s+(?:me|us)\s*(?:[,.;:!?)]|\z)|\b(?:breaks?|broke|breaking)\s+my\s+heart\b|\bmy\s+heart\s+(?:goes|went|bleeds|bled|sank|sinks|aches|ached)\b|\bin\s+my\s+(?:humble\s+|honest\s+|personal\s+)?(?:opinion|view|book)\b|\bI\s*,\s*for\s+one\b|\b(?:cautious|guarded|quiet)\s+optimism\b|\b(?:sadden|move|strike|worr|trouble|anger|delight|amaze|baffle|infuriate|frustrate|hearten|disturb|astonish|chill|sicken|depress|disappoint|appal|outrage|impress|puzzle|terrif|scare|touch|thrill|stun|shock|bother|upset|leave|leaves|left|make|makes|made|fill|fills|gives|give)\p{L}*\s+(?:me|us)\b|\A\s*(?:call|forgive|pardon|excuse|colou?r|count)\s+me\b|\bI\s+(?:still\s+|really\s+|simply\s+)?(?:struggle|fail\s+to\s+(?:see|understand)|(?:can(?:not|[’']t)|could(?:\s+not|n[’']t))\s+(?:understand|help|believe|imagine|fathom|see)|do(?:\s+not|n[’']t)\s+(?:understand|get|see\s+why))\b|\b(?:we|us|I)\s+(?:all\s+)?(?:should|must|ought|need\s+to|have\s+to|cannot|can[’']t|can\s+only|could\s+only|owe|deserve|would\s+do\s+well|had\s+better|let|allowed|failed|are\s+(?:all\s+)?(?:to\s+blame|right|wrong|responsible|complicit))\b|\b(?:regrettable|scandal\p{L}*|shameful|shame|disgrace\p{L}*|deplorable|lamentable|inexcusable|unacceptable|intolerable|indefensible|absurd\p{L}*|ridiculous|baffling|alarming|worrying|troubling|disturbing|depressing|disappointing|dismal|admirabl\p{L}*|remarkabl\p{L}*|wonderful|marvellous|magnificent|moving|touching|heartening|heartbreaking|heart-breaking|refreshing|reassuring|welcome|overdue|laudable|commendable|courageous|cynical|contempt\p{L}*|sadly|regrettably|thankfully|mercifully|happily|unfortunately|fortunately|alas|surely|obviously|clearly|bargain|tragic\p{L}*|pity|outrage\p{L}*|appalling|sad|upset|angry|furious|heartbroken|gutted|dismayed|ashamed|embarrass\p{L}*|waste|deserv\p{L}*|staggering|extraordinary|brilliant|hard\s+to\s+(?:swallow|believe|accept|justify|understand)|at\s+long\s+last|high\s+time|too\s+(?:late|little|slow|long|soon|much|far|often))\b|\b(?:far|much|way|rather|terribly|deeply|utterly|truly)\s+(?:too|more|less|better|worse)\b|\b(?:I|we)\s+(?:(?:have|had|do|did|must|can|really|also|fully|strongly|wholeheartedly)\s+)*(?:prais|applaud|welcom|commend|salut|criticis|criticiz|condemn|deplor|denounc|admir|lov|hat|like|prefer|agree|disagree|endors|side\s+with|take\s+my\s+hat|tip\s+my\s+hat|cheer|share\s+(?:the|their|his|her)\s+(?:concern|anger|frustration|view|enthusiasm))\p{L}*|\b(?:really|truly|certainly|undeniably|undoubtedly|definitely|utterly|deeply|hugely|incredibly|absolutely|genuinely|so\s+(?:much|very|many|few)|unfair|brave|naive|wise|foolish|excessive|exaggerated|essential|vital|urgent|crucial|beautiful|lovely|awful|terrible|dreadful|superb|excellent|impressive|sensible|reckless|misguided|wrong)\b|\b(?:never|always)\s+(?:forget|remember|regret)\b|\b(?:am|[’']m|are|[’']re|was|were|remain|feel)\s+(?:(?:\p{Ll}+ly|so|very|still|deeply)\s+)*(?:moved|touched|shaken|stunned|upset|heartbroken|grateful|impressed|appalled|outraged|dismayed|saddened|thrilled|angry|furious)\b|\b(?:is|are|was|were|seems?|seemed|looks?|looked|remains?|remained|feels?|sounds?)\s+(?:(?:\p{Ll}+ly|so|very|too|quite|rather|pretty|more|less|not|hardly|far|a\s+bit)\s+)*\p{Ll}{3,}(?:able|ible|ful|less|ous|ive|ic)\b|\b(?:should|ought\s+to|deserves?|would\s+(?:all\s+)?do\s+well)\b", Options, 1000)]
    private static partial Regex EnglishJudgement();
}
