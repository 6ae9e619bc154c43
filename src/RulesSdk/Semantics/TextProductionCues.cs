using System.Text.RegularExpressions;
using RulesSdk.Analyzers;

namespace RulesSdk.Semantics;

/// <summary>
/// The vocabulary of making a text rather than reporting news, weighed when no phrase of the meta detector
/// matched: a strong cue (the rewriting itself — "paraphrase", "reworded", "reformulation", "word count",
/// "same tone as", "comme demandé", "the excerpts provided") with more cues of either kind ("the source
/// text", "below", "follows", "unchanged", "version", "newsletter", "ci-dessous", "conservés") makes a
/// sentence about the text: "Paraphrase of the requested article follows; …", "Reworded throughout to avoid
/// repeating the source", "Voilà la reformulation demandée", "Comme demandé, les chiffres ont été conservés". Shapes
/// count as strong cues too: the text pointing at itself ("le texte ci-dessous"), a production noun heading a note
/// ("Traduction adaptée pour…", "Résumé en quatre paragraphes"), the register kept ("ton factuel"), a version of the
/// source ("A simpler version of the announcement"), "as they appeared in the source". Shapes official texts use as
/// well ("the list below", "reproduced in full") count as weak cues only.
/// A strong cue counts two, a weak one one, and four are needed: "The bill was reworded after the original version
/// drew criticism" (three) stays news, and so does a person who rephrased something ("Le ministre a reformulé sa
/// question", "he paraphrased Churchill"); weak cues alone never count: "the original version", "unchanged" are news words too.
/// </summary>
internal static partial class TextProductionCues
{
    private const int Needed = 4;

    // Every match of a strong pattern holds one of these (ignoring case): each is taken from a branch of the patterns
    // below, chosen for being rare in news where a branch allows ("résumé en", "version abrégée", "simpler" rather than
    // « résumé », "version"). Literals the regex extractor picks ("same", "write", "source", « même »,
    // « communiqué ») let most short paragraphs through and cost the detector 5 % of a corpus run.
    private static readonly TextPrefilter Gate = TextPrefilter.Create(
    [
        "paraphras", "rephras", "reword", "rewritten", "reworked", "revised", "rewrite", "word count", "bullet", "tone",
        "register", "lightly", "requested", "boil", "shorten", "condense", "convert", "trim", "reformat", "rework",
        "tighten", "simplify", "expand", "adapt", "table", "bulleted", "thread", "summaris", "summariz", "throughout", "consistency", "unchanged",
        "verbatim", "reformul", "réécri", "mots", "puces", "registre", "demandé", "fourni", "transmis", "envoyé", "extraits",
        "passages", "peux", "résume", "abrège", "raccourcit", "limité", "borné", "contenté", "repris", "reproduit", "conservé",
        "ci-dessous", "ci-après", "traduction", "adaptation", "résumé en", "synthèse en", "version simplifiée", "version abrégée",
        "version courte", "factuel", "neutre", "journalistique", "appeared in the", "simpler", "shorter", "plainer", "condensed",
        "simplified", "abridged", "neutral version", "translation", "dites-moi", "tournures",
        "translated from", "smoothed", "softened", "standardis", "standardiz", "you mentioned", "i could also",
        "i can also", "i could easily", "i can easily", "i can always", "i could always", "i can restore", "le ton", "le registre",
        "les citations", "les noms", "le passage", "citations traduites", "pourrais", "pourrai",
    ])!;

    /// <summary>False when <paramref name="text"/> holds none of the strong cues' literals: no sentence of it counts.</summary>
    public static bool MightMatch(ReadOnlySpan<char> text) => Gate.MightMatch(text);

    /// <summary>Whether <paramref name="sentence"/> holds a strong cue and enough more (a strong cue counts two, a weak one one).</summary>
    public static bool AboutMakingTheText(string sentence, bool french)
    {
        if (!MightMatch(sentence))
        {
            return false;
        }

        var strong = (french ? FrenchStrong() : EnglishStrong()).Count(sentence);
        if (strong == 0)
        {
            return false;
        }

        var score = 2 * strong;
        return score >= Needed || score + (french ? FrenchWeak() : EnglishWeak()).Count(sentence) >= Needed;
    }

    [GeneratedRegex(@"\b(?:(?<!\b(?:a|ont|avait|avaient|il|elle|ils|elles|on)\s)(?:paraphras\w*|reformul\w*)|réécrite?s?\s+(?:ci-dessous|ci-après|ainsi|pour)|réécriture\s+(?:demandée|ci-dessous|ci-après|du\s+texte|de\s+l[’']article|du\s+communiqué)|réécrire\s+(?:ce|le|votre|cet)\s+(?:texte|article|communiqué|passage)|nombre\s+de\s+mots|liste\s+à\s+puces|registre\s+(?:neutre|journalistique|soutenu|courant)|comme\s+(?:vous\s+l[’']avez\s+)?demandé(?!\s+par)|que\s+(?:l[’']on|vous)\s+m[’']a(?:vez)?\s+(?:fournie?s?|transmise?s?|envoyée?s?)|(?:extraits|passages)\s+(?:qui\s+m[’']ont\s+été\s+)?fournis|je\s+peux\s+(?:aussi|également)\s+(?:en\s+)?(?:tirer|faire|rédiger|préparer|produire|résumer|condenser|raccourcir|transformer|convertir|adapter|reformuler)|(?:condense|résume|abrège|raccourcit)\s+(?:l[’']article|le\s+texte|la\s+dépêche|le\s+communiqué)\s+(?:original|d[’']origine|source|initial)|je\s+me\s+suis\s+(?:limitée?|bornée?|contentée?)\s+(?:aux|à\s+(?:l[’']|la|le|les))|(?:repris|reproduite?s?|conservée?s?)\s+(?:tels?\s+quels?|telles?\s+quelles?|à\s+l[’']identique|mot\s+pour\s+mot)|(?:le|ce|cet)\s+(?:texte|passage|paragraphe|résumé|article)\s+(?:ci-dessous|ci-après)|(?:^|[.;:!?]\s+|\(\s*)(?:traduction\s+(?:adaptée?|simplifiée?|abrégée?|de\s+l[’'](?:anglais|allemand|espagnol|italien|arabe|ukrainien)|du\s+(?:russe|chinois|japonais|portugais))|adaptation\s+(?:de\s+l[’'](?:anglais|allemand|espagnol|italien|arabe|ukrainien)|du\s+(?:russe|chinois|japonais|portugais))|(?:résumé|synthèse)\s+en\s+(?:\d+|deux|trois|quatre|cinq|six)\s+(?:paragraphes|points|phrases)|version\s+(?:simplifiée|abrégée|courte)\s*[,;:(])|\bton\s+(?:(?:a\s+été\s+)?(?:\p{Ll}+ment\s+)?(?:maintenu|gardé|conservé|rendu)\s+)?(?:factuel|neutre|journalistique)|\bfin\s+de\s+la\s+(?:réécriture|reformulation|traduction)|\bdites-moi\s+si\s+vous\s+(?:préférez|souhaitez|voulez|aimeriez)|\b(?:seules\s+)?les\s+tournures\s+(?:ont\s+(?:changé|été\s+(?:modifiées|changées|revues|allégées|simplifiées)))|(?:le\s+ton|le\s+registre|les\s+citations|les\s+noms(?:\s+propres|\s+de\s+lieux)?|le\s+passage)\b[^.!?]{0,60}?\b(?:a|ont)\s+été\s+(?:(?:volontairement|légèrement|délibérément|simplement|soigneusement)\s+)?(?:gardée?s?|maintenue?s?|résumée?s?|traduite?s?|adaptée?s?|laissée?s?|allégée?s?|condensée?s?|raccourcie?s?|lissée?s?|harmonisée?s?|simplifiée?s?)|adaptation\s+(?:de\s+l[’']|du\s+)(?:anglais|espagnol|allemand|italien|russe|ukrainien|arabe|portugais|original)|citations\s+traduites|je\s+(?:peux|pourrais|pourrai)\s*,?\s*(?:au\s+besoin\s*,?\s*|si\s+vous\s+(?:le\s+)?(?:souhaitez|voulez|préférez)\s*,?\s*)?(?:aussi\s+|également\s+|volontiers\s+|encore\s+)?(?:l[’']\s*|le\s+|la\s+|les\s+)?(?:atténuer|ajouter|raccourcir|rédiger|produire|préparer|développer|alléger|condenser|adoucir|étoffer))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchStrong();

    [GeneratedRegex(@"\b(?:(?:la|le|les)\s+(?:source|textes?\s+(?:d[’']origine|original|source|intégral)|dépêche\s+(?:initiale|d[’']origine)|articles?\s+(?:original|d[’']origine|source|initial))|ci-dessous|ci-après|voici|voilà|demandée?s?|version|synthèse|inchangée?s?|conservée?s?|préservée?s?|préservant|conservant|(?:du|le|au)\s+texte\s+(?:intégral|d[’']origine|original|source)|tels?\s+quels?|telles?\s+quelles?|à\s+l[’']identique|je\s+peux\s+aussi|si\s+(?:cela|ça)\s+vous|note\s*:|style\s+plus|lisibilité|mots|lectorat|intertitres|laissée?s?\s+(?:tels?|telles?)|(?:un|le)\s+public\s+(?:non\s+spécialiste|large|général|québécois|belge|suisse|canadien|africain)|sans\s+(?:rien\s+)?(?:ajouter|retrancher|commentaire)|reprises?\s+mot\s+pour\s+mot|comme\s+convenu|citations\s+complètes|chapeau|au\s+besoin|faciliter\s+la\s+lecture|graphie\s+d[’']origine|usage\s+local|le\s+ton|fidèlement|(?:article|texte)\s+d[’']origine|l[’']original|davantage|sobre|factuel)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchWeak();

    [GeneratedRegex(@"\b(?:(?<!\b(?:he|she|they|who|has|have|had)\s)(?:paraphras\w*|rephras\w*|reword\w*)|(?:rewritten|reworked|revised)\s+(?:version|text|article|story|piece|release|below|throughout|here)|rewrite\s+(?:complete|completed|done|finished|follows|below)|word\x20count|bullet(?:ed)?\s+(?:list|points?)|same\s+tone\s+as|(?:news|neutral|formal|plain|journalistic)\s+register|lightly\s+(?:smoothed|edited|condensed|trimmed|tidied)|as\s+(?:you\s+)?requested(?!\s+by)|I\s+can\s+also\s+(?:boil|shorten|condense|convert|trim|reformat|rework|tighten|simplify|expand|adapt)|I\s+can\s+also\s+turn\s+[^.!?]{0,60}?\binto\s+(?:a|an)\s+(?:table|bulleted\s+list|thread)|(?:condenses|summari[sz]es|shortens|trims)\s+the\s+(?:original|source)\s+(?:article|text|report|story|release)|I\s+(?:have\s+)?(?:kept|left|retained|preserved|used|spelled|spelt|rendered|standardi[sz]ed)\s+[^.!?]{0,60}\b(?:throughout|for\s+consistency|unchanged|verbatim)|as\s+(?:they|it)\s+appeared\s+in\s+the\s+(?:source|original)|(?:simpler|shorter|plainer|condensed|neutral|simplified|abridged)\s+version\s+of\s+the\s+(?:announcement|article|text|statement|report|release|story)|translation\s+(?:stays|keeps|sticks|remains)\s+close\s+to|end\s+of\s+(?:the\s+)?(?:rewrite|paraphrase|rewritten\s+text)|(?:tone|register|quotations?|quotes|names|place\s+names|job\s+titles|passage|paragraphs?|wording|section)\s+(?:[\p{L}’'-]+\s+){0,6}?(?:has|have|was|were)\s+(?:been\s+)?(?:(?:deliberately|slightly|lightly|intentionally)\s+)?(?:smoothed|softened|standardi[sz]ed|reproduced\s+(?:exactly|verbatim))|translated\s+from\s+(?:the\s+)?\p{L}+\s+(?:original|source|text|version)|I\s+(?:can|could)\s+(?:also|easily|always)\s+(?:produce|prepare|draft|restore|soften|tone\s+down)|I\s+can\s+restore\s+(?:them|it|the)|(?:fit|suit)\s+the\s+(?:column|slot|space|page|format)\s+you\s+(?:mentioned|asked\s+for|requested|described))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishStrong();

    [GeneratedRegex(@"\b(?:the\s+(?:source|original)(?:\s+(?:text|article|report|story|release|version|piece))?|requested|follows|below|newsletter|your\s+(?:page|site|readers)|version|summary|unchanged|verbatim|preserved|retained|for\s+(?:consistency|readability|clarity)|I\s+can\s+also|if\s+(?:that|this)\s+(?:suits|helps|works)|if\s+you(?:[’']d)?\s+(?:like|prefer)|tone|words|note\s*:|throughout|(?:into|as)\s+a\s+table|easier\s+to\s+read|if\s+(?:that|it)[’']s|source|(?:for|to)\s+a\s+(?:general|wider|non-specialist|lay)\s+(?:audience|readership)|left\s+as\s+(?:they|it)\s+(?:were|was)|word\s+count|the\s+(?:text|list|names|quotations|quotes|figures|summary|translation|version|article|passage|paragraphs)(?:\s+(?:of|and|in|on|for)(?:\s+[\p{L}’'-]+){1,4})?\s+(?:below|that\s+follows)|reproduced\s+(?:in\s+full|exactly|verbatim|word\s+for\s+word)|(?:half|a\s+third|two-thirds|a\s+quarter)\s+(?:of\s+)?its\s+original\s+length|kept\s+word\s+for\s+word|if\s+a\s+(?:more\s+)?(?:neutral|formal|friendlier|lighter|softer|more\s+\p{L}+)\s+tone\s+is\s+(?:needed|required|preferred|wanted)|readability|transliteration|original|condensed|if\s+you\s+prefer|social\s+media|shorter\s+version|column|word\s+for\s+word)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishWeak();
}
