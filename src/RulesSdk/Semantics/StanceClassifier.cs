using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Classifies a narrator's first-person clause by what it does (<see cref="NarratorStance"/>): the
/// first person of a news report is always a leak, and its kind follows from the clause's shape, not
/// from a list of phrasings. In order: the text speaking of itself (the meta detector's cues, or the
/// narrator editing); a named person or group identified with the subject (an identity "moi, X" /
/// "I am X", an office "en tant que ministre" / "as Secretary", a name in apposition just before the
/// pronoun, reported speech slipping into the first person, a person named by the previous sentence);
/// the narrator framing its own telling (a verb of saying addressed to the reader); perception or
/// presence; and otherwise an opinion. Runs only for narrator clauses in the first person.
/// </summary>
internal static partial class StanceClassifier
{
    // Characters before a clause read for the cues of an earlier clause of the same sentence: far more
    // than any real sentence's lead-up, a bound for sentences without a stop.
    private const int MaxLookBehind = 600;

    // Characters at the end of a sentence read for an attribution put after the words: longer than any
    // reporting clause with a name and a role, short enough that a sentence without a stop stays cheap.
    private const int MaxAttributionTail = 160;

    // How much of a sentence's head is read for its subject and main verb: a bounded window keeps a sentence that runs
    // on for pages linear.
    private const int MaxSentenceHead = 400;

    // Neither a letter nor white space: "\A\s*Nous", "^\s*as" and "\bI" find no start of sentence there.
    private const string WindowSentinel = "\u2026";

    /// <summary>
    /// Whether the sentence speaks of the text itself (an edit note, an assistant's preface or offer): its
    /// first-person clauses are then the assistant's. Asked once per sentence, not per clause.
    /// </summary>
    public static bool IsAboutTheText(SentenceSyntax sentence, string language)
    {
        // A mixed document may carry an English sign-off under French news, so both languages' cues count.
        var prose = sentence.Block.Document.Prose;
        var whole = prose.AsSpan(sentence.Span.Start, sentence.Span.Length);
        return FrenchEditing().IsMatch(whole) || EnglishEditing().IsMatch(whole)
            || OtherKindShapes.NamesTheSourceText(whole)
            || MetaDetector.Detect(whole.ToString(), language) != MetaReference.None;
    }

    /// <param name="sentenceIsAboutTheText"><see cref="IsAboutTheText"/> of the clause's sentence.</param>
    public static NarratorStance Classify(SentenceSyntax sentence, TextSpan clause, string language, bool sentenceIsAboutTheText)
    {
        var prose = sentence.Block.Document.Prose;
        var french = language == DocumentLanguage.French;
        var own = prose.AsSpan(clause.Start, clause.Length);

        // The sentence up to the end of the clause: a name or a reporting verb in an earlier clause
        // of the same sentence ("X, ministre : j’ai…") decides the kind of a later one. In a sentence
        // that runs on for pages (no stop, hostile or broken input) only the last characters before the
        // clause are read, so classifying all its clauses stays linear.
        var upTo = LookBehind(prose, sentence.Span.Start, clause);
        // The newsroom at work, unless a temporal clause moves its people through the scene ("When our
        // team drove past the farm gate, …"): that is a witness's view.
        if ((french ? FrenchNewsroom() : EnglishNewsroom()).IsMatch(own) && !WitnessCues.NewsroomOnTheScene(own, french))
        {
            return NarratorStance.Newsroom;
        }

        if (sentenceIsAboutTheText)
        {
            return NarratorStance.Assistant;
        }

        if ((french ? FrenchIdentity() : EnglishIdentity()).IsMatch(upTo)
            || HoldsOffice(upTo, french)
            || (french ? FrenchApposition() : EnglishApposition()).IsMatch(upTo)
            || (french ? FrenchReportedFirstPerson() : EnglishReportedFirstPerson()).IsMatch(upTo)
            || (french ? FrenchSourcedFirstPerson() : EnglishSourcedFirstPerson()).IsMatch(upTo)
            || (french && FrenchReportedObjectFirstPerson().IsMatch(upTo))
            || (french ? FrenchInstitutionVoice() : EnglishInstitutionVoice()).IsMatch(upTo)
            || (french ? FrenchPostposedAttribution() : EnglishPostposedAttribution()).IsMatch(SentenceTail(prose, sentence.Span)))
        {
            return NarratorStance.Speaker;
        }

        // A person named or quoted just before is a weaker cue than the clause's own words: the narrator's
        // perception or presence ("J’étais dans la salle quand…", "I was standing outside when…") after a
        // sentence about someone stays a witness's, not that person's.
        // A look only supposed ("Si nous regardons maintenant les comptes, …", "If we look at the figures, …")
        // takes the reader along through the text to the fact: a lead-in, and no one was on the scene.
        if ((french ? FrenchSupposedLook() : EnglishSupposedLook()).IsMatch(own))
        {
            return NarratorStance.Framing;
        }

        var placed = WitnessCues.Placed(upTo, french) || NarratorShapes.PerceivesOrIsPresent(own, french)
            || NarratorShapes.ArrivesInASubordinateClause(upTo, french);

        // A meeting and nothing seen or heard ("I also met separately with the spouses of our ambassadors") right
        // after a quotation attributed to a named person is that person's deed, as a signed decree would be;
        // elsewhere the narrator meeting people ("I met several residents who…") is a witness.
        if (placed && (french ? FrenchMeetingOnly() : EnglishMeetingOnly()).IsMatch(own)
            && SpeakerContinuation.FollowsAttributedQuotation(sentence, clause, prose, french))
        {
            placed = false;
        }

        // A person of the story speaking or remembering around the clause (« Sa mère se souvient de ces nuits où je
        // priais »), unless the clause puts the narrator on the scene (« Le ministre, que j’ai croisé mardi, affirme »).
        if (!placed && french && FrenchPersonSpeaksAroundIt().IsMatch(SentenceHead(prose, sentence.Span)))
        {
            return NarratorStance.Speaker;
        }

        // A short sentence that only announces a person's words ("Mykhailo Podolyak was categorical.", "Minister
        // Oleksandr Kubrakov took the floor next.", « Nadim Houry se montre catégorique. ») hands them the next
        // first-person clause, its framing ("I repeat: …") and judgement included.
        if (!placed && SpeakerContinuation.FollowsAnnouncedWords(sentence, clause, prose, french))
        {
            return NarratorStance.Speaker;
        }

        // The narrator's act of telling that hands a fact to the reader ("I would point out that…", "I'd like to
        // highlight that…"), even after a sentence about a person: a lead-in, not that person's words.
        var framing = (french ? FrenchFraming() : EnglishFraming()).IsMatch(own);
        if (framing && (french ? FrenchHandsOverAFact() : EnglishHandsOverAFact()).IsMatch(own))
        {
            return NarratorStance.Framing;
        }

        if (!placed
            && (NamedByPreviousSentence(sentence, clause, prose, french) || SpeakerContinuation.Continues(sentence, clause, prose, french)))
        {
            return NarratorStance.Speaker;
        }

        // A verb of telling whose object is a view ("Je partage entièrement ce diagnostic", "I share this
        // assessment") gives an opinion, not a lead-in; a clause that hands over what follows ("Il convient, je
        // crois, de préciser que") stays a lead-in, its hedge included.
        if (framing && (!NarratorShapes.HoldsBelief(own, french) || NarratorShapes.EndsAtBoundary(own, french)))
        {
            return NarratorStance.Framing;
        }

        if (placed)
        {
            // A reportage signed by the outlet's own correspondent ("Par notre envoyé spécial à Rungis, Paul Arnaud", "By
            // our correspondent in Kyiv") may put its writer on the scene: the newsroom at work, not a leak.
            return DocumentSemantics.For(sentence.Block.Document).IsSignedByCorrespondent ? NarratorStance.Newsroom : NarratorStance.Witness;
        }

        // Shapes before the default: a lead-in that frames a third-person fact, or an account of deeds.
        var trimmed = ClauseAnalyzer.Trim(prose, sentence.Span);
        if (NarratorShapes.FramesWhatFollows(prose, trimmed, clause, french)
            || NarratorShapes.AsksLeaveToTell(own, french)
            || NarratorShapes.HeadBeforeALongFact(prose, trimmed, clause, french))
        {
            return NarratorStance.Framing;
        }

        if (NarratorShapes.RecountsDeeds(own, french))
        {
            return NarratorStance.Account;
        }

        // The default is an opinion only when no other kind's shape explains the clause.
        return OtherKindShapes.Explain(sentence, clause, prose, upTo, french);
    }

    // A person of the story as the sentence's subject who speaks, remembers or feels in the third person around a
    // first person of a subordinate clause: « Un voisin, réveillé par des policiers qui m’ont prié de rester chez moi,
    // dit n’avoir rien remarqué », « Sa mère se souvient de ces nuits où, épuisée, je priais ». The first person is
    // theirs, left by the paraphrase; a verb whose object is the narrator (« m’a dit ») is no such subject's speech.
    [GeneratedRegex(@"\A[\s«“]*(?:(?:Un|Une|Le|La|L[’']|Sa|Son|Leur|Cette|Cet|Ce)\s*(?:(?:même|jeune|vieil|vieille|vieux|ancien|ancienne|autre)\s+)?(?:voisine?|mère|père|fils|fille|femme|épouse|mari|frère|sœur|habitante?|témoin|ouvrière?|ouvrier|salariée?|syndicaliste|manifestante?|militante?|responsable|directrice|directeur|ministre|présidente?|porte-parole|déléguée?|représentante?|élue?|maire|députée?|chercheuse|chercheur|médecin|infirmière?|infirmier|enseignante?|étudiante?|avocate?|procureure?|pèlerine?|fidèle|évêque|archevêque|prêtre|patronne?|dirigeante?|analyste|experte?|survivante?|victime|rescapée?|agricultrice|agriculteur|éleveuse|éleveur|pêcheur|commerçante?|détenue?|prisonnière?|prisonnier|réfugiée?|retraitée?|mécanicienne?|conductrice|conducteur|chauffeur|secrétaire|commissaire|juge|officière?|officier|soldat|policière?|policier|gendarme|pompier|sauveteuse|sauveteur|bénévole|volontaire|guide|touriste|passante?|riveraine?|parente?|grand-mère|grand-père|veuve|veuf|orpheline?|auteure?|autrice|écrivaine?|artiste|chanteuse|chanteur|actrice|acteur|joueuse|joueur|entraîneuse|entraîneur|capitaine|biologiste|scientifique|géologue|archéologue|historienne?|économiste|diplomate|ambassadrice|ambassadeur|consule?|sénatrice|sénateur|conseillère?|conseiller|adjointe?)|(?:M\.|Mme|Me|Dr)\s+\p{Lu}[\p{L}’'-]+|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-])(?=[^.!?«»“”""]*?(?<![\p{L}’'-])(?:(?:qui|que|où|dont|lorsque|quand|puisque|parce\s+que)(?![\p{L}’'-])|qu[’']|lorsqu[’'])[^.!?«»“”""]*?(?<![\p{L}’'-])(?:je|j[’']|me|m[’']|moi|mon|ma|mes|nous|notre|nos)(?![\p{L}’'-]))[^.!?«»“”""]*?(?<![\p{L}’'-]|(?:m[’']|me|nous|a|ont)\s*)(?:dit|affirme|raconte|se\s+souvient|se\s+rappelle|explique|assure|confie|rappelle|reconnaît|témoigne|regrette|déplore|souligne|prévient|ajoute|insiste|jure|avoue|admet|confesse|décrit|évoque|relate|répète|maintient|soutient)(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPersonSpeaksAroundIt();

    [GeneratedRegex(@"\A[\s«“]*(?:et\s+|mais\s+)?(?:si|quand|lorsque)\s+(?:nous|l[’']on|on)\s+(?:(?:y|les?|la|l[’'])\s*)?(?:regardons|observons|examinons|considérons|comparons|reprenons|revenons|passons|regarde|observe|examine|considère|compare)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSupposedLook();

    [GeneratedRegex(@"\A[\s“""]*(?:and\s+|but\s+)?(?:if|when)\s+(?:we|you|one)\s+(?:now\s+|then\s+|just\s+)?(?:look|turn|compare|consider|examine|go\s+back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSupposedLook();

    /// <summary>
    /// The sentence from its start to the end of the clause, or its last <see cref="MaxLookBehind"/>
    /// characters before the clause in a run-on sentence. A cut window starts behind a sentinel at a word
    /// boundary, so that the cues anchored at the sentence's start (\A, ^) cannot match at the cut.
    /// </summary>
    private static ReadOnlySpan<char> LookBehind(string prose, int sentenceStart, TextSpan clause)
    {
        if (clause.Start - sentenceStart <= MaxLookBehind)
        {
            return prose.AsSpan(sentenceStart, clause.End - sentenceStart);
        }

        var from = clause.Start - MaxLookBehind;
        while (from < clause.Start && !char.IsWhiteSpace(prose[from]))
        {
            from++;
        }

        return string.Concat(WindowSentinel, prose.AsSpan(from, clause.End - from)).AsSpan();
    }

    /// <summary>The sentence's last characters, where an attribution put after the words ("…, a-t-il ajouté.", "…, he said.") sits.</summary>
    private static ReadOnlySpan<char> SentenceTail(string prose, TextSpan sentence)
    {
        var from = Math.Max(sentence.Start, sentence.End - MaxAttributionTail);
        return prose.AsSpan(from, sentence.End - from);
    }

    /// <summary>The sentence's first characters, where its subject and main verb sit.</summary>
    private static ReadOnlySpan<char> SentenceHead(string prose, TextSpan sentence) =>
        prose.AsSpan(sentence.Start, Math.Min(sentence.Length, MaxSentenceHead));

    /// <summary>"En tant que ministre", "en ma qualité de présidente", "à titre de commissaire", "Comme ministre", "as Health Secretary": an office (the model's role words), not a persona ("en tant qu’observateur", "as a lifelong fan").</summary>
    private static bool HoldsOffice(ReadOnlySpan<char> text, bool french)
    {
        foreach (var match in (french ? FrenchCapacity() : EnglishCapacity()).EnumerateMatches(text))
        {
            var words = text.Slice(match.Index, match.Length).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var roles = SemanticLexicon.Roles;
            for (var i = words.Length - 2; i < words.Length; i++)
            {
                // "qu’ambassadrice": the role is the word after the elision.
                var raw = words[i].Trim(',');
                var word = SemanticLexicon.Fold(raw[(raw.LastIndexOfAny(['’', '\'']) + 1)..]);
                var pair = i > 0 ? SemanticLexicon.Fold(words[i - 1]) + " " + word : word;
                if (roles.Contains(word) || roles.Contains(pair))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"Bruno Le Maire a réagi. Je me suis félicité…": the clause opens its sentence in the first person singular and the previous sentence of the block opens with a person's name.</summary>
    private static bool NamedByPreviousSentence(SentenceSyntax sentence, TextSpan clause, string prose, bool french) =>
        SpeakerContinuation.TryPreviousSentence(sentence, clause, prose, out var previous)
        && (french ? FrenchOpensInFirstPerson() : EnglishOpensInFirstPerson()).IsMatch(prose.AsSpan(clause.Start, clause.Length))
        && (french ? FrenchOpensWithName() : EnglishOpensWithName()).IsMatch(prose.AsSpan(previous.Start, previous.Length));

    // A first-person meeting and nothing seen or heard in the same clause.
    [GeneratedRegex(@"\b(?:j[’']\s*ai|nous\s+avons)\s+(?:(?:aussi|également|ensuite|par\s+ailleurs|séparément|d[’']abord)\s+){0,2}(?:rencontré|reçu|échangé\s+avec|eu\s+(?:un|des)\s+entretiens?)\b(?![^.;!?]*\b(?:vu|entendu|aperçu|observé|constaté|remarqué)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchMeetingOnly();

    [GeneratedRegex(@"\b(?:I|we)\s+(?:(?:also|then|later|separately|subsequently|first|briefly|personally)\s+){0,2}(?:met|held\s+(?:a\s+)?(?:separate\s+)?(?:meetings?|talks))\b(?![^.;!?]*\b(?:saw|seen|watched|heard|noticed|witnessed|spotted)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishMeetingOnly();

    // The newsroom asking, contacting or reaching someone for the story.
    [GeneratedRegex(@"\bnous\s+(?:l[’']\s*|les\s+|leur\s+|lui\s+)?(?:avons|avions)\s+(?:(?:à\s+nouveau|de\s+nouveau|également|aussi)\s+)?(?:demandé|sollicité|contacté|joint|interrogé|questionné|relancé)\b|\bpar\s+nos\s+soins\b|\bnous\s+a\s+(?:confié|déclaré|expliqué|indiqué|précisé|dit|affirmé|raconté|assuré|répondu|écrit)\b|\b(?:notre|nos)\s+(?:rédaction|journal|journaliste|journalistes|équipe|envoyée?s?\s+spéciale?s?|correspondante?s?|confrères|consœurs|lecteurs|lectrices|colonnes|micro|antenne|questions|sollicitations|demandes?|appels)\b|\b(?:de\s+|à\s+)?nous\s+(?:répondre|recevoir|parler)\b|\bnous\s+(?:avons|avions)\s+(?:pu\s+)?(?:consulter|consulté|obtenir|obtenu)\b|\bnous\s+(?:l[’']\s*|les\s+)?(?:avons|avions)\s+(?:déjà\s+)?(?:révélée?s?|publiée?s?|rapportée?s?|dévoilée?s?|citée?s?|relatée?s?)\b|\bque\s+nous\s+(?:citions|rapportions|révélions|publiions|évoquions)\b|\bnous\s+nous\s+sommes\s+procuré|\b(?:écrivez|contactez|envoyez|racontez|signalez|rejoignez|suivez|retrouvez|écoutez)-nous\b|\babonnez-vous\b|\b(?:notre|nos)\s+(?:séries?|dossiers?|newsletters?|lettres?\s+d[’']information|site|application|podcasts?|émissions?|enquêtes?|éditions?|direct|couverture|chroniques?)\b|\bnous\s+(?:mettrons|actualiserons|compléterons)\s+(?:cet|ces)\s+(?:article|informations)\b|\b(?:à|avec|par)\s+(?:notre|nos)\s+(?:service|bureau|desk|rédaction|correspondante?s?|envoyée?s?\s+spéciale?s?)\b|\bnous\s+y\s+reviendrons\b|\bnous\s+(?:en\s+)?reparlerons\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNewsroom();

    [GeneratedRegex(@"\bwe\s+(?:have\s+|had\s+)?(?:(?:also|again)\s+)?(?:asked|contacted|reached\s+out|approached|requested|sought|emailed|called|interviewed)\b|\bwhen\s+(?:contacted|reached)\s+by\s+(?:us|this\s+(?:newspaper|publication|outlet))\b|\b(?:spoke|talked|wrote|said|told|explained|confirmed|described|gave)\s+(?:to\s+|with\s+)?us\b|\bour\s+(?:newsroom|reporters?|correspondents?|newspaper|paper|team|readers|website|sister\s+\p{L}+|questions|requests?|calls|emails|inquiries|enquiries)\b|\bthis\s+(?:newspaper|paper|newsroom|website)\b|\b(?:with|to|by)\s+our\s+(?:[\p{L}-]+\s+){0,2}(?:editors?|desk|bureau|correspondents?|reporters?)\b|\b(?:that|which)\s+we\s+(?:have\s+|had\s+)?(?:obtained|reviewed|consulted)\b|\b(?:seen|obtained|reviewed)\s+by\s+(?:us|this\s+(?:newspaper|paper|website))\b|\b(?:contact|email|e-mail|tell|send\s+(?:them|it|photos|videos?)\s+to|write\s+to|get\s+in\s+touch\s+with|share\s+(?:\p{L}+\s+){0,3}with)\s+us\b|\bfollow\s+us\b|\bour\s+(?:series|coverage|live\s+(?:blog|coverage|updates)|newsletters?|podcasts?|investigation|special\s+report|app|archive)\b|\bwhat\s+we\s+know\b|\bwe\s+(?:will|[’']ll)\s+(?:keep\s+|continue\s+to\s+)?(?:update|updating|bring\s+you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNewsroom();

    // The narrator editing the text or speaking to its requester.
    [GeneratedRegex(@"\b(?:j[’']\s*ai|je\s+l[’']\s*ai|je\s+les\s+ai|nous\s+avons)\s+(?:(?:simplement|volontairement|seulement|juste)\s+)?(?:simplifié|reformulé|réécrit|résumé|raccourci|conservé|gardé|traduit|corrigé|allégé|condensé|retravaillé|adapté|fusionné|paraphrasé)\b|\bpar\s+mes\s+soins\b|\bj[’']\s*espère\s+que\s+(?:ça|cela|ceci|ce\s+texte)\s+(?:vous|t[’']|te)\b|\bj[’']\s*espère\s+que\s+(?:cette|ce|ces)\s+(?:reformulation|réécriture|version|synthèse|traduction|résumé|texte|propositions?)\s+(?:vous|te)\s+(?:convien|plai|ser|aider|satisf)\p{L}*|\bn[’']\s*hésitez\s+pas\b|\bdites-(?:le-|la-|les-)?moi\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchEditing();

    [GeneratedRegex(@"\b(?:I[’']ve|I\s+have|I|we[’']ve|we\s+have|we)\s+(?:(?:just|also|only|slightly|deliberately)\s+)?(?:rewritten|rewrote|rephrased|shortened|simplified|kept|paraphrased|summari[sz]ed|edited|trimmed|condensed|tightened|cleaned\s+up|translated|reworded|restructured|streamlined)\b|\blet\s+me\s+know\b|\bfeel\s+free\b|\bhope\s+(?:this|that|it)\s+helps\b|\byou[’']d\s+like\s+me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishEditing();

    // "Moi, X", "Je, X", "je suis X Y", "je m’appelle X", "Nous, les dirigeants…", "Nous, X et Y", "Le ministre de l’Intérieur
    // et moi partageons…", "The interior minister and I share…". The press's "Nous, journalistes, …" is a witness's (WitnessCues).
    [GeneratedRegex(@"\b(?:[Mm]oi|[Jj]e)\s*,\s*(?:l[ea]\s+\p{Lu}|\p{Lu})|\b[Jj]e\s+suis\s+\p{Lu}\p{Ll}+\s+\p{Lu}|\b[Jj]e\s+m[’']\s*appelle\s+\p{Lu}|\A\s*[Nn]ous\s*,\s*(?!(?:les\s+)?(?:journalistes|reporters|correspondants|photographes|envoyés)\b)\p{L}|\A\s*(?:(?:[Ll]e|[Ll]a|[Ll][’'])\s*(?:[\p{L}’'-]+\s+){0,5}?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+\s+)et\s+moi(?:-même)?\s*,?\s+(?:nous\s+)?\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchIdentity();

    [GeneratedRegex(@"\bI\s*,\s*(?:myself\s*,\s*)?(?:as\s|the\s+\p{Lu}|\p{Lu})|\b(?:I\s+am|I[’']m|[Mm]y\s+name\s+is)\s+\p{Lu}\p{Ll}+\s+\p{Lu}|\A\s*[Ww]e\s*,\s*(?:the\s+)?(?!(?:journalists|reporters|correspondents|photographers|press)\b)\p{L}|\A\s*(?:[Tt]he\s+(?:[\p{L}’'-]+\s+){1,5}?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+\s+)and\s+I\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishIdentity();

    [GeneratedRegex(@"(?:\b(?:en\s+tant\s+qu[e’']\s*|en\s+(?:ma\s+|sa\s+|notre\s+)?qualité\s+d[e’']\s*|à\s+titre\s+d[e’']\s*)|\A\s*comme\s+)(?:\p{L}[\p{L}-]*\s*){1,2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchCapacity();

    [GeneratedRegex(@"\b(?:(?:speaking|writing)\s+as|in\s+my\s+(?:capacity|role)\s+as|I\s*,\s*as|^\s*as)\s+(?:(?:the|an?|our)\s+)?(?:\p{L}[\p{L}-]*\s*){1,2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 1000)]
    private static partial Regex EnglishCapacity();

    // A person's name (two capitalised words or more, not after a preposition or an elided "d’"/"l’": "à New
    // York, j’…", "À la Bourse de Séoul, j’…", "Devant le siège d’Air France, à Roissy, j’…" are places), an optional role between commas, then the pronoun: "Josef Aschbacher, j’ai…",
    // "Nicole Belloubet, ministre de l’Éducation : j’ai…".
    [GeneratedRegex(@"(?<!(?i:\b(?:à|au|aux|en|de|du|des|dans|depuis|vers|sur|pour|par|chez|près\s+de|(?:à|de|sur|dans|vers|depuis)\s+la))\s)(?<![dDlL][’'])(?!(?:À|Au|Aux|En|De|Du|Des|Dans|Depuis|Vers|Sur|Pour|Par|Chez|Près|Devant|Derrière|Sous|Après|Avant|Pendant|Durant|Lors|Ce|Cette|Chaque)\s[^,;:.!?«»“”""]{1,80}(?:,|\s:)\s*(?:je\b|j[’']))\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:von|van|der|de|du|des|da|di|la|le))?\s+\p{Lu}[\p{L}’'-]+(?:\s*,\s*[^,;:.!?«»“”""]{2,120}?)?\s*(?:,|\s:)\s*(?:moi\s*,\s*)?(?:je\b|j[’']|nous\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchApposition();

    // A place after a capitalised preposition ("In Irpin, I watched…") is the scene of a singular "I", not a name in
    // apposition; an organisation's "we" after it ("At Qterminals, we will…") still is its voice.
    [GeneratedRegex(@"(?<!\b(?:in|at|to|from|of|near|on|into|across|over|outside|inside|around|by)\s)(?!(?:In|At|To|From|Of|Near|On|Into|Across|Over|Outside|Inside|Around|By|During|After|Before|Since|Throughout|Along|Through|Beyond|Under|Behind|Back|Later|Earlier|Last|This|That|Every|Each)\s[^,;:.!?“”""]{1,80},\s*I\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:von|van|der|de|bin|al))?\s+\p{Lu}[\p{L}’'-]+(?:\s*,\s*[^,;:.!?“”""]{2,120}?)?\s*[,:]\s*(?:I|we)\b(?!\s*,)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishApposition();

    // An institution or a named group speaking in the first person, which no news writer is: a group in
    // apposition to "nous" after a lead ("À Bamako, nous, membres du gouvernement de transition, avons…"), an
    // institution the speaker owns ("mon ministère", "notre syndicat", "mes services"), or one that frames the
    // "nous" ("À la CGT, nous…", "Du côté de la CGT, nous…", "au gouvernement malien, nous…", "Chez Renault, nous…").
    [GeneratedRegex(@"(?:\A|[,;:]|\bet\b)\s*[Nn]ous\s*,\s*(?!(?:aussi|également|en\s+revanche|de\s+notre\s+côté|bien\s+sûr|pour\s+notre\s+part|non\s+plus|cependant|pourtant|toutefois|donc|ensuite|alors|enfin|d[’']abord|par\s+contre|en\s+tout\s+cas|quant\s+à\s+nous|ici|aujourd[’']hui|désormais)\b)(?:les\s+|l[’']\s*)?\p{L}[^,;:.!?«»“”""]{2,100}?,\s*(?:ne\s+|n[’']\s*)?(?:\p{Ll}{2,}ons|sommes)\b|\b(?:[Mm]on|[Nn]otre)\s+(?:ministère|gouvernement|cabinet|parti|entreprise|administration|syndicat|groupe|mouvement|organisation|association|agence|institution|conseil\s+d[’']administration)\b|\b(?:[Mm]a|[Nn]otre)\s+(?:société|formation\s+politique|confédération|fédération|centrale|majorité|commission)\b|\b(?:[Mm]es|[Nn]os)\s+services\b|(?:\A|[,;:])\s*(?:[Dd]u\s+côté\s+d(?:e\s+la\s+|e\s+l[’']\s*|u\s+|es\s+|e\s+)|[Cc]hez\s+|[ÀàAa](?:u|ux)?\s+(?:la\s+|l[’']\s*)?)(?:\p{Lu}{2,}\b|\p{Lu}[\p{L}-]+(?:\s+[\p{L}’'-]+){0,6}?\s*\(\p{Lu}{2,}\)|(?:gouvernement|ministère)\b)[^,;:.!?«»“”""]{0,60}?,\s*(?:nous|notre|nos)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchInstitutionVoice();

    // "We in the Ukrainian government…", "we, the member companies of the Chamber, have…" after a lead, "my ministry",
    // "our member companies", "At the Ministry of Infrastructure, we…", "For my company, I…". Not "our country":
    // officials' statements carry it unquoted.
    [GeneratedRegex(@"\b[Ww]e\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+|(?:[,;:]|\b(?:and|but|that)\b)\s*[Ww]e\s*,\s*(?!(?:too|however|of\s+course|in\s+turn|in\s+fact|for\s+our\s+part|therefore|as\s+well|though|also|then|now|again|instead|indeed|meanwhile|in\s+short|in\s+any\s+case|here|today)\b)(?:the\s+)?\p{L}[^,;:.!?“”""]{2,100}?,\s*\p{Ll}|\b(?:[Mm]y|[Oo]ur)\s+(?:ministry|government|cabinet|administration|party|company|firm|organi[sz]ation|agency|department|member\s+companies|members|association|federation|union|chamber|fund|foundation|institution)\b|\A\s*(?:At|In|For|Within)\s+(?:the\s+)?(?:Ministry|Office|Department|Government|Cabinet|Agency|Fund|Chamber|Council|Commission|Committee|\p{Lu}{2,})\b[^,;:.!?“”""]{0,80},\s*(?:we|I|our|my)\b|\b[Ff]or\s+my\s+(?:company|ministry|government|party|organi[sz]ation)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishInstitutionVoice();

    // A third-person reporting verb whose complement continues in the first person: "a salué le texte :
    // je me félicite…", "a affirmé que nous…", "said on social media that I am…", "adding that I have…".
    [GeneratedRegex(@"\b(?:a|ont|avait|avaient)\s+(?:\p{Ll}+\s+)?(?:déclaré|affirmé|salué|ajouté|expliqué|estimé|annoncé|indiqué|souligné|assuré|dit|confié|rappelé|précisé|insisté|réagi|répondu|prévenu|averti|martelé|jugé|dénoncé|promis|écrit|tweeté)\b[^.!?«»“”""]{0,100}?(?:\s:\s*|\bque\s+|\bqu[’']\s*)(?:je\b|j[’']|nous\b|moi\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchReportedFirstPerson();

    [GeneratedRegex(@"\b(?:said|says|told\s+\p{L}+|added|adding|stated|declared|insisted|wrote|tweeted|posted|announced|explained|warned|argued|noted|promised|pledged|vowed)\b[^.!?“”""]{0,80}?(?:\bthat\s+|\s:\s*|\s)(?:I|we)(?:\s+(?:am|was|have|had|will|would|can|could|must|should|\p{Ll}+ed)\b|[’'](?:m|re|ve|d|ll)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishReportedFirstPerson();

    // A view or a question the text gives to a named source, then the source's own first person: « D’après le ministre du
    // budget, Jérôme Cahuzac, il y a une ardoise que nous devons honorer », « Selon elle, nos équipes… ».
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:[Dd][’']\s*après|[Ss]elon)\s+(?!(?:moi|nous|mon|ma|mes|notre|nos)(?![\p{L}’'-]))[^,;:.!?«»“”""]{2,80}?,[^.!?«»“”""]{0,200}?(?<![\p{L}’'-])(?:(?:je|nous|me|moi|mon|ma|mes|notre|nos)(?![\p{L}’'-])|[jm][’'](?=\p{L}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSourcedFirstPerson();

    // Reported words whose first person is not the subject of the que-clause (« a glissé aux pèlerins que la sainte
    // veillait sur mon fils », « a exigé que l’armée nous rende », « rappelant que … nos papillons », « ont fait valoir
    // que notre enquête », « s’est demandé … que mon gouvernement »): the person after a reporting verb is the speaker's.
    [GeneratedRegex(@"(?:\b(?:a|ont|avait|avaient|aurait)\s+(?:\p{Ll}+\s+){0,2}?(?:\p{Ll}{3,}(?:é|i|u|is|it)(?:e|s|es)?|fait\s+(?:valoir|savoir|remarquer|observer))|\b(?:s[’']est|se\s+sont)\s+(?:\p{Ll}+\s+)?(?:demandé|interrogé|inquiété|félicité|réjoui|dit|montré)e?s?|\b(?!(?:pendant|cependant|maintenant|durant|suivant|moyennant|pourtant|autant|avant|étant)\b)\p{Ll}{3,}ant)\b[^.!?«»“”""]{0,100}?(?:\bque\s+|\bqu[’']\s*)[^.!?«»“”""]{0,120}?(?<![\p{L}’'-])(?:(?:me|moi|mon|ma|mes|nous|notre|nos)(?![\p{L}’'-])|m[’'](?=\p{L}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchReportedObjectFirstPerson();

    // A question or a view reported with the speaker's own first person: "asked his counterpart what more can I do",
    // "asked how many more children must we lose", "In Oleg Ustenko's view, I am convinced", "According to her, we…",
    // "also said I hope that…".
    [GeneratedRegex(@"\b(?:asked|wondered|wanted\s+to\s+know)\b[^.!?“”""]{0,60}?\b(?:what|why|how|whether|if|when|where|who|which)\b[^.!?“”""]{0,80}?\b(?:I|we)\b|\b(?:[Ii]n|[Ff]or)\s+(?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]*[’']s\s+(?:view|opinion|words|mind|eyes)\s*,\s*(?:I|we)\b|\b[Aa]ccording\s+to\s+(?:him|her|them|(?:\p{Lu}[\p{L}’'-]+\s*){1,4})\s*,\s*(?:I|we)\b|\b[Ii]n\s+(?:his|her|their)\s+(?:own\s+)?words\s*,|\b(?:\p{Ll}{3,}ed|said|says|told|wrote|saying|noting|adding|warning|insisting|stressing|explaining|arguing|recalling|admitting|conceding|claiming)(?:\s+(?:\p{Lu}[\p{L}’'-]+|him|her|them|reporters|journalists|the\s+\p{L}+)){0,2}\s+that\b[^.!?“”""]{0,120}?(?<![\p{L}’'-])(?:me|my|mine|myself|us|our|ours|ourselves)(?![\p{L}’'-])|\b(?:said|says|added|stated|insisted|noted|stressed|explained|replied|answered)\s+(?:that\s+)?(?:I|we)\s+(?!(?:and|or|but)\b)\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSourcedFirstPerson();

    // An attribution put after the words, at the sentence's end: « …, j’en suis convaincu, a-t-il ajouté. », « …,
    // ajoute-t-elle. », « …, a déclaré le ministre. », « …, selon lui. ». Not the narrator's hedges (« semble-t-il »,
    // « paraît-il », « dit-on »).
    [GeneratedRegex(@"(?:,|[?!])\s*(?:(?!(?:semble|sembl\p{Ll}*|para[iî]t|dirait|faut|fallait|est|était|y\s*a)-)\p{Ll}+(?:-t)?-(?:il|elle|ils|elles)|(?:a|avait|ont|avaient)\s+(?:\p{Ll}+é|dit|écrit|promis|admis|reconnu)\s+(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|encore|aussi|alors)\s+)?(?:l[ea]\s+|les\s+|l[’']\s*|une?\s+|des\s+|\p{Lu})[^,.!?«»“”""]{0,60}|selon\s+(?:lui|elle|eux|elles))(?:\s+[^,.!?«»“”""]{0,50})?\s*[.!?…]?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPostposedAttribution();

    // "…, he added.", "…, Mykhailo Podolyak said.", "…, the minister told reporters.", "…, said Iryna Vereshchuk.", "…,
    // according to him."
    [GeneratedRegex(@"(?:,|[?!])\s*(?:(?:he|she|they|the\s+[\p{L}-]+(?:\s+(?:of\s+)?[\p{L}-]+){0,3}|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+(?:said|added|stressed|noted|explained|answered|replied|insisted|promised|warned|cautioned|recalled|concluded|continued|conceded|admitted|quipped|told\s+(?:him|her|them|reporters|journalists|the\s+\p{L}+(?:\s+\p{L}+)?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?))|(?:said|added)\s+(?:the\s+\p{Ll}|\p{Lu})[^,.!?“”""]{0,60}|according\s+to\s+(?:him|her|them))\s*[.!?]?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPostposedAttribution();

    [GeneratedRegex(@"\A\s*(?:Je\b|J[’']|Moi\b|Selon\s+moi\b|À\s+mon\s+avis\b|D[’']après\s+moi\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensInFirstPerson();

    [GeneratedRegex(@"\A\s*(?:I\b|In\s+my\s+(?:view|opinion)\b|To\s+my\s+mind\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensInFirstPerson();

    // A sentence that opens with a person: "Bruno Le Maire a réagi…", "Le président Emmanuel Macron a…".
    [GeneratedRegex(@"\A\s*(?:(?:Le|La|L[’'])\s*(?:\p{Ll}[\p{Ll}-]+\s+){1,3})?(?!(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Selon|En|Au|Aux|Dans|Pour|Mais|Et|Puis|Depuis|Après|Avant|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]+|von|van|der|de|du|des|da|di|la|le))+\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensWithName();

    [GeneratedRegex(@"\A\s*(?!(?:The|A|An|In|On|At|As|But|And|Then|According|This|That|It|After|Before|Since|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]+|von|van|der|de|bin|al))+\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensWithName();

    // The narrator's own act of telling, addressed to the reader: "je vous signale", "j’ajoute",
    // "je le signale au passage", "petite précision de ma part", "permettez-moi", "je tiens à".
    [GeneratedRegex(@"\b(?:je|j[’']|nous)\s*(?:vous\s+|le\s+|l[’']\s*|me\s+permets\s+de\s+|tiens\s+à\s+|voudrais\s+|veux\s+|dois\s+|souhaite\s+)?(?:signale|signalons|signaler|ajoute|ajouterai|ajouter|ajoutons|rappelle|rappeler|rappelons|précise|préciser|précisons|souligne|souligner|soulignons|note|noter|notons|partage|partager|indique|indiquer|mentionne|mentionner|informe|informer|avertis|préviens|prévenir)\b|\bpermettez-(?:moi|nous)\b|\bde\s+(?:ma|notre)\s+part\s*:|\bje\s+tiens\s+à\b|\bsoyons\s+\p{Ll}+(?:\s+entre\s+nous)?\s*:|\bcomme\s+nous\s+(?:le\s+)?(?:verrons|l[’']avons\s+vu)\b|\bje\s+me\s+contenterai\s+de\b|\bil\s+(?:n[’']\s*est\s+pas\s+inutile|convient|importe|est\s+(?:utile|bon|juste))\s*,?\s*(?:(?:je\s+(?:crois|pense)|me\s+semble-t-il|(?:il\s+)?me\s+semble)\s*,\s*)?d[e’']\s*(?:vous\s+)?(?:rappeler|préciser|souligner|noter|signaler|mentionner|ajouter|indiquer)\b|\A\s*(?:rappelons|notons|précisons|signalons|soulignons|ajoutons|indiquons|mentionnons)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchFraming();

    [GeneratedRegex(@"\b(?:I|we)(?:[’']ll|[’']d|\s+will|\s+would|\s+want\s+to|\s+wanted\s+to|\s+need\s+to|\s+should|\s+(?:would\s+)?like\s+to|[’']d\s+(?:also\s+)?like\s+to|\s+would\s+also\s+like\s+to)?\s+(?:remind|flag|note|add|stress|point\s+out|mention|share|explain|emphasi[sz]e|clarify|highlight|underline|draw\s+(?:your\s+)?attention\s+to|tell\s+you|let\s+you\s+know)\b|\blet\s+me\s+(?:explain|remind|add|note|be\s+clear|point|share|start|begin|flag|tell)\b|\bas\s+(?:I|we)\s+(?:noted|said|mentioned|wrote|explained|will\s+see|shall\s+see|saw\s+(?:earlier|above))\b|\blet[’']s\s+be\s+\p{Ll}+\s*:|\bbetween\s+you\s+and\s+me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishFraming();

    // The telling ends on a complement that carries the fact: "… that", "… que", "… the fact that", or a colon.
    [GeneratedRegex(@"(?:\bque|\bqu[’']|:)\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchHandsOverAFact();

    [GeneratedRegex(@"(?:\bthat|:)\s*,?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishHandsOverAFact();
}
