using System.Text.RegularExpressions;
using RulesSdk.Syntax;
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

    // A head before a comma: "À l’heure où j’écris ces lignes" and a little more.
    private const int MaxCommaHead = 60;

    // A head before a long fact: "Sans surprise pour nous qui suivons la région depuis des années" and a little more;
    // the fact is a carrier sentence's worth of words, longer than most one-line verdicts.
    private const int MaxHeadBeforeFact = 100;
    private const int MaxHeadWords = 14;
    private const int MinFactWords = 14;

    /// <summary>
    /// "Je me permets de vous dévoiler que …", "I can now reveal that …", "Je vous le dis : …": the clause
    /// opens the sentence and ends at que/that or a colon, holds no belief or feeling ("je pense que",
    /// "I’m glad that"), and the rest of the sentence is a clause of its own in another person.
    /// </summary>
    public static bool FramesWhatFollows(string prose, TextSpan sentence, TextSpan clause, bool french)
    {
        if (clause.Start != sentence.Start)
        {
            return false;
        }

        // A sentence of one clause can still open with a head that ends at a comma.
        if (clause.End >= sentence.End)
        {
            return AddressesBeforeAComma(prose, sentence, french);
        }

        // A long first clause ("À l’heure où j’écris ces lignes, la campagne … plus tardive que") may still open
        // with such a head; a short one is read as a lead-in up to its boundary.
        if (clause.Length > MaxLeadInLength)
        {
            return AddressesBeforeAComma(prose, sentence, french);
        }

        var own = prose.AsSpan(clause.Start, clause.Length);

        // The narrator is the subject ("je", "nous", "permettez-moi", "let me"), not an experiencer ("il me
        // semble que", "it strikes me that"); a restrictive ne … que ("Nous ne pouvons que saluer …") is no boundary.
        // The imperative "Rappelons que", "Notons que" is the newsroom's idiom, in real reports too: not a subject.
        if (!EndsAtBoundary(own, french)
            || !(french ? FrenchNarratorSubject() : EnglishNarratorSubject()).IsMatch(own)
            || (french ? FrenchBelief() : EnglishBelief()).IsMatch(own)
            || (french ? FrenchConjunctionQue() : EnglishConjunctionThat()).IsMatch(own)
            || (french && FrenchRestrictiveQue().IsMatch(own))
            || (french ? FrenchDeed() : EnglishDeed()).IsMatch(own))
        {
            return false;
        }

        return IsAFactOfItsOwn(prose.AsSpan(clause.End, sentence.End - clause.End), french);
    }

    /// <summary>
    /// "Just as I expected, the President sent a message of greetings to …", « Détail que je trouve touchant,
    /// l’église catholique de Kahnawake sert de … », "What caught our attention most is that Vladimir Putin …": a
    /// short head in the first person, up to a comma, a colon or "is that" / « c’est que », glued before a long
    /// third-person fact that grades nothing itself. The head is a lead-in whatever it feels: the fact after it is
    /// told as news, not as the writer's view ("In my view, the Fund deserves the credit" grades its fact and stays
    /// an opinion). A head whose verb takes the rest as its complement ("Few of us would have bet, ten years ago,
    /// that …") is no head.
    /// </summary>
    public static bool HeadBeforeALongFact(string prose, TextSpan sentence, TextSpan clause, bool french)
    {
        var text = prose.AsSpan(sentence.Start, sentence.Length);
        var cut = (french ? FrenchHeadEnd() : EnglishHeadEnd()).Match(text[..Math.Min(text.Length, MaxHeadBeforeFact)].ToString());

        // The clause is the head or a part of it (« Détail que | je trouve touchant, … » is split at « que »).
        if (!cut.Success || cut.Index < 4 || clause.Start < sentence.Start || clause.Start >= sentence.Start + cut.Index)
        {
            return false;
        }

        var head = text[..cut.Index];
        var rest = text[(cut.Index + cut.Length)..];
        var atColon = cut.Value.Contains(':');
        var atPunctuation = atColon || cut.Value.Contains(',');
        return Words().Count(head) <= MaxHeadWords
            && (french ? FrenchFirstPersonWord() : EnglishFirstPersonWord()).IsMatch(head)
            && (atPunctuation || (french ? FrenchCleftHead() : EnglishCleftHead()).IsMatch(head))
            && !(french ? FrenchOwnView() : EnglishOwnView()).IsMatch(head)
            && !BeliefWithItsComplement(head, french)
            && !(atColon && (french ? FrenchClauseBeforeColon() : EnglishClauseBeforeColon()).IsMatch(head)
                && !(french ? FrenchToTheReaderWord() : EnglishToTheReaderWord()).IsMatch(head))
            && !(french ? FrenchEndsAtBoundary() : EnglishEndsAtBoundary()).IsMatch(head)
            && !(french ? FrenchDeed() : EnglishDeed()).IsMatch(head)
            && !(french ? FrenchIntent() : EnglishIntent()).IsMatch(head)
            && IsAFactOfItsOwn(rest, french)
            && !(french ? FrenchToTheReaderWord() : EnglishToTheReaderWord()).IsMatch(rest)
            && Words().Count(rest) >= MinFactWords
            && !(french ? FrenchComplementAhead() : EnglishComplementAhead()).IsMatch(rest)
            && !(french ? FrenchContinuation() : EnglishContinuation()).IsMatch(rest)
            && !OpensWithAttribution(rest, french)
            && !JudgementCues.Grades(rest, french);
    }

    // A belief verb followed by its own que/that clause ("Je dois avouer que cette annonce me met mal à l’aise"); a
    // relative « que » before the belief (« Détail que je trouve touchant ») is no complement of it.
    private static bool BeliefWithItsComplement(ReadOnlySpan<char> head, bool french)
    {
        var belief = (french ? FrenchBelief() : EnglishBelief()).Match(head.ToString());
        return belief.Success && (french ? FrenchComplementizer() : EnglishComplementizer()).IsMatch(head[(belief.Index + belief.Length)..]);
    }

    // "…, the Deputy Prime Minister wrote on her Telegram channel, because …": the rest opens with an attribution of
    // a few words, so the head is that speaker's words, not the writer's.
    private static bool OpensWithAttribution(ReadOnlySpan<char> rest, bool french)
    {
        var comma = rest.IndexOf(',');
        var segment = comma < 0 ? rest : rest[..comma];
        return Words().Count(segment) <= 10
            && AttributionPatterns.For(french ? DocumentLanguage.French : DocumentLanguage.English).ReportingVerb.IsMatch(segment);
    }

    /// <summary>Whether the clause holds a belief, a judgement or a feeling ("je pense", "il me semble", "I’m glad", "frankly").</summary>
    public static bool HoldsBelief(ReadOnlySpan<char> clause, bool french) =>
        (french ? FrenchBelief() : EnglishBelief()).IsMatch(clause);

    /// <summary>"Allow me to add some context.", "Permettez-moi une précision.": the narrator asks leave to tell.</summary>
    public static bool AsksLeaveToTell(ReadOnlySpan<char> clause, bool french) =>
        (french ? FrenchLeaveToTell() : EnglishLeaveToTell()).IsMatch(clause);

    /// <summary>
    /// "Je ne vous le cache pas, …", "À l’heure où j’écris ces lignes, …", "I won’t lie to you, …": the
    /// sentence opens with a short head up to a comma in which the narrator, as the subject, speaks to the
    /// reader or of its writing, with no belief or feeling, before a third-person fact.
    /// </summary>
    private static bool AddressesBeforeAComma(string prose, TextSpan sentence, bool french)
    {
        var text = prose.AsSpan(sentence.Start, sentence.Length);
        var comma = text[..Math.Min(text.Length, MaxCommaHead)].IndexOf(',');
        if (comma < 4)
        {
            return false;
        }

        var head = text[..comma];
        return (french ? FrenchNarratorSubject() : EnglishNarratorSubject()).IsMatch(head)
            && (french ? FrenchToTheReader() : EnglishToTheReader()).IsMatch(head)
            && !(french ? FrenchBelief() : EnglishBelief()).IsMatch(head)
            && IsAFactOfItsOwn(text[(comma + 1)..], french);
    }

    /// <summary>The fact after a lead-in: a sentence of its own (a few words), not a quotation, and no longer the narrator's "I".</summary>
    private static bool IsAFactOfItsOwn(ReadOnlySpan<char> rest, bool french)
    {
        rest = rest.Trim();
        return rest.Length > 0 && !IsQuoteMark(rest[0])
            && Words().Count(rest) >= 3
            && !(!french && EnglishOpensWithAVerb().IsMatch(rest))
            && !(french ? FrenchFirstPersonWord() : EnglishFirstPersonWord()).IsMatch(rest);
    }

    /// <summary>Whether <paramref name="clause"/> ends at que/qu’/that or a colon: it hands over what follows.</summary>
    public static bool EndsAtBoundary(ReadOnlySpan<char> clause, bool french) =>
        (french ? FrenchEndsAtBoundary() : EnglishEndsAtBoundary()).IsMatch(clause);

    /// <summary>
    /// Perception or presence in shapes the classifier's witness cues do not list: a perception verb in any
    /// tense after a first-person subject ("nous l’apercevions", "nous avons pu visionner", "j’assistais"),
    /// a place of the narrator's ("sous mes fenêtres"), the narrator among those present ("myself
    /// included", "those of us in the gallery").
    /// </summary>
    public static bool PerceivesOrIsPresent(ReadOnlySpan<char> text, bool french) =>
        (french ? FrenchPerception() : EnglishPerception()).IsMatch(text);

    /// <summary>
    /// The narrator arriving, joining or waiting in a relative or time clause ("the hall, which I reached at noon",
    /// "where we waited", "When I opened the site", « la foule, que j’ai rejointe », « alors que j’arrivais »): on the scene,
    /// though the verb sees nothing. Read on the sentence up to the clause, since the relative word opens the clause before.
    /// </summary>
    public static bool ArrivesInASubordinateClause(ReadOnlySpan<char> upToClause, bool french) =>
        (french ? FrenchArrival() : EnglishArrival()).IsMatch(upToClause);

    /// <summary>
    /// "J’ai signé le décret", "nous nous sommes entretenus avec …", "We discussed our cooperation", "I met
    /// the families", "nous bloquerons la laiterie", "I will draft legislation", "I am asking every school":
    /// every first-person subject does a past, planned or ongoing deed (not a belief or a feeling: "j’ai
    /// pensé", "I felt", "I will never forget"), and no other first-person word is left but a possessive.
    /// </summary>
    public static bool RecountsDeeds(ReadOnlySpan<char> clause, bool french)
    {
        var deeds = french ? FrenchDeed() : EnglishDeed();
        var intents = french ? FrenchIntent() : EnglishIntent();
        if (!deeds.IsMatch(clause) && !intents.IsMatch(clause))
        {
            return false;
        }

        var left = intents.Replace(deeds.Replace(clause.ToString(), " "), " ");
        return !(french ? FrenchNonPossessiveFirstPerson() : EnglishNonPossessiveFirstPerson()).IsMatch(left);
    }

    // "… a single clause of the communiqué that | could be traded away": a "that" followed by a verb is a relative
    // pronoun, the subject of what follows, and the rest is no sentence of its own.
    [GeneratedRegex(@"\A(?:could|would|will|can|may|might|must|should|shall|is|are|was|were|has|have|had|does|did|do|be|been)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensWithAVerb();

    private static bool IsQuoteMark(char c) => c is '«' or '“' or '"' or '‘' or '„' or '\'';

    [GeneratedRegex(@"\b(?:maintenant|alors|bien|parce|dès|pendant|tandis|ainsi|avant|après|sans|pour|afin|depuis|sitôt|tant|sorte|mesure|plutôt|moins|plus|davantage|mieux|autant|autrement|même|lors|puis|jusqu[’']à\s+ce|à\s+ce)\s*(?:que|qu[’'])\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchConjunctionQue();

    [GeneratedRegex(@"\b(?:so|now|given|except|such|in|provided|assuming|considering|seeing|so\s+much|to\s+the\s+extent)\s+that\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishConjunctionThat();

    // The narrator speaks to the reader ("vous", "you") or of its own writing ("j’écris ces lignes").
    [GeneratedRegex(@"\b(?:vous|écri\p{L}*|rédige\p{L}*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchToTheReader();

    [GeneratedRegex(@"\b(?:you|write|writing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishToTheReader();

    [GeneratedRegex(@"\A\s*(?:(?:permettez|laissez)-(?:moi|nous)|je\s+me\s+permets|qu[’']il\s+me\s+soit\s+permis)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchLeaveToTell();

    [GeneratedRegex(@"\A\s*(?:(?:let|allow|permit)\s+(?:me|us)(?!\s+(?:hope|pray|wish|trust|not\s+forget|never\s+forget)\b)|if\s+I\s+may)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishLeaveToTell();

    [GeneratedRegex(@"\b(?:je\s+|j[’']\s*|nous\s+)(?:(?:l[’']|le|la|les|en|y|lui|leur|ne|n[’'])\s*)*(?:(?:ai|avons|avais|avions|pu|pouvions|pouvais|pouvons|peux)\s+)*(?:(?:pu|dû)\s+)?(?:vo[yi]ions|voyais|voyons|vue?s?(?!\s+d[’']autres\b)|aperç\p{L}*|apercev\p{L}*|entendu|entendions|entendais|regard\p{L}*|observ\p{L}*|remarqu\p{L}*|constat\p{L}*|assist\p{L}*|visionn\p{L}*|distingu\p{L}*|contempl\p{L}*|filmé|photographié)|\b(?:sous|devant|depuis|de)\s+(?:mes|nos|ma|mon|notre)\s+(?:propres\s+)?(?:yeux|fenêtres?|balcons?|bureaux?|portes?|pieds)\b|\b(?:moi|nous)\s+(?:y\s+)?(?:compris|comprise?s?|inclus|incluse?s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPerception();

    [GeneratedRegex(@"\b(?:myself|me|us|ourselves)\s+included\b|\bincluding\s+(?:me|myself|us|ourselves)\b|\bthose\s+of\s+us\s+(?:in|at|on|inside|outside|who\s+(?:were|was|watched|saw|heard))\b|\b(?:I|we)\s+(?:could|can|did|would)\s+(?:still\s+|clearly\s+|just\s+)?(?:see|hear|smell|feel\s+the|make\s+out)\b|\b(?:I|we)\s+(?:was|were)\s+(?:\p{Ll}+\s+)?(?:watching|listening|standing|sitting|waiting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPerception();

    [GeneratedRegex(@"\b(?:que|qu[’']|où|lorsque|quand|alors\s+que|dès\s+que)\s*(?:j[’']\s*|nous\s+)(?:(?:les|la|l[’']|y)\s*)?(?:(?:ai|avons|suis|sommes)\s+)?(?:rejoint|accompagné|visité|attendu|arrivé|entré|suivi|parcouru|quitté)e?s?\b|\b(?:alors\s+que|quand|lorsque|dès\s+que)\s+(?:j[’']\s*|nous\s+)(?:arrivais|arrivions|entrais|entrions|attendais|attendions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchArrival();

    [GeneratedRegex(@"\b(?:which|where|when|as|while|once)\s+(?:I|we)\s+(?:had\s+|first\s+|finally\s+)?(?:reached|joined|entered|visited|arrived|waited|stood|walked|drove|toured|opened|approached)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishArrival();

    // A first-person subject and a planned or ongoing deed: a simple future ("nous bloquerons", "je
    // continuerai"), "je vais / nous allons" and an infinitive, "I will / we plan to / I am asking". Not
    // a belief, a modal or a feeling ("je pourrai", "nous verrons", "I will never forget").
    [GeneratedRegex(@"\b(?:je\s+|j[’']\s*|nous\s+)(?:ne\s+|n[’']\s*)?(?:(?:l[’']|le|la|les|leur|lui|vous|en|y)\s*)?(?!(?:pourr|devr|saur|verr|voudr|faudr|croi|pens|oubli|regrett|espér|crai|aim|préfér|souhait|dout|consid|estim|jug|trouv|admir|ignor|déplor|réjou|sembl)\p{L}*)\p{Ll}{2,}(?:erai|irai|rai|erons|irons|rons)\b|\b(?:je\s+vais|nous\s+allons)\s+(?:(?:l[’']|le|la|les|leur|lui|vous|en|y)\s*)?(?!(?:voir|penser|croire|espérer|regretter|devoir|pouvoir)\b)\p{Ll}{3,}(?:er|ir|re)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchIntent();

    [GeneratedRegex(@"\b(?:I|[Ww]e)(?:\s+(?:will|shall)|[’']ll|\s+(?:plan|intend|aim|am\s+going|are\s+going)\s+to)\s+(?:(?:also|personally|now|then|soon|jointly|immediately|again|continue\s+to)\s+)*(?!(?i:never|not|be|have|remember|forget|miss|see|hope|believe|think|feel|know|admit|say|tell|wait)\b)\p{Ll}{2,}\b|\b(?:I\s+am|I[’']m|[Ww]e\s+are|[Ww]e[’']re)\s+(?:(?:also|now|personally|today|currently)\s+)?(?!(?i:hoping|thinking|wondering|worried|worrying|looking|feeling|watching|going|not|still|sure|afraid|glad|happy|sad|sorry|convinced|certain|confident|delighted|pleased|thrilled|proud|being)\b)\p{Ll}{3,}ing\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishIntent();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Words();

    [GeneratedRegex(@"(?:\bque|\bqu[’']|:)\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchEndsAtBoundary();

    [GeneratedRegex(@"\b(?:(?:je|nous)(?![\p{L}\d])|j[’'])|-(?:moi|nous)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNarratorSubject();

    [GeneratedRegex(@"\bI\b|\b(?i:we|let\s+(?:me|us)|allow\s+(?:me|us)|let[’']s)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNarratorSubject();

    [GeneratedRegex(@"\b(?:ne|n[’'])\b[^:]*\b(?:que|qu[’'])\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchRestrictiveQue();

    [GeneratedRegex(@"(?:\bthat|:)\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishEndsAtBoundary();

    // Belief, judgement and feeling: the clause is an opinion's, whatever follows ("je pense que", "il me
    // semble que", "je suis convaincu que", "je suis heureux que" but not "heureux d’annoncer que").
    [GeneratedRegex(@"\b(?:pens|cro[iy]|trouv|estim|consid[éè]r|jug|dout|crai|craign|esp[éè]r|regrett|d[ée]plor|avou|admet|admett|reconna[iî]|suppos|imagin|souhait|r[ée]jou|sembl|para[iî]|appara[iî]|redout|soupçonn|parier|gager)\p{L}*|\b(?:ai|avons|avais|gard[eo]n?s?)\s+(?:l[’']\s*(?:impression|intime\s+conviction)|le\s+sentiment|la\s+conviction|(?:bien\s+)?peur|hâte|honte|bon\s+espoir)|\b(?:suis|sommes|reste|restons|demeure|demeurons|étais|étions|serais|serions|serai|serons)\s+(?:\p{L}+\s+){0,2}(?:convaincue?s?|persuadée?s?|sûre?s?|certaine?s?|d[’']avis|heureu(?:x|ses?)|ravie?s?|contente?s?|fière?s?|fiers|tristes?|déçue?s?|inquiète?s?|inquiets|choquée?s?|surprise?s?|étonnée?s?|navrée?s?|désolée?s?|soulagée?s?|confiante?s?|sceptiques?|optimistes?|pessimistes?)\b(?!\s+d[e’'])|\bm[’']\s*(?:étonne|inquiète|attriste|désole|agace|choque|console|rassure|frappe|interroge)|\b(?:à|selon|pour)\s+(?:moi|mon\s+(?:avis|sens|goût|oreille|œil)|ma\s+part)\b|\b(?:franchement|honnêtement|personnellement|sincèrement)\b|\bpour\s+autant\s+que\s+je\s+puisse\s+en\s+juger\b|\b(?:à|d[’']après)\s+ce\s+que\s+je\s+(?:vois|constate|lis)\b|\bsi\s+vous\s+voulez\s+mon\s+avis\b|\b(?:serais|serions|suis|sommes|étais|étions)\s+(?:pas\s+|guère\s+|peu\s+)?(?:surprise?s?|étonnée?s?)\s+de\s+voir\b|\bsi\s+je\s+(?:l[’']\s*|la\s+|le\s+|les\s+)?(?:comprends|lis|ai)\s+bien\b|\b(?:je|nous)\s+(?:me|nous)\s+(?:garderai|garderais|garderons|garderions|garde|gardons)\s+(?:bien\s+)?de\b|\btraitez-moi\s+de\b|\bconc[eè]d\p{L}*|\baccorde\s+volontiers\b|\bprends\s+le\s+pari\b|\bsauf\s+erreur\s+de\s+ma\s+part\b|\b(?:qu[’']on|que\s+l[’']on)\s+me\s+pardonne\b|\bpardonnez-moi\b|\bm[’']\s*(?:a|aura|avait|aurait)\s+(?:\p{L}+\s+)?paru\b|\bme\s+laisse\s+(?:perplexe|sceptique|songeu(?:r|se)|dubitati(?:f|ve)|pantois|sans\s+voix)\b|\bm[’']en\s+souviens\b|\bpuissions-nous\b|\bpuissé-je\b|\bpartag\p{L}*\s+(?:\p{L}+\s+)?(?:ce|cet|cette|son|sa|leur|votre|l[’'])\s*(?:diagnostic|avis|analyse|constat|point\s+de\s+vue|inquiétude|optimisme|pessimisme|colère|indignation|sentiment|opinion|conviction|lecture)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchBelief();

    [GeneratedRegex(@"\b(?:think|thought|believ|feel|felt|find|found|reckon|suspect|guess|suppos|fear|hop(?:e|ed|es|ing)\b|doubt|regret|wish|expect|imagin|assum|admit|confess|conced|trust|bet\b|seem|appear|strik|struck|wonder|worr|sens(?:e|ed|ing)\b)\p{L}*|\b(?:would|I[’']d|we[’']d)\s+(?:say|argue|suggest|venture)\b|\b(?:am|[’']m|are|[’']re|remain|was|were)\s+(?:\p{L}+\s+){0,2}(?:convinced|sure|certain|confident|afraid|worried|concerned|glad|happy|sad|sorry|pleased|delighted|thrilled|proud|relieved|disappointed|surprised|shocked|amazed|saddened|optimistic|pessimistic|sceptical|skeptical|hopeful|troubled|uneasy|unconvinced|doubtful|persuaded|in\s+two\s+minds|of\s+the\s+view)\b(?!\s+to\b)|\b(?:(?:this|that|it)\s+is\s+(?:only|just|merely|purely|simply)\s+my\s+(?:reading|view|opinion|impression|guess|take|interpretation|hunch)|stand\s+corrected|in\s+my\s+(?:view|opinion|book|judge?ment)|to\s+my\s+(?:mind|ears?|eyes?)|for\s+my\s+part|personally|frankly|honestly|as\s+far\s+as\s+I\s+can\s+(?:tell|see|judge)|from\s+where\s+I\s+(?:sit|stand)|if\s+you\s+ask\s+me|grant\s+(?:that|you)|mark\s+my\s+words|let\s+(?:us|me)\s+be\s+(?:honest|frank|clear|candid)|reassur\p{L}*\s+(?:me|us)|call\s+me\s+(?:a\s+|an\s+)?\p{L}+|share\s+(?:\p{L}+\s+)?(?:this|that|his|her|their|your|the)\s+(?:view|diagnosis|assessment|concern|optimism|pessimism|anger|outrage|analysis|reading|sentiment|conviction))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishBelief();

    [GeneratedRegex(@"\b(?:(?:je|me|moi|mon|ma|mes|nous|notre|nos)(?![\p{L}\d])|[jm][’'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchFirstPersonWord();

    [GeneratedRegex(@"\bI\b|\b(?i:me|my|mine|myself|we|us|our|ours|ourselves)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishFirstPersonWord();

    [GeneratedRegex(@"\b(?:(?:je|me|moi|nous)(?![\p{L}\d])|[jm][’'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNonPossessiveFirstPerson();

    [GeneratedRegex(@"\bI\b|\b(?i:me|myself|we|us|ourselves)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNonPossessiveFirstPerson();

    // A first-person subject, its auxiliary (avoir, or être for verbs of motion and a few reflexive
    // deeds), up to two adverbs, then a past participle that is not a belief or a feeling ("pensé",
    // "cru", "aimé", "eu", "été", …) nor an adverb with a participle's ending ("jamais", "ainsi").
    [GeneratedRegex(@"\b(?:j[’']\s*|je\s+(?:l[’']\s*|les\s+|leur\s+|lui\s+|vous\s+|en\s+|y\s+)|nous\s+(?:(?:l[’']\s*|les\s+|leur\s+|lui\s+|vous\s+|en\s+|y\s+))?)(?:ai|avons|avais|avions)\s+(?:(?:ensuite|alors|aussi|également|déjà|hier|longuement|enfin|notamment|personnellement|récemment|conjointement|officiellement|\p{Ll}+ement)\s+){0,2}(?!(?:pensé|cru|trouvé|estimé|jugé|considéré|aimé|adoré|apprécié|détesté|admiré|regretté|craint|espéré|souhaité|voulu|redouté|douté|ressenti|éprouvé|eu|été|senti|compris|admis|reconnu|avoué|jamais|ainsi|aussi|ici|parmi|lui|oui|du|peu|plus|si|ni|trois|mais|puis|depuis|tant|autant|dû|pu|su|déploré|salué|applaudi|critiqué|dénoncé|condamné)\b)\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|int|uit|ait)\b|\b(?:je\s+(?:me\s+)?suis|nous\s+(?:nous\s+)?sommes)\s+(?:(?:ensuite|alors|aussi|également|déjà|hier|longuement|enfin|notamment|personnellement|récemment)\s+){0,2}(?:allée?s?|rendue?s?|venue?s?|arrivée?s?|partie?s?|rentrée?s?|retournée?s?|entretenue?s?|déplacée?s?|réunie?s?|adressée?s?|passée?s?|montée?s?|descendue?s?|entrée?s?|sortie?s?|revenue?s?|engagée?s?|exprimée?s?|mobilisée?s?|battue?s?|installée?s?|présentée?s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchDeed();

    [GeneratedRegex(@"\b(?:I|[Ww]e)(?:\s+(?:have|had)|[’'](?:ve|d))?\s+(?:(?:also|then|later|again|recently|personally|just|already|first|briefly|jointly|formally|officially|subsequently|yesterday|today)\s+){0,2}(?!(?i:believed|hoped|feared|expected|wondered|worried|liked|loved|hated|enjoyed|appreciated|admired|regretted|doubted|wanted|wished|considered|realized|realised|suspected|imagined|dreaded|argued|assumed|supposed|preferred|needed|used|been|had|felt|thought|found|understood|known|seemed|praised|applauded|criticized|criticised|condemned|deplored|never|always|still)\b)(?:\p{Ll}{2,}ed|met|held|spoke|spoken|went|gone|took|taken|gave|given|made|sent|brought|wrote|written|told|said|came|left|flew|flown|led|began|begun|chose|chosen|set|put|won|paid|sat|spent|got|drove|driven|ran|run|sought|built|kept|bought|caught|taught|meant|read|sold|laid|undertook|undertaken|oversaw|overseen)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishDeed();

    // Where a head ends: the first comma or colon, or "is that" / « c’est que » ("What strikes me is that …").
    [GeneratedRegex(@"\s*[,:]\s*|\s+(?:is|was)\s+that\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishHeadEnd();

    [GeneratedRegex(@"\s*[,:]\s*|,?\s+c[’']est\s+(?:que|qu[’'])\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchHeadEnd();

    // The head's verb goes on into the rest: a lower-case insertion, then a comma and "that" / « que » ("…, ten years
    // ago, that …"); a rest with its own subject and verb ("the President expressed hope that …") does not.
    [GeneratedRegex(@"\A\W*(?-i:\p{Ll})[^,.;:!?]{0,40},\s*that\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishComplementAhead();

    [GeneratedRegex(@"\A\W*(?-i:\p{Ll})[^,.;:!?]{0,40},\s*(?:que|qu[’'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchComplementAhead();

    // Only a pseudo-cleft head ends at "is that" / « c’est que »: "What caught our attention most is that …", « Ce qui
    // m’a frappé, c’est que … »; "My bet is that …" is a prediction, the writer's view.
    [GeneratedRegex(@"\A\s*(?:and\s+|but\s+)?(?:what|the\s+(?:thing|part|detail|point)\s+(?:that\s+)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishCleftHead();

    [GeneratedRegex(@"\A\s*(?:et\s+|mais\s+)?(?:ce\s+(?:qui|que|qu[’'])|l[’']\s*(?:élément|aspect|détail)\s+(?:qui|que))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchCleftHead();

    // The writer's own view or source named as such: the rest is then that view ("In my view, …", "To my ear, …",
    // « Selon moi, … », « À mes yeux, … », « Selon mes calculs, … »), an opinion or a speaker's, no lead-in.
    [GeneratedRegex(@"\b(?:in\s+my\s+(?:humble\s+|own\s+)?(?:view|opinion|judg(?:e)?ment|experience|book)|to\s+my\s+(?:mind|ear|eye|eyes|taste)|as\s+far\s+as\s+(?:I|we)\s+(?:can|could)\s+(?:tell|see|judge)|my\s+(?:bet|guess|hunch|sense|view|feeling|reading)|if\s+you\s+ask\s+me|according\s+to\s+(?:my|our)|by\s+my\s+(?:count|reckoning|calculations?)|for\s+me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOwnView();

    [GeneratedRegex(@"\b(?:selon\s+(?:moi|nous|mes|mon|ma|nos|notre)|d[’']après\s+(?:moi|nous|mes|mon|ma|nos|notre)|à\s+mes\s+yeux|à\s+mon\s+(?:humble\s+)?(?:avis|sens|goût)|pour\s+(?:moi|nous)|de\s+mon\s+point\s+de\s+vue|à\s+titre\s+personnel|mon\s+(?:pari|pronostic|sentiment|intuition)|ma\s+(?:conviction|lecture))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOwnView();

    // The reader addressed in the rest ("you will be able to check"): a speech or a remark to the reader, not a fact.
    [GeneratedRegex(@"\b(?:you|your|yours|yourself|yourselves)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishToTheReaderWord();

    [GeneratedRegex(@"\b(?:vous|votre|vos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchToTheReaderWord();

    // The rest goes on from the head: a conjunction or a complement after an insertion ("…, because …", "…, especially
    // for …", « …, à la lecture de ces pages, de rester de marbre », « …, surtout pour … »).
    [GeneratedRegex(@"\A\W*(?:because|since|as|and|but|or|so|especially|particularly|notably|not\s+least|even|amid|given|while|whereas|though|although|if|unless|until)\b|\A\W*(?-i:\p{Ll})[^,.;:!?]{0,60},\s*to\s+\p{Ll}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishContinuation();

    [GeneratedRegex(@"\A\W*(?:car|parce|puisque|et|mais|ou|donc|surtout|notamment|en\s+particulier|même|tant|alors\s+que|si|sauf|bien\s+que|quoique)\b|\A\W*(?-i:\p{Ll})[^,.;:!?]{0,60},\s*(?:de|d[’'])\s*\p{Ll}+(?:er|ir|re)\b|\bon\s+\p{Ll}+r(?:ait|aient)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchContinuation();

    // A complementizer after a belief verb in the head: a whole judgement, not a head before the fact.
    [GeneratedRegex(@"\bthat\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishComplementizer();

    [GeneratedRegex(@"\b(?:que|qu[’'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchComplementizer();

    // A whole first-person clause before a colon ("J’avoue rester sceptique : …", « Ce plaidoyer m’a profondément ému :
    // … », « Puissions-nous … : … », "This plea moved me deeply: …") is a sentence whose colon explains it: the view
    // and its reason, not a head. A noun phrase or a subordinate clause before the colon ("Something we found rather
    // touching: …") stays a head, and so does a clause that speaks to the reader (« Je dois vous avouer une chose : … »).
    [GeneratedRegex(@"\A\s*(?:(?:I|we)\s+\p{Ll}|may\s+we\b)|\b\p{Ll}+(?:ed|t)\s+(?:me|us)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishClauseBeforeColon();

    [GeneratedRegex(@"\A\s*(?:(?i:je)\b|(?i:j)[’']|(?i:nous)\s+\p{Ll}|(?i:puissions|puissé)\b)|\b(?:m[’']|me|nous)\s*(?:a|ont|avait|avaient)\s+(?:\p{Ll}+ment\s+)?\p{Ll}+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchClauseBeforeColon();
}
