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
    private static readonly Lazy<TextPrefilter?> FrenchCues = new(() => RegexCues.Of(FrenchText(), FrenchRewrite(), FrenchReader(), FrenchAssistant()));
    private static readonly Lazy<TextPrefilter?> EnglishCues = new(() => RegexCues.Of(EnglishText(), EnglishRewrite(), EnglishReader(), EnglishAssistant()));

    /// <summary>
    /// False when <paramref name="text"/> holds none of the literals that some match of a
    /// <see cref="Detect"/> pattern must contain: no sentence of it, nor any copy with words
    /// blanked out, can then be about the text. True when unsure.
    /// </summary>
    public static bool MightDetect(ReadOnlySpan<char> text, string language) =>
        RegexCues.MightMatch(language == DocumentLanguage.French ? FrenchCues.Value : EnglishCues.Value, text);

    public static MetaReference Detect(string prose, string language)
    {
        var french = language == DocumentLanguage.French;
        var result = MetaReference.None;
        if ((french ? FrenchText() : EnglishText()).IsMatch(prose))
        {
            result |= MetaReference.Text;
        }

        if ((french ? FrenchRewrite() : EnglishRewrite()).IsMatch(prose))
        {
            result |= MetaReference.Rewrite;
        }

        if ((french ? FrenchReader() : EnglishReader()).IsMatch(prose))
        {
            result |= MetaReference.Reader;
        }

        if ((french ? FrenchAssistant() : EnglishAssistant()).IsMatch(prose))
        {
            result |= MetaReference.Assistant;
        }

        return result;
    }

    /// <summary>An assistant's opening word standing alone: "Sure!", "Bien sûr !", "Certainly,", "D’accord."</summary>
    public static bool IsInterjection(string sentence) => Interjection().IsMatch(sentence);

    [GeneratedRegex(@"^\s*(?:bien\s+sûr|certainement|absolument|d[’']accord|parfait|très\s+bien|avec\s+plaisir|volontiers|sure|certainly|of\s+course|absolutely|okay|ok|great|alright|all\s+right|happy\s+to\s+help)\s*[!.,:]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Interjection();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:voici|voilà|ci-dessous|ci-après)\b[^.!?]{0,40}?\b(?:texte|article|version|dépêche|paraphrase|reformulation|réécriture|résumé|traduction|adaptation)s?\b(?:\s+(?:reformulée?|paraphrasée?|réécrite?|révisée?|corrigée?|demandée?|remaniée?|modifiée?|raccourcie?)\b|[^.!?:]{0,60}[:.!]?\s*$)", Options, 1000)]
    private static partial Regex FrenchText();

    [GeneratedRegex(@"\b(?:j[’']ai\s+(?:\p{L}+\s+){0,2}(?:reformulé|paraphrasé|réécrit|résumé|retravaillé|adapté|traduit|raccourci)|(?:cette|la|ma|une)\s+(?:reformulation|paraphrase|réécriture|version\s+(?:reformulée|paraphrasée|réécrite|révisée))|(?:texte|article|dépêche)\s+(?:reformulée?|paraphrasée?|réécrite?))\b", Options, 1000)]
    private static partial Regex FrenchRewrite();

    [GeneratedRegex(@"\b(?:n[’']hésitez\s+pas|dites-moi|faites-moi\s+savoir|si\s+vous\s+(?:le\s+)?(?:souhaitez|voulez|désirez|préférez)[^.!?]{0,60}\b(?:je|j[’'])|(?:je|j[’'])\s*(?:peux|pourrais|pourrai)\s+(?:aussi\s+|également\s+)?(?:vous\s+)?(?:proposer|fournir|ajuster|modifier|raccourcir|reformuler|adapter|rédiger|préparer)|j[’']espère\s+que\s+(?:cette|ce|la|le)\s+(?:reformulation|texte|version|article|résumé|paraphrase)|(?:cela|ceci|ça)\s+vous\s+convient|je\s+reste\s+(?:à\s+(?:votre|ta)\s+disposition|disponible)|(?:souhaitez|voulez|désirez|aimeriez|préférez)-vous\s+que\s+(?:je|j[’']))\b", Options, 1000)]
    private static partial Regex FrenchReader();

    [GeneratedRegex(@"\b(?:en\s+tant\s+qu[e’']\s*(?:(?:un|une)\s+)?(?:assistant|assistante|IA|intelligence\s+artificielle|modèle\s+de\s+langage|agent\s+conversationnel)|(?:je|j[’'])\s*(?:ne\s+)?suis\s+(?:qu[’']\s*)?(?:un|une)\s+(?:simple\s+)?(?:assistant|assistante|IA|intelligence\s+artificielle|modèle\s+de\s+langage|programme|agent\s+conversationnel))\b", Options, 1000)]
    private static partial Regex FrenchAssistant();

    [GeneratedRegex(@"\b(?:here\s+is|here[’']s|below\s+is|below\s+you[’']ll\s+find|this\s+is)\b[^.!?]{0,40}?\b(?:text|article|version|story|paraphrase|rewrite|summary|piece|draft|translation)s?\b(?=[^.!?]{0,40}[:.]?\s*$)", Options | RegexOptions.Multiline, 1000)]
    private static partial Regex EnglishText();

    [GeneratedRegex(@"\b(?:I\s+(?:have\s+|[’']ve\s+)?(?:\p{L}+\s+){0,2}(?:paraphrased|rewritten|reworded|rephrased|rewrote|summari[sz]ed|condensed|shortened|translated)|this\s+(?:rewrite|paraphrase|rewritten\s+version|version)|(?:rewritten|paraphrased|reworded)\s+(?:version|text|article|story))\b", Options, 1000)]
    private static partial Regex EnglishRewrite();

    [GeneratedRegex(@"\b(?:let\s+me\s+know|feel\s+free\s+to\s+(?:ask|let\s+me|tell\s+me|reach)|if\s+you(?:[’']d|\s+would)?\s+(?:like|want|prefer|need)[^.!?]{0,60}\b(?:I|me)\b|I\s+(?:can|could)\s+(?:also\s+)?(?:suggest|provide|adjust|shorten|rewrite|offer|make|draft|prepare|expand)|I\s+hope\s+(?:this|that|the)\s+(?:rewrite|version|text|article|summary|paraphrase|works|helps|meets)|do\s+you\s+want\s+me\s+to|want\s+me\s+to|(?:would|do)\s+you\s+like\s+me\s+to|I[’']?(?:m|\s+am|\s+would\s+be)\s+(?:happy|glad)\s+to\s+(?:make|help|adjust|provide|rewrite|change|revise|tweak|shorten|expand|edit)|I\s+(?:remain|am)\s+available)\b", Options, 1000)]
    private static partial Regex EnglishReader();

    [GeneratedRegex(@"\b(?:as\s+an?\s+(?:AI|assistant|language\s+model|AI\s+(?:language\s+model|assistant|model))|I\s+am\s+(?:only\s+|just\s+|merely\s+)?an?\s+(?:AI|assistant|language\s+model|AI\s+(?:language\s+model|assistant|model)|computer\s+program))\b", Options, 1000)]
    private static partial Regex EnglishAssistant();
}
