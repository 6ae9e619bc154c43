using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// Cues of a paragraph that speaks of the text instead of the news: the text as an object ("Voici
/// l’article reformulé", "Here is the rewritten story"), its rewriting ("j’ai reformulé", "I have
/// paraphrased"), an offer to the reader with the writer in the first person ("N’hésitez pas à me
/// dire…", "Let me know if…") and the assistant naming itself ("en tant qu’IA", "as a language model").
/// </summary>
internal static partial class MetaDetector
{
    // Both languages' cues in every document: an assistant writes its English preface or sign-off over a
    // French article as often as a French one.
    private static readonly Lazy<TextPrefilter?> Cues = new(() => RegexCues.Of([
        FrenchText(), FrenchLabel(), FrenchRewrite(), FrenchReader(), FrenchAssistant(),
        EnglishText(), EnglishLabel(), EnglishRewrite(), EnglishReader(), EnglishAssistant(),
        FrenchDone(), FrenchCourtesy(), FrenchLimits(), EnglishDone(), EnglishCourtesy(), EnglishLimits(),
        FrenchExchange(), EnglishExchange(), FrenchNote(), EnglishNote()]));

    /// <summary>
    /// False when <paramref name="text"/> holds none of the literals that some match of a
    /// <see cref="Detect"/> pattern must contain: no sentence of it, nor any copy with words
    /// blanked out, can then be about the text. True when unsure.
    /// </summary>
    public static bool MightDetect(ReadOnlySpan<char> text, string language) => RegexCues.MightMatch(Cues.Value, text) || TextProductionCues.MightMatch(text);

    /// <summary>
    /// What <paramref name="prose"/> (one sentence, in the narrator's words) speaks of besides the news,
    /// read with the patterns of the document's language, then of the other one.
    /// </summary>
    public static MetaReference Detect(string prose, string language)
    {
        // Markdown emphasis around a whole preface ("**Here is the rewritten article:**", "_Voici le texte :_") is
        // formatting, not words: the cues read the sentence inside it.
        prose = WithoutEmphasisMarks(prose);
        var french = language == DocumentLanguage.French;
        var result = Detect(prose, french);
        return result != MetaReference.None ? result : Detect(prose, !french);
    }

    private static MetaReference Detect(string prose, bool french)
    {
        var patterns = french ? FrenchPatterns.Value : EnglishPatterns.Value;
        var result = MetaReference.None;
        if (patterns.Text.IsMatch(prose) || patterns.Label.IsMatch(prose) || patterns.Done.IsMatch(prose))
        {
            result |= MetaReference.Text;
        }

        if (patterns.Rewrite.IsMatch(prose) || patterns.Note.IsMatch(prose))
        {
            result |= MetaReference.Rewrite;
        }

        if (patterns.Reader.IsMatch(prose) || patterns.Courtesy.IsMatch(prose) || patterns.Exchange.IsMatch(prose))
        {
            result |= MetaReference.Reader;
        }

        if (patterns.Assistant.IsMatch(prose) || patterns.Limits.IsMatch(prose))
        {
            result |= MetaReference.Assistant;
        }

        // No phrase matched: the words of making a text, weighed ("Paraphrase of the requested article follows").
        if (result == MetaReference.None && TextProductionCues.AboutMakingTheText(prose, french))
        {
            result = MetaReference.Rewrite;
        }

        return result;
    }

    /// <summary>Whether the gate before all patterns (<see cref="MightDetect"/>) has cues: one pattern without any turns it off.</summary>
    internal static bool HasCueGate => Cues.Value is not null;

    /// <summary>Every pattern of both languages with its cues (for the tests that check the cues never hide a match).</summary>
    internal static IEnumerable<CuedRegex> AllPatterns => FrenchPatterns.Value.All.Concat(EnglishPatterns.Value.All);

    // Each pattern behind its own cues: the detector reads every short paragraph of every document in
    // both languages, and most sentences hold none of a pattern's literals.
    private static readonly Lazy<MetaPatterns> FrenchPatterns = new(() => new(
        new(FrenchText()), new(FrenchLabel()), new(FrenchDone()), new(FrenchRewrite()), new(FrenchReader()), new(FrenchCourtesy()), new(FrenchAssistant()), new(FrenchLimits()), new(FrenchExchange()), new(FrenchNote())));

    private static readonly Lazy<MetaPatterns> EnglishPatterns = new(() => new(
        new(EnglishText()), new(EnglishLabel()), new(EnglishDone()), new(EnglishRewrite()), new(EnglishReader()), new(EnglishCourtesy()), new(EnglishAssistant()), new(EnglishLimits()), new(EnglishExchange()), new(EnglishNote())));

    /// <summary>
    /// An assistant's opening or closing word standing alone: "Sure!", "Bien sûr !", "Certainly,",
    /// "D’accord.", "Great question!", "Bonne lecture !", or any exclamation of at most three words.
    /// </summary>
    /// <summary><paramref name="prose"/> without the Markdown emphasis marks (*, _, ~) that open and close it.</summary>
    internal static string WithoutEmphasisMarks(string prose)
    {
        var span = prose.AsSpan().Trim();
        var marks = 0;
        while (marks < span.Length && marks < 3 && span[marks] is '*' or '_' or '~')
        {
            marks++;
        }

        if (marks == 0 || span.Length <= marks * 2)
        {
            return prose;
        }

        // The same run closes it, or nothing does (a sentence split inside the emphasis).
        var inner = span[marks..];
        if (inner.EndsWith(span[..marks]))
        {
            inner = inner[..^marks];
        }

        return inner.ToString();
    }

    public static bool IsInterjection(string sentence) => Interjection().IsMatch(sentence) || ShortExclamation().IsMatch(sentence);

    [GeneratedRegex(@"^\s*(?:(?:le|la|les)\s+voici|bien\s+sûr|bien\s+entendu|bien\s+reçu|c[’']est\s+noté|entendu|certainement|absolument|d[’']accord|parfait|très\s+bien|avec\s+plaisir|volontiers|voilà|voici|bonne\s+lecture|excellente\s+question|sure(?:\s+thing)?|certainly|of\s+course|absolutely|okay|ok|great|noted|got\s+it|understood|will\s+do|alright|all\s+right|happy\s+to\s+help|(?:great|good|excellent)\s+question|here\s+you\s+go|thanks?(?:\s+you)?(?:\s+for\s+sharing(?:\s+(?:this|it|the\s+\p{L}+))?)?|merci(?:\s+pour\s+le\s+partage)?|no\s+problem|(?:I\s+)?hope\s+(?:this|that|it)\s+helps|done|n\.\s?b\.?|p\.\s?s\.?|nota\s+bene|note|remarque|disclaimer)\s*[!.,:]*\s*$", Options, 1000)]
    private static partial Regex Interjection();

    [GeneratedRegex(@"^\s*\p{L}[\p{L}’'-]*(?:\s+\p{L}[\p{L}’'-]*){0,2}\s*!+\s*$", Options, 1000)]
    private static partial Regex ShortExclamation();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A note on the rewrite: a "Note:" in which the writer says what it changed ("[Note: I have changed the names]"), the request it answers ("as requested", "per your instructions"), its end ("End of
    // rewrite", "Word count: 214"), its edits in the passive ("has been condensed from the original"), a labelled
    // note ("Paraphrase note:"), an offer of more ("Would you like a headline suggestion as well?").
    [GeneratedRegex(@"\b(?:as\s+(?:you\s+)?requested(?!\s+by\b)|as\s+you\s+asked|per\s+your\s+(?:request|instructions|brief)|(?:rewritten|paraphrased|rephrased|reworded|condensed|shortened|trimmed)\s+(?:for\s+(?:clarity|brevity|readability)|as\s+requested|to\s+(?:keep|fit|match|avoid)\b)|end\s+of\s+(?:the\s+)?(?:rewrite|paraphrase|rewritten\s+(?:text|article|version))|(?:news|press)\s+release\s+rewritten|(?:paraphrase|rewrite|assistant[’']s|translator[’']s)\s+note\s*:|word\s+count\s*:\s*(?:about\s+|roughly\s+|around\s+|approximately\s+|approx\.\s*|some\s+|~\s*)?\d|tone\s*:\s*(?:formal|neutral|informal|plain)|would\s+you\s+like\s+(?:me\s+to|a|an|the|it)\b|should\s+I\s+(?:also\s+)?(?:produce|write|prepare|make|add|shorten|draft|create|include|provide)\b|just\s+say\s+so|hope\s+this\s+works\s+for\s+(?:you|your)|^\s*(?:I\s+)?hope\s+(?:this|that|it)\s+helps\b|(?:has|have)\s+been\s+(?:\p{L}+\s+)?(?:condensed|omitted|shortened|trimmed|paraphrased|rewritten|reworded|rephrased|summari[sz]ed|simplified|merged|dropped)\s+(?:from\s+the\s+(?:original|source)|here\b|for\s+(?:clarity|brevity))|(?:condensed|shortened|rewritten|paraphrased|rephrased)\s+version\s+of\s+the\b|paraphrased\s+(?:article|text|story|version)\s*\(|(?:paraphrase|rewrite|summary|version)\s*\([^()]{0,60}\bwords\b[^()]{0,20}\)\s*:|^\s*[\(\[]?\s*(?:note|nb|n\.\s?b\.?|p\.\s?s\.?)\s*:\s*(?:I|we)(?:[’']ve|\s+have)?\s+(?:also\s+|only\s+)?(?:grouped|regrouped|changed|modified|removed|added|reworded|rephrased|rewritten|rewrote|shortened|condensed|simplified|translated|moved|merged|corrected|reordered|altered|anonymi[sz]ed)\b)", Options, 1000)]
    private static partial Regex EnglishNote();

    [GeneratedRegex(@"\b(?:comme\s+(?:vous\s+l[’']avez\s+)?demandé(?!\s+par\b)|selon\s+vos\s+(?:consignes|instructions|indications)|conformément\s+à\s+votre\s+demande|(?:réécriture|reformulation|version)\s+demandée|fin\s+de\s+la\s+(?:réécriture|reformulation|paraphrase)|note\s+de\s+(?:reformulation|réécriture|traduction)\s*:|remarque\s+sur\s+la\s+(?:traduction|reformulation)|(?:ont|a)\s+été\s+(?:légèrement\s+)?(?:raccourcie?s?|condensée?s?|remaniée?s?|abrégée?s?|réécrite?s?|reformulée?s?)\s+(?:pour\s+(?:plus\s+de\s+)?(?:clarté|lisibilité|concision|éviter)|par\s+rapport\s+à\s+l[’']original)|(?:paragraphe|passage|texte|article)\s+(?:suivant\s+)?(?:légèrement\s+)?(?:remanié|reformulé|retravaillé|réécrit|raccourci)\s+(?:pour|selon|comme)|la\s+source\s+que\s+l[’']on\s+m[’']a\s+(?:fournie|transmise|donnée)|dites-moi\s+si\s+vous\s+préférez|votre\s+assistante?\s+de\s+rédaction|je\s+n[’']ai\s+pas\s+(?:retouché|modifié|touché)\s+(?:les|aux)\s+citations|l[’']article\s+retravaillé|reprend\s+(?:donc\s+)?l[’']original|(?:paraphrase|réécriture|reformulation|version)\s*\([^()]{0,60}\bmots\b[^()]{0,20}\)\s*:|^\s*[\(\[]?\s*(?:note|nb|n\.\s?b\.?|p\.\s?s\.?|remarque|précision)\s*:\s*(?:j[’']ai|nous\s+avons)\s+(?:aussi\s+|également\s+|seulement\s+)?(?:regroupé|modifié|changé|supprimé|ajouté|reformulé|réécrit|remanié|raccourci|condensé|simplifié|traduit|déplacé|fusionné|corrigé|anonymisé|réorganisé)\b)", Options, 1000)]
    private static partial Regex FrenchNote();

    [GeneratedRegex(@"\b(?:voici|voilà|ci-dessous|ci-après)\b[^.!?]{0,40}?\b(?:texte|article|version|dépêche|paraphrase|reformulation|réécriture|résumé|traduction|adaptation)s?\b(?:,?\s+(?:reformulée?|paraphrasée?|réécrite?|révisée?|corrigée?|demandée?|remaniée?|modifiée?|raccourcie?)\b|[^.!?:]{0,90}:\s*$|[^.!?:]{0,60}[:.!]?\s*$)", Options, 1000)]
    private static partial Regex FrenchText();

    // A label over the rewritten text or the list of its edits: "Réécriture (ton neutre, 350 mots) :", "Version courte :", « Modifications apportées : ».
    [GeneratedRegex(@"^\s*[\p{P}\p{S}]*\s*(?:réécriture|reformulation|paraphrase|résumé|(?:modifications|changements|corrections)\s+(?:apporté|effectué)e?s|(?:liste|récapitulatif)\s+des\s+modifications|version\s+(?:réécrite|reformulée|paraphrasée|courte|longue|révisée|corrigée|simplifiée)|texte\s+(?:réécrit|reformulé|paraphrasé|révisé))\b[^.!?:]{0,60}:\s*$", Options, 1000)]
    private static partial Regex FrenchLabel();

    // The writer's own edits of the text: "j’ai reformulé", "j’ai conservé tous les chiffres", "harmonisée par mes soins".
    [GeneratedRegex(@"\b(?:j[’']ai\s+(?:\p{L}+\s+){0,2}(?:reformulé|paraphrasé|réécrit|résumé|retravaillé|adapté|traduit|raccourci)|j[’']ai\s+(?:\p{L}+\s+){0,2}(?:simplifié|conservé|gardé|supprimé|ajouté|corrigé|modifié|harmonisé|allégé|remanié|retiré|laissé|clarifié|restructuré|condensé|fusionné|ajusté|repris|respecté|préservé|veillé|essayé|cherché|rendu)\b(?=[^.!?]{0,80}\b(?:tournures?|chiffres|citations?|phrases?|titres?|texte|article|paragraphes?|ponctuation|style|ton|formulations?|mots|orthographe|propos|données|faits|structure|version|intertitres?|original|sens)\b)|(?:par\s+mes\s+soins|de\s+mon\s+côté)(?<=\b(?:tournures?|chiffres|citations?|phrases?|titres?|texte|article|paragraphes?|ponctuation|style|ton|formulations?|mots|orthographe|propos|données|faits|structure|version)\b[^.!?]{0,80})|(?:cette|la|ma|une)\s+(?:reformulation|paraphrase|réécriture|version\s+(?:reformulée|paraphrasée|réécrite|révisée))|(?:texte|article|dépêche)\s+(?:reformulée?|paraphrasée?|réécrite?)|(?:ce|cet|le)\s+(?:texte|article|résumé|contenu)\s+a\s+été\s+(?:\p{L}+\s+)?(?:reformulé|réécrit|paraphrasé|remanié|condensé|raccourci|retravaillé)(?!\s+par\s+(?!mes\s+soins\b|moi\b)\p{L})|(?:je|j[’']|me|m[’'])\s*[^.!?]{0,60}?\bfidèle(?:ment)?\s+(?:au|à\s+la|à\s+l[’'])\s*(?:texte|article|dépêche|version|source|original)|(?:je|j[’'])\s*[^.!?]{0,80}?\b(?:texte|article|dépêche|sens|propos)\s+(?:source|original|originale|d[’']origine|initial|initiale))\b", Options, 1000)]
    private static partial Regex FrenchRewrite();

    [GeneratedRegex(@"\b(?:n[’']hésitez\s+pas|dites-(?:le-|les-)?moi|faites-(?:le-)?moi\s+savoir|(?:indiquez|signalez|précisez|demandez)-(?:le-)?moi|revenir\s+vers\s+moi|si\s+vous\s+(?:le\s+)?(?:souhaitez|voulez|désirez|préférez)[^.!?]{0,60}\b(?:je|j[’'])|si\s+vous\s+(?:le\s+)?(?:souhaitez|voulez|désirez|préférez|aimeriez|voudriez|souhaiteriez)\b[^.!?]{0,60}\b(?:version|résumé|reformulation|réécriture|paraphrase|modifications?|ajustements?|retouches?)\b|(?:je|j[’'])\s*(?:peux|pourrais|pourrai)\s+(?:aussi\s+|également\s+)?(?:vous\s+)?(?:proposer|fournir|ajuster|modifier|raccourcir|reformuler|adapter|rédiger|préparer)|j[’']espère\s+que\s+(?:cette|ce|la|le)\s+(?:reformulation|texte|version|article|résumé|paraphrase)|j[’']espère\s+que\s+(?:ça|cela|ceci)\s+(?:vous|t[’'])\s*(?:aide|aidera|convient|conviendra|sera\s+utile|plaît|plaira)|(?:cela|ceci|ça)\s+vous\s+convient|autre\s+chose\s+(?:que\s+je\s+puisse|pour\s+(?:laquelle|lequel)\s+je)|je\s+reste\s+(?:à\s+(?:votre|ta)\s+disposition|disponible)|(?:souhaitez|voulez|désirez|aimeriez|préférez)-vous\s+que\s+(?:je|j[’'])|(?:je|j[’'])\s*(?:peux|pourrais|pourrai)\s+(?:aussi\s+|également\s+)?(?:vous\s+)?(?:en\s+)?(?:faire|produire|créer|rédiger|tirer|décliner)\s+(?:une|un)\s+(?:autre\s+)?(?:version|résumé|fil|publication|post|titre|encadré)|en\s+espérant\s+que\s+(?:cela|ça|ceci|ce\s+texte|cette\s+(?:version|reformulation))\s+vous\s+(?:soit|sera|aide|aidera|convienne|conviendra|plaise))\b", Options, 1000)]
    private static partial Regex FrenchReader();

    [GeneratedRegex(@"\b(?:en\s+tant\s+qu[e’']\s*(?:(?:un|une)\s+)?(?:assistant|assistante|IA|intelligence\s+artificielle|modèle\s+de\s+langage|agent\s+conversationnel)|(?:je|j[’'])\s*(?:ne\s+)?suis\s+(?:qu[’']\s*)?(?:un|une)\s+(?:simple\s+)?(?:assistant|assistante|IA|intelligence\s+artificielle|modèle\s+de\s+langage|programme|agent\s+conversationnel))\b", Options, 1000)]
    private static partial Regex FrenchAssistant();

    // "Here is the rewritten story", "Here's a cleaner version of the match report, with the quotes left intact:", "Here it is:".
    [GeneratedRegex(@"\b(?:(?:here\s+is|here[’']s|below\s+is|below\s+you[’']ll\s+find|this\s+is(?!\s+an?\s+(?:developing|breaking|live|ongoing|evolving|fast-moving)\b))\b[^.!?]{0,40}?\b(?:text|article|version|story|paraphrase|rewrite|summary|piece|draft|translation|release|item|passage|excerpt)s?\b(?=[^.!?:]{0,90}:\s*$|[^.!?]{0,40}[:.]?\s*$|,?\s*(?:paraphrased|rewritten|reworded|rephrased|summari[sz]ed|condensed|shortened|revised|translated)\b)|here(?:\s+it\s+is|[’']s\s+(?:it|the\s+result)|\s+you\s+go)\s*[:.!]?\s*$|(?:here\s+is|here[’']s|below\s+is|above\s+is)\s+my\s+(?:\p{L}+\s+){0,2}(?:rendering|translation|rewrite|paraphrase|summary|version)\b)", Options | RegexOptions.Multiline, 1000)]
    private static partial Regex EnglishText();

    // A label over the rewritten text or the list of its edits: "Rewrite (neutral tone, 350 words):", "Revised version:", "Changes made:".
    [GeneratedRegex(@"^\s*[\p{P}\p{S}]*\s*(?:rewrite|rewritten\s+(?:version|article|text|story)|(?:changes|edits|corrections)\s+(?:made|applied)|(?:summary|list)\s+of\s+(?:changes|edits)|paraphrase|paraphrased\s+(?:version|article|text|story)|rephrased\s+(?:version|article|text|story)|revised\s+version|short(?:er)?\s+version|summary)\b[^.!?:]{0,60}:\s*$", Options, 1000)]
    private static partial Regex EnglishLabel();

    // The writer's own edits of the text: "I have paraphrased", "I kept it close to the original", "rewriting the article now".
    [GeneratedRegex(@"\b(?:I(?:\s+have\s+|[’']ve\s+|\s+)(?:\p{L}+\s+){0,2}(?:paraphrased|rewritten|reworded|rephrased|rewrote|summari[sz]ed|condensed|shortened|translated)|I(?:\s+have\s+|[’']ve\s+|\s+)(?:\p{L}+\s+){0,2}(?:kept|left|retained|preserved|removed|trimmed|tightened|simplified|adjusted|changed|corrected|fixed|added|softened|clarified|restructured|streamlined|merged|dropped|tweaked|made|ensured|aimed|tried)\b(?=[^.!?]{0,80}\b(?:headlines?|titles?|quotes?|quotations?|figures|numbers|wording|language|spelling|punctuation|paragraphs?|sentences?|tone|style|structure|original|text|article|story|version|length|readability|phrasing|meaning)\b)|(?:rewriting|paraphrasing|rephrasing|rewording|summari[sz]ing|condensing|shortening)\s+(?:the|this|your)\s+(?:article|text|story|piece|report)|this\s+(?:rewrite|paraphrase|rewritten\s+version|version)|(?:rewritten|paraphrased|reworded)\s+(?:version|text|article|story)|(?:this|the)\s+(?:text|article|piece|story|summary)\s+(?:was|has\s+been)\s+(?:\p{L}+\s+)?(?:paraphrased|rewritten|reworded|rephrased|condensed|shortened|summari[sz]ed|reworked)(?!\s+by\s+(?!me\b|myself\b)\p{L})|I(?:[’'](?:ve|d|m))?\s[^.!?]{0,80}?\b(?:source\s+(?:text|article|story)|original\s+(?:text|article|story|piece|meaning|wording|report|version|sense))|I(?:\s+have\s+|[’']ve\s+|\s+)(?:\p{L}+\s+){0,2}(?:reworked|revised|polished)\s+(?:the|this|your)\s+(?:article|text|story|piece|report|draft))\b", Options, 1000)]
    private static partial Regex EnglishRewrite();

    [GeneratedRegex(@"\b(?:let\s+me\s+know|feel\s+free\s+to|just\s+(?:say\s+the\s+word|ask)|if\s+you(?:[’']d|\s+would)?\s+(?:like|want|prefer|need)[^.!?]{0,60}\b(?:I|me)\b|if\s+you(?:[’']d|\s+would)?\s+(?:like|want|prefer|need)\b[^.!?]{0,60}\b(?:version|summary|bullet\s+points|citations|rewrite|headline|changes|edits|tweaks|adjustments)\b|I\s+(?:can|could)\s+(?:also\s+)?(?:suggest|provide|adjust|shorten|rewrite|offer|draft|prepare|expand|make\s+(?:it|this|the\s+\p{L}+)\s+(?:shorter|longer|more|less|simpler))|I\s+hope\s+(?:this|that|the)\s+(?:rewrite|version|text|article|summary|paraphrase|works|helps|meets)|(?:I\s+)?hope\s+(?:this|that|it)\s+(?:helps|is\s+(?:useful|helpful|what\s+you))|(?:anything|something)\s+else\s+(?:you[’']d|you\s+would|you)\s+(?:like|want|need)|anything\s+else\s+I\s+can\s+(?:help|do)|(?:you[’']d|you\s+would|you)\s+(?:like|want|prefer|need)\s+me\s+to|do\s+you\s+want\s+me\s+to|want\s+me\s+to|(?:would|do)\s+you\s+like\s+me\s+to|good\s+luck\s+with\s+your|I[’']?(?:m|\s+am|\s+would\s+be)\s+(?:happy|glad)\s+to\s+(?:make|help|adjust|provide|rewrite|change|revise|tweak|shorten|expand|edit)|I\s+(?:remain|am)\s+available|tell\s+me\s+(?:if|whether)|I\s+can\s+(?:also\s+)?(?:turn|convert|adapt|reformat)\s+(?:this|it)\s+into)\b", Options, 1000)]
    private static partial Regex EnglishReader();

    [GeneratedRegex(@"\b(?:as\s+an?\s+(?:AI|assistant|language\s+model|AI\s+(?:language\s+model|assistant|model))|I\s+am\s+(?:only\s+|just\s+|merely\s+)?an?\s+(?:AI|assistant|language\s+model|AI\s+(?:language\s+model|assistant|model)|computer\s+program))\b", Options, 1000)]
    private static partial Regex EnglishAssistant();

    // The rewrite announced as done, with its word count or what it kept: "(Word count: 412)",
    // "Paraphrase complete.", "All facts retained.", "This version avoids plagiarism…".
    [GeneratedRegex(@"^\s*\(?\s*(?:word\s+count|words)\s*:\s*(?:about|roughly|around|approximately|approx\.|some|~)?\s*\d[\d,]{0,8}(?>\s*)\)?\.?(?>\s*)$|^\s*(?:paraphrase|rewrite|rewriting|paraphrasing|edit)\s+(?:complete|completed|done|finished)\b|\b(?:all|every)\s+(?:the\s+)?(?:key\s+)?(?:facts?|figures|quotes|quotations|names|details)\s+(?:(?:from|of|in)\s+the\s+(?:original|source)(?:\s+(?:text|article|story|piece|report|version))?\s+)?(?:have\s+been\s+|has\s+been\s+|were\s+|are\s+)?(?:retained|kept|preserved|intact|unchanged)\b|\b(?:the\s+)?(?:following|previous|preceding|next|above|below)\s+(?:paragraph|passage|section|quote|quotation|sentence|exchange)s?\s+(?:has|have|was|were)\s+been\s+(?:\p{L}+\s+)?(?:shortened|condensed|trimmed|cut|abridged|paraphrased|rewritten|reworded|rephrased|summari[sz]ed|simplified)\b|\b(?:to|within|under|fit|meet|match|respect)\s+the\s+(?:requested|specified|desired|target)\s+(?:length|word\s+(?:count|limit))\b|\bthis\s+(?:version|rewrite|paraphrase)\s+(?:avoids|keeps|retains|preserves|stays)\b|^\s*\(?\s*(?:note|nb|n\.\s?b\.?|p\.\s?s\.?|disclaimer)\s*:[^.!?]{0,100}\b(?:reworded|rephrased|paraphrased|rewritten|verbatim|condensed|shortened|simplified|translated|kept\s+(?:as|intact|unchanged|verbatim)|as\s+in\s+the\s+(?:original|source)|(?:source|original)\s+(?:text|article|wording|version))\b|^\s*end\s+of\s+(?:the\s+)?(?:rewrite|rewritten\s+(?:text|article|version)|paraphrase|summary)\b", Options | RegexOptions.Multiline, 1000)]
    private static partial Regex EnglishDone();

    [GeneratedRegex(@"^\s*\(?\s*(?:nombre\s+de\s+mots|mots)\s*:\s*\d[\d\u202F\u00A0 ]{0,8}(?>\s*)\)?\.?(?>\s*)$|^\s*(?:reformulation|réécriture|paraphrase)\s+(?:terminée|achevée|finie|complète)\b|\btous\s+les\s+(?:faits|chiffres|noms|citations)\s+(?:(?:du|de\s+l[’'])\s*(?:texte|article|original)\s+(?:d[’']origine\s+|original\s+|source\s+)?)?(?:ont\s+été\s+|sont\s+)?(?:conservés|gardés|préservés|respectés|repris)\b|\b(?:le|ce|les|ces|la|cette)\s+(?:paragraphe|passage|phrase|citation|section|échange|paragraphes|passages|phrases|citations|sections)\s+(?:suivante?s?|précédente?s?|ci-dessous|ci-dessus|qui\s+suit|qui\s+suivent)\s+(?:a|ont)\s+été\s+(?:\p{L}+\s+)?(?:raccourcie?s?|condensée?s?|abrégée?s?|coupée?s?|résumée?s?|reformulée?s?|réécrite?s?|paraphrasée?s?|remaniée?s?|simplifiée?s?|allégée?s?)\b|\b(?:respecter|tenir\s+dans|correspondre\s+à|dépasser)\s+(?:la\s+longueur|le\s+nombre\s+de\s+mots|le\s+format)\s+(?:demandée?|souhaitée?|imposée?|requise?|exigée?)\b|\b(?:cette|la)\s+(?:version|reformulation|réécriture|paraphrase)\s+(?:évite|conserve|garde|respecte|reprend|préserve)\b|^\s*\(?\s*(?:note|nb|n\.\s?b\.?|p\.\s?s\.?|remarque|précision)\s*:[^.!?]{0,100}\b(?:reformulée?s?|paraphrasée?s?|réécrite?s?|remaniée?s?|condensée?s?|raccourcie?s?|simplifiée?s?|traduite?s?|conservée?s?\s+(?:telle?s?\s+quelle?s?|à\s+l[’']identique|intégralement)|mot\s+pour\s+mot|telles?\s+quelles?|à\s+l[’']identique|(?:texte|article|version)\s+(?:d[’']origine|original|originale|source))\b", Options | RegexOptions.Multiline, 1000)]
    private static partial Regex FrenchDone();

    // Courtesies to the requester: "Happy to make further edits", "Is there anything else you'd like me to…", "I trust this meets your requirements".
    [GeneratedRegex(@"\b(?:thanks?\s+(?:you\s+)?for\s+sharing|happy\s+to\s+(?:make|help|adjust|provide|revise|tweak|change)|anything\s+else\s+you(?:[’']d|\s+would)?\s+like\s+me\s+to|(?:meets|suits|fits)\s+your\s+(?:requirements|needs|brief|expectations)|(?:I\s+)?trust\s+(?:this|that|it)\s+(?:meets|works|helps|suits)|(?:I\s+)?hope\s+you\s+(?:find|found|enjoy|like)\s+(?:this|it|the\s+(?:rewrite|version|article|text|summary))\b)\b", Options, 1000)]
    private static partial Regex EnglishCourtesy();

    [GeneratedRegex(@"\b(?:il\s+suffit\s+de\s+me\s+le\s+(?:dire|demander|signaler)|autre\s+chose\s+que\s+vous\s+(?:aimeriez|voudriez|souhaiteriez|souhaitez)\s+que\s+je|merci\s+pour\s+(?:le\s+partage|cet\s+article|ce\s+texte)|(?:répond|correspond)\s+à\s+vos\s+(?:attentes|besoins|consignes)|puis-je\s+vous\s+(?:aider|être\s+utile)|je\s+reste\s+(?:à\s+votre\s+disposition|disponible))\b", Options, 1000)]
    private static partial Regex FrenchCourtesy();

    // The assistant's limits: no live data, a knowledge cut-off, nothing it can browse or verify in the source.
    [GeneratedRegex(@"\b(?:I\s+(?:do\s+not|don[’']t)\s+have\s+(?:access\s+to\s+)?(?:real-time|live|current|up-to-date)|I\s+(?:can(?:not|[’']t)|am\s+unable\s+to|could\s+not|couldn[’']t|was\s+unable\s+to|(?:have|had)\s+not\s+been\s+able\s+to|(?:haven|hadn)[’']t\s+been\s+able\s+to)\s+(?:browse|access\s+the\s+internet|verify\b[^.!?]{0,60}\b(?:original|source|text|article))|(?:as\s+of|since|based\s+on)\s+my\s+(?:last\s+)?(?:knowledge|training)|my\s+(?:knowledge|training)\s+(?:cut-?off|data)|plagiari[sz]m)\b", Options, 1000)]
    private static partial Regex EnglishLimits();

    [GeneratedRegex(@"\b(?:je\s+n[’']ai\s+pas\s+accès\s+(?:aux?|à\s+(?:des|l[’']))\s*(?:informations?|données|actualités|internet)|(?:d[’']après|selon)\s+mes\s+(?:dernières\s+)?(?:données|connaissances)|(?:ma|mes)\s+(?:date\s+de\s+)?(?:coupure|limite)\s+de\s+connaissances|je\s+ne\s+(?:peux|suis\s+pas\s+en\s+mesure\s+de)\s+(?:pas\s+)?(?:naviguer|accéder\s+à\s+internet)|je\s+(?:n[’']ai\s+pas\s+pu|ne\s+peux\s+pas|ne\s+suis\s+pas\s+en\s+mesure\s+de|n[’']ai\s+pas\s+été\s+en\s+mesure\s+de)\s+vérifier\b[^.!?]{0,80}\b(?:texte|article|source|original|dépêche)|plagiat)\b", Options, 1000)]
    private static partial Regex FrenchLimits();

    // The writer and the requester in one sentence about the text, in whatever words: the reader addressed
    // ("you", "vous"), the writer in the first person singular, and the text or its parts ("version",
    // "headline", "titre", "chapeau") — "I hope this rewrite meets your needs", "Dites-moi si le titre vous
    // convient", "Je peux vous proposer une version plus courte". The match starts at the second-person word
    // and reads a bounded stretch of its sentence on either side.
    [GeneratedRegex("""
        \b(?:you|your|yours)\b
        (?:(?<=(?<![\p{L}’'])(?-i:I)(?:[’'](?:m|ve|d|ll))?\b[^.!?]{0,120}|\b(?:me|my)\b[^.!?]{0,120})|(?=[^.!?]{0,120}(?:(?<![\p{L}’'])(?-i:I)(?![\p{L}])|\b(?:me|my)\b)))
        (?:(?<=\b(?:versions?|rewrites?|rewording|draft|text|article|piece|headlines?|titles?|summary|paraphrase|wording|tone|edits|tweaks|adjustments|format|paragraphs?|intro|lede|standfirst|request|instructions|brief|requirements)\b[^.!?]{0,120})
          |(?=[^.!?]{0,120}\b(?:versions?|rewrites?|rewording|draft|text|article|piece|headlines?|titles?|summary|paraphrase|wording|tone|edits|tweaks|adjustments|format|paragraphs?|intro|lede|standfirst|request|instructions|brief|requirements)\b))
        """, Options | RegexOptions.IgnorePatternWhitespace, 1000)]
    private static partial Regex EnglishExchange();

    [GeneratedRegex("""
        \b(?:vous|votre|vos)\b
        (?:(?<=(?:\b(?:je|moi|(?-i:me))\b|\b[jm][’']|-moi\b)[^.!?]{0,120})|(?=[^.!?]{0,120}(?:\b(?:je|moi|(?-i:me))\b|\b[jm][’']|-moi\b)))
        (?:(?<=\b(?:versions?|texte|article|titres?|chapeau|résumé|reformulation|réécriture|paraphrase|modifications|ajustements|retouches|formulations?|paragraphes?|intertitres?|consignes|brouillon|dépêche)\b[^.!?]{0,120})
          |(?=[^.!?]{0,120}\b(?:versions?|texte|article|titres?|chapeau|résumé|reformulation|réécriture|paraphrase|modifications|ajustements|retouches|formulations?|paragraphes?|intertitres?|consignes|brouillon|dépêche)\b))
        """, Options | RegexOptions.IgnorePatternWhitespace, 1000)]
    private static partial Regex FrenchExchange();
}
