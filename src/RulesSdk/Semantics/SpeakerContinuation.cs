using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// A first-person clause that goes on with the words of a person the text has just named, outside quotation
/// marks: after the quotation the previous sentence attributes to them ("« … », a expliqué Mme Sophie Garnier,
/// conseillère municipale. J’ai demandé…", "“…,” said Dr. Clarke. I have also…"), after a sentence opening
/// with them and an apposition ("Ambassador Lucía Ferrer, who chaired the conference, praised… I thanked…"),
/// or inside one sentence that opens with them ("Rep. Linda Carver closed the session with a warning — I
/// will draft…", "Tedros … called the results encouraging, and I have asked…"). The stance classifier labels
/// such a clause a named speaker's.
/// </summary>
internal static partial class SpeakerContinuation
{
    // Characters of the sentence read for a switch to the first person: a bound for run-on input.
    private const int MaxLeadUp = 400;

    public static bool Continues(SentenceSyntax sentence, TextSpan clause, string prose, bool french)
    {
        // Inside the sentence: it opens with a name and, after a joint, goes on in the first person.
        var start = ClauseAnalyzer.Trim(prose, sentence.Span).Start;
        var end = Math.Min(clause.End, start + MaxLeadUp);
        if (end > start && (french ? FrenchSwitchInSentence() : EnglishSwitchInSentence()).IsMatch(prose.AsSpan(start, end - start)))
        {
            return true;
        }

        // Inside the sentence, after a subject that is a person without a name (a role, "il"/"elle"): "Le
        // vainqueur du jour ne compte pas s’arrêter là : je viserai…", "Le directeur général de l’agence l’a
        // rappelé, et je continuerai…", then a deed or a plan of theirs (not a judgement, not a perception).
        if (end > start && RoleThenFirstPerson(prose.AsSpan(start, end - start), french))
        {
            return true;
        }

        var own = prose.AsSpan(clause.Start, clause.Length);

        // The clause opens with its subject's function: "Commissaire de l’exposition, je…", "As the senior
        // investigating officer, I…", or names what it leads ("le réseau que je dirige").
        if ((clause.Start <= start && SpeakerSubjects.HoldsAFunction(own, french))
            || (end > start && SpeakerSubjects.Leads(prose.AsSpan(start, end - start), french)))
        {
            return true;
        }

        // A short adverbial opener before the first person ("Dans la soirée, j’ai…", "Once the review is
        // finished, I will…", "By the evening I had…") leaves the clause the person's: read the clause from its subject.
        var opener = clause.End > start ? OpenerLength(prose.AsSpan(start, clause.End - start), french) : 0;
        if (sentence.Index == 0 || (clause.Start > start && (opener == 0 || start + opener < clause.Start)) || start + opener >= clause.End)
        {
            return false;
        }

        var previous = sentence.Block.Sentences[sentence.Index - 1].Span;
        var text = prose.AsSpan(previous.Start, previous.Length);

        // The sentence before gives a person's words: it ends on a quotation ("… pleinement autorisés à enquêter ».",
        // "… a great deal.”"), attributes one ("», a-t-il précisé.", "…,” she said."), or reports them by a pronoun
        // ("According to her, …", « Selon lui, … »). A first person that opens this one, by its subject or a possessive,
        // singular or plural ("Mes enquêteurs se rendront…", "We will not answer…"), goes on with those words outside
        // the marks; a judgement, a perception or words to the reader stay the narrator's.
        var fromSubject = prose.AsSpan(start + opener, clause.End - start - opener);
        if (GivesWords(text, french)
            && (french ? FrenchOpensAsSpeaker() : EnglishOpensAsSpeaker()).IsMatch(fromSubject)
            && !(french ? FrenchJudgement() : EnglishJudgement()).IsMatch(fromSubject)
            && !(french ? FrenchPluralJudgement() : EnglishPluralJudgement()).IsMatch(fromSubject)
            && !(french ? FrenchNarratorOwn() : EnglishNarratorOwn()).IsMatch(own)
            && !NarratorShapes.PerceivesOrIsPresent(own, french)
            && !(french ? FrenchSpeaksToTheReader() : EnglishSpeaksToTheReader()).IsMatch(own))
        {
            return true;
        }

        // "Vladimir Putin marked the day with a message. My best wishes go…", "L’expert a poursuivi en
        // reconnaissant une limite. Je ne dispose que de…": the sentence before is about one person and tells
        // that they spoke; what follows in the first person, judgement included, is their words.
        if ((french ? FrenchTellsOfSpeaking() : EnglishTellsOfSpeaking()).IsMatch(text)
            && OpensInFirstPersonAnyForm(prose, start, opener, clause.End, french)
            && !(french ? FrenchFear() : EnglishFear()).IsMatch(own)
            && !(french ? FrenchNarratorOwn() : EnglishNarratorOwn()).IsMatch(own)
            && !NarratorShapes.PerceivesOrIsPresent(own, french)
            && !(french ? FrenchSpeaksToTheReader() : EnglishSpeaksToTheReader()).IsMatch(own)
            && (SpeakerSubjects.IsAboutOnePerson(text, french) || (french ? FrenchOpensWithNamedSubject() : EnglishOpensWithNamedSubject()).IsMatch(text)))
        {
            return true;
        }

        if (opener > 0)
        {
            // After an opener, a judgement ("Ce soir-là, je trouve…", "By then I felt…") is as likely the
            // narrator's: only a deed, a plan or a statement goes on with the person.
            own = prose.AsSpan(start + opener, clause.End - start - opener);
            if ((french ? FrenchJudgement() : EnglishJudgement()).IsMatch(own))
            {
                return false;
            }
        }

        // "Dr. Mensah and her co-investigators now plan… We will present…": a group of people, then "we" doing
        // or planning a deed (the newsroom's "we" is told apart before; a judgement or a perception is another kind's).
        if ((french ? FrenchOpensInFirstPlural() : EnglishOpensInFirstPlural()).IsMatch(own))
        {
            return SpeakerSubjects.IsAboutAGroup(text, french) && NarratorShapes.RecountsDeeds(own, french)
                && !NarratorShapes.PerceivesOrIsPresent(own, french);
        }

        // After the previous sentence: the clause opens the sentence in the first person.
        if (!(french ? FrenchOpensInFirstSingular() : EnglishOpensInFirstSingular()).IsMatch(own))
        {
            return false;
        }

        // A feeling of incomprehension ("I struggle to understand…", "je ne comprends pas…") after a named
        // person is the narrator's reaction to them, not their words.
        if ((french ? FrenchOpensWithNamedSubject() : EnglishOpensWithNamedSubject()).IsMatch(text))
        {
            return !(french ? FrenchBafflement() : EnglishBafflement()).IsMatch(own);
        }

        // "Whitlow, in her first season in charge, has rebuilt the side… I promoted…": the surname alone, of a
        // person the document names elsewhere with a given name or a title ("Manager Karen Whitlow"), then a
        // deed or a plan of theirs.
        var surname = (french ? FrenchOpensWithSurname() : EnglishOpensWithSurname()).Match(text.ToString());
        if (surname.Success && ActsOrPlans(own, french) && !NarratorShapes.PerceivesOrIsPresent(own, french)
            && !(french ? FrenchJudgement() : EnglishJudgement()).IsMatch(own)
            && DocumentSpeakers.GenderOf(surname.Groups["surname"].Value, prose, french ? DocumentLanguage.French : DocumentLanguage.English) != PersonGender.Unknown)
        {
            return true;
        }

        // "Elle a déposé plainte. J’envisage…", "The secretary turned to training. I have instructed…": a person
        // not named at the sentence's start, then a deed or a plan of theirs (not a judgement, not a perception).
        if (SpeakerSubjects.IsAboutOnePerson(text, french) && ActsOrPlans(own, french)
            && !NarratorShapes.PerceivesOrIsPresent(own, french) && !(french ? FrenchJudgement() : EnglishJudgement()).IsMatch(own))
        {
            return true;
        }

        // After a quotation, a judgement ("Je trouve regrettable…", "I think…") is as likely the narrator's
        // own opinion slipped in as the speaker's: only what the person did or said continues them.
        return (french ? FrenchAttributedQuotation() : EnglishAttributedQuotation()).IsMatch(text)
            && !(french ? FrenchJudgement() : EnglishJudgement()).IsMatch(own)
            && !(french ? FrenchNarratorOwn() : EnglishNarratorOwn()).IsMatch(own);
    }

    /// <summary>
    /// The clause opens its sentence in the first person and the previous sentence of the block only announces a
    /// person's words: short, a person for subject, a verb of speaking or of its manner ("was categorical", "took
    /// the floor", « se montre catégorique », « a pris la parole »), and nothing said yet (no que/that, colon or quotation).
    /// </summary>
    public static bool FollowsAnnouncedWords(SentenceSyntax sentence, TextSpan clause, string prose, bool french)
    {
        if (!TryPreviousSentence(sentence, clause, prose, out var previous) || previous.Length > MaxAnnouncement)
        {
            return false;
        }

        var text = prose.AsSpan(previous.Start, previous.Length);
        var start = ClauseAnalyzer.Trim(prose, sentence.Span).Start;
        var opener = clause.End > start ? OpenerLength(prose.AsSpan(start, clause.End - start), french) : 0;
        return (french ? FrenchAnnouncesWords() : EnglishAnnouncesWords()).IsMatch(text)
            && OpensInFirstPersonAnyForm(prose, start, opener, clause.End, french);
    }

    // Characters of an announcing sentence at most: a longer one says something of its own.
    private const int MaxAnnouncement = 140;

    /// <summary>The clause opens its sentence and the previous sentence of the block closes a quotation attributed to a named person ("…,” Zelenska said.").</summary>
    public static bool FollowsAttributedQuotation(SentenceSyntax sentence, TextSpan clause, string prose, bool french) =>
        TryPreviousSentence(sentence, clause, prose, out var previous)
        && (french ? FrenchAttributedQuotation() : EnglishAttributedQuotation()).IsMatch(prose.AsSpan(previous.Start, previous.Length));

    /// <summary>
    /// The previous sentence of the paragraph, when the clause opens its own sentence: the cues that hand a clause to
    /// the person the previous sentence names or quotes read it only then.
    /// </summary>
    public static bool TryPreviousSentence(SentenceSyntax sentence, TextSpan clause, string prose, out TextSpan previous)
    {
        previous = default;
        if (sentence.Index == 0 || clause.Start > ClauseAnalyzer.Trim(prose, sentence.Span).Start)
        {
            return false;
        }

        previous = sentence.Block.Sentences[sentence.Index - 1].Span;
        return true;
    }

    /// <summary>The sentence ends on a quotation, attributes one, or reports a person's words by a pronoun source.</summary>
    private static bool GivesWords(ReadOnlySpan<char> previous, bool french) =>
        EndsOnQuotation(previous)
        || (french ? FrenchAttributedQuotation() : EnglishAttributedQuotation()).IsMatch(previous)
        || (french ? FrenchPronounSource() : EnglishPronounSource()).IsMatch(previous)
        || ((french ? FrenchDelayedAttribution() : EnglishDelayedAttribution()).IsMatch(previous)
            && AttributionPatterns.For(french ? DocumentLanguage.French : DocumentLanguage.English).ReportingVerb.IsMatch(previous));

    // A quotation whose attribution comes after a phrase of the narrator's: "« … », y compris le montant…, commente Song
    // Myung-Sup, analyste…", "“…,” and the price cap too, said Oleg Ustenko."
    [GeneratedRegex(@"[»”]\s*,[^«»“”.!?]{0,200}?,\s*(?:a\s+|avait\s+)?\p{Ll}+(?:-t-(?:il|elle))?\s+(?:(?:M\.|Mme|Me|Dr|Pr)\s+|(?:le|la|l[’'])\s*(?:\p{Ll}[\p{Ll}-]+\s+){0,3})?\p{Lu}\p{Ll}[\p{L}’'-]*\s+\p{Lu}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchDelayedAttribution();

    [GeneratedRegex(@"[”""]\s*,?[^“”"".!?]{0,200}?,\s*(?:(?:said|says|added|adds|explained|explains|noted|notes|commented|comments|wrote|writes)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+)*\s+(?:said|says|added|adds|explained|explains|noted|notes|commented|comments|wrote|writes))\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishDelayedAttribution();

    /// <summary>
    /// A quotation of three words at least closes the sentence: « … enquêter ». / “… a great deal.” Read from the end
    /// back to its opening mark, so a sentence without one costs one pass.
    /// </summary>
    private static bool EndsOnQuotation(ReadOnlySpan<char> sentence)
    {
        var text = sentence.TrimEnd().TrimEnd(".!?…").TrimEnd();
        if (text.IsEmpty)
        {
            return false;
        }

        var open = text[^1] switch
        {
            '»' => '«',
            '”' => '“',
            '"' => '"',
            _ => '\0',
        };
        var at = open == '\0' ? -1 : text[..^1].LastIndexOf(open);

        // « and “ close a quotation even where it opened in an earlier sentence (« Mon message… maintenant. C’est un
        // crime… enquêter ».); a straight quotation mark closes one only with its opening mark in sight.
        return at >= 0 ? text[(at + 1)..^1].Trim().Count(' ') >= 2 : open is '«' or '“' && text.Count(' ') >= 2;
    }

    // A person's words told by a pronoun source: « Selon elle, … », « D’après lui, … », "According to him, …".
    [GeneratedRegex(@"\A\s*(?:selon|d[’']après)\s+(?:lui|elle|eux|elles)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPronounSource();

    [GeneratedRegex(@"\A\s*according\s+to\s+(?:him|her|them)\b|,\s*according\s+to\s+(?:him|her)\s*[.!?]?\s*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPronounSource();

    // A speaker's first person by subject or possessive, singular or plural: "Mes enquêteurs…", "Nous exigerons…", "Our members…".
    [GeneratedRegex(@"\A\s*(?:(?:et|mais|puis)\s+)?(?:je\b|j[’']|mon\b|ma\b|mes\b|nous\b|notre\b|nos\b|on\s+m[’']|on\s+me\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensAsSpeaker();

    [GeneratedRegex(@"\A\s*(?:(?:and|but|then)\s+)?(?:I\b(?!\s*,)|[Mm]y\b|[Ww]e\b(?!\s*,)|[Oo]ur\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensAsSpeaker();

    // What only the narrator says after someone's words: a sense ("I felt the ground shake"), a concession ("I must
    // admit…", « je dois avouer »), a fear, the readers named ("dear readers"), its own access to the sources.
    [GeneratedRegex(@"\b(?:vu|entendu|senti|aperçu|assisté|avoue|avouer|admettre|concéder|crains|craignons|redoute|lecteurs?|lectrices?|accès|extraits?|sources?)\b|\bdois\s+(?:dire|reconnaître)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNarratorOwn();

    [GeneratedRegex(@"\b(?:saw|seen|heard|felt|smelt|smelled|watched|witnessed|admit|concede|confess|fear|readers?|access|excerpts?|sources?)\b|\bstrikes\s+me\b|\bmust\s+say\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNarratorOwn();

    // A fear after a sentence that tells of someone's words is the narrator's worry about them (« Je crains fort que
    // cette conférence… »), not the rest of their words.
    [GeneratedRegex(@"\A[^.!?]{0,40}?\b(?:je\s+crains|je\s+redoute|j[’']ai\s+(?:bien\s+)?peur|nous\s+craignons)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchFear();

    [GeneratedRegex(@"\A[^.!?]{0,40}?\bI\s+(?:fear|dread|worry)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishFear();

    // The plural's judgements, the narrator's as likely as the speaker's: « Nous ne pouvons que saluer… », "We welcome…".
    [GeneratedRegex(@"\A\s*(?:(?:et|mais|puis)\s+)?nous\s+(?:ne\s+|n[’']\s*)?(?:pensons|trouvons|croyons|estimons|jugeons|regrettons|déplorons|doutons|espérons|saluons|félicitons|réjouissons|pouvons\s+(?:que|seulement|pas\s+ne\s+pas))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPluralJudgement();

    [GeneratedRegex(@"\A\s*(?:(?:and|but|then)\s+)?[Ww]e\s+(?:do\s+not\s+|don[’']t\s+|all\s+|can\s+only\s+)?(?:think|believe|feel|find|hope|fear|regret|welcome|applaud|doubt|wonder|are\s+(?:convinced|sure|glad|pleased|delighted|saddened))\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPluralJudgement();

    /// <summary>The clause opens in the first person from the sentence's start ("À mes yeux, …") or after its adverbial opener.</summary>
    private static bool OpensInFirstPersonAnyForm(string prose, int start, int opener, int end, bool french)
    {
        var opens = french ? FrenchOpensInFirstPersonAnyForm() : EnglishOpensInFirstPersonAnyForm();
        return opens.IsMatch(prose.AsSpan(start, end - start)) || (opener > 0 && opens.IsMatch(prose.AsSpan(start + opener, end - start - opener)));
    }

    private static bool RoleThenFirstPerson(ReadOnlySpan<char> sentence, bool french)
    {
        var text = sentence.ToString();
        var joint = (french ? FrenchJointToFirstPerson() : EnglishJointToFirstPerson()).Match(text);
        if (!joint.Success || !SpeakerSubjects.IsAboutOnePerson(joint.Groups["lead"].ValueSpan, french))
        {
            return false;
        }

        var own = sentence[joint.Groups["je"].Index..];
        return (ActsOrPlans(own, french) || (french && FrenchFuture().IsMatch(own)))
            && !NarratorShapes.PerceivesOrIsPresent(own, french)
            && !(french ? FrenchJudgement() : EnglishJudgement()).IsMatch(own);
    }

    // The subject's part of the sentence, a joint (a colon, a dash, a semicolon, "et"/"and"), then the first person.
    [GeneratedRegex(@"\A\s*(?<lead>(?:Le|La|L[’']|Il|Elle)[^.!?«»“”"";:—–]{2,240}?)(?:\s:\s*|\s[—–]\s*|;\s*|,?\s+(?:et|mais|puis)\s+)(?<je>je\s|j[’'])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchJointToFirstPerson();

    [GeneratedRegex(@"\A\s*(?<lead>(?:The|He|She)\s[^.!?“”"";:—–]{2,240}?)(?:\s*:\s*|\s[—–]\s*|;\s*|,?\s+(?:and|but|then)\s+)(?<je>I\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishJointToFirstPerson();

    // A first-person future, a plan in French news: "je viserai", "je ne le laisserai pas", "je continuerai".
    [GeneratedRegex(@"\A\s*(?:je\s+|j[’']\s*)(?:ne\s+|n[’']\s*)?(?:(?:l[’']|m[’']|le|la|les|lui|leur|en|y|me)\s*)*\p{Ll}+rai\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchFuture();

    /// <summary>The length of an adverbial opener ending right before a first-person subject, or 0.</summary>
    private static int OpenerLength(ReadOnlySpan<char> text, bool french)
    {
        foreach (var match in (french ? FrenchOpener() : EnglishOpener()).EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    // One or two short comma-closed phrases before "je": "Dans la soirée, ", "Pour l’heure, ", "Earlier, in the
    // plenary, ", "Once the review is finished, "; in English also a time phrase without its comma ("By the evening ").
    // The phrase holds no clause end, quotation mark or first-person word of its own.
    [GeneratedRegex(@"\A\s*(?:(?!(?:je|j[’']|nous|moi|selon|d[’']après|à\s+mon\s+avis)\b)[^,;:.!?«»“”""]{2,60},\s*){1,2}(?=(?:je\s|j[’']))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpener();

    [GeneratedRegex(@"\A\s*(?:(?:(?!(?:I|we|in\s+my|to\s+my|as|speaking\s+as)\b)[^,;:.!?“”""]{2,60},\s*){1,2}|(?:By|On|At|In|Later|Earlier|That|This|Last|Within|Over|During)\b(?:\s+\p{Ll}+){1,4}\s+)(?=I\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpener();

    private static bool ActsOrPlans(ReadOnlySpan<char> clause, bool french) =>
        NarratorShapes.RecountsDeeds(clause, french) || (french ? FrenchPlans() : EnglishPlans()).IsMatch(clause);

    // A plan or a request of the subject's, in the present: "j’envisage de", "je compte", "I intend to".
    [GeneratedRegex(@"\A\s*(?:je\s+|j[’']\s*)(?:ne\s+|n[’']\s*)?(?:envisage|compte|entends|prévois|projette|m[’']\s*engage|me\s+prépare|demande|appelle|exhorte|annonce|propose|veux|souhaite\s+(?:ensuite\s+|désormais\s+|maintenant\s+)?(?:la\s+|le\s+|les\s+|l[’']\s*)?\p{Ll}+(?:er|ir|re))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPlans();

    [GeneratedRegex(@"\A\s*I\s+(?:(?:also|now|personally)\s+)?(?:intend|plan|aim|expect\s+to|want\s+to|am\s+asking|urge|call\s+on|ask|propose|pledge|promise|vow|apologi[sz]e|thank|let\s+(?:\p{Ll}+\s+){1,3}down)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPlans();

    [GeneratedRegex(@"\A\s*(?:je|j[’'])\s*(?:ne\s+|n[’']\s*)?(?:peine|peinais|comprends\s+(?:mal|pas)|arrive\s+pas|parviens\s+pas|peux\s+(?:pas\s+)?m[’']\s*empêcher|reste\s+(?:perplexe|sceptique|sans\s+voix)|m[’']\s*interroge|me\s+demande)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchBafflement();

    [GeneratedRegex(@"\A\s*I\s+(?:still\s+|really\s+|simply\s+)?(?:struggle|fail\s+to\s+(?:see|understand)|(?:can(?:not|[’']t)|could(?:\s+not|n[’']t))\s+(?:understand|help|believe|imagine|fathom|see)|do(?:\s+not|n[’']t)\s+(?:understand|get|see\s+why)|am\s+(?:baffled|puzzled|at\s+a\s+loss)|wonder)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishBafflement();

    [GeneratedRegex(@"\A\s*(?:(?:et|mais|puis)\s+)?nous\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensInFirstPlural();

    [GeneratedRegex(@"\A\s*(?:(?:and|but|then)\s+)?[Ww]e\b(?!\s*,)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensInFirstPlural();

    // A sentence opening with a named subject, then a joint (a dash, a semicolon, "et"/"and") and "je"/"I".
    [GeneratedRegex(@"\A\s*(?:(?:M\.|Mme|Me|Dr|Pr)\s+|(?:Le|La|L[’'])\s*(?:\p{Ll}[\p{Ll}-]+\s+){1,3})?(?!(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Selon|En|Au|Aux|Dans|Pour|Mais|Et|Puis|Depuis|Après|Avant)\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]+|von|van|der|de|du|des|da|di|la|le))+\s+\p{Ll}[^.!?«»“”"";:]{2,300}?(?:\s[—–]\s*|;\s*|,?\s+(?:et|mais|puis)\s+)(?:je\b|j[’'])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSwitchInSentence();

    [GeneratedRegex(@"\A\s*(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof)\.?\s+|\p{Lu}{2,}\s+)?(?!(?:The|A|An|In|On|At|As|But|And|Then|According|This|That|It|After|Before|Since|When|While|If)\b)\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]+|von|van|der|de|bin|al))+(?:\s*,[^,.!?“”""]{2,120},)?\s+\p{Ll}(?:[^.!?“”"";:]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|Rep|Sen|Gov|St))\.){2,300}?(?:\s[—–]\s*|;\s*|,?\s+(?:and|but|then)\s+)I\b(?!\s*,)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSwitchInSentence();

    [GeneratedRegex(@"\A\s*(?:je|j[’'])\s*(?:ne\s+|n[’']\s*)?(?:pense|trouve|crois|estime|juge|regrette|déplore|trouvais|pensais|croyais|suis\s+(?:convaincue?|persuadée?|certaine?|sûre?|d[’']avis)|me\s+demande|doute|espère|souhaite|aimerais|voudrais)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchJudgement();

    [GeneratedRegex(@"\A\s*I\s+(?:do\s+not\s+|don[’']t\s+|really\s+|personally\s+)?(?:think|believe|feel|find|found|suspect|doubt|wonder|hope|wish|fear|regret|am\s+(?:convinced|sure|certain|afraid)|would\s+(?:argue|say))\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishJudgement();

    [GeneratedRegex(@"\A\s*(?:(?:et|mais|puis)\s+)?(?:je\b|j[’'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensInFirstSingular();

    // A sentence that announces a person's words and says none of them: an adverbial opener, a person (a name of two
    // capitalised words, or an article and an office, with a name in apposition), then a verb of speaking or of its
    // manner, and no que, colon or quotation mark before the full stop.
    [GeneratedRegex(@"\A\s*(?:[^,;:.!?«»“”""]{1,40},\s*)?(?:(?:Le|La|L[’'])\s*[^,;:.!?«»“”""]{1,80}?,\s*)?(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}[\p{L}’'-]+|de|du|von|van))+\s*,?\s+(?:(?:a|avait)\s+(?:(?:ensuite|alors|aussi|également|jeudi|vendredi|lundi|mardi|mercredi|samedi|dimanche)\s+)?(?:pris\s+la\s+parole|poursuivi|conclu|enchaîné|insisté|renchéri|abondé|tranché|répondu|reconnu\s+\p{L}+\s+\p{L}+)|prend\s+la\s+parole|poursuit|conclut|enchaîne|insiste|renchérit|tranche|se\s+(?:montre|veut|dit|est\s+montrée?|est\s+voulue?)\s+(?:très\s+|plus\s+|assez\s+)?\p{Ll}+|(?:est|était)\s+(?:très\s+|plus\s+|assez\s+)?(?:catégorique|formelle?|claire?|ferme|optimiste|confiante?|prudente?)|(?:est|était)\s+revenue?\s+sur\s+[^,;:.!?«»“”""]{2,40})(?:\s+(?:sur|à)\s+un\s+point)?\s*[.!]?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchAnnouncesWords();

    [GeneratedRegex(@"\A\s*(?:[^,;:.!?“”""]{1,40},\s*)?(?:(?:The|the)\s+[^,;:.!?“”""]{1,80}?,\s*)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:(?:Minister|Deputy|Prime|Foreign|President|Adviser|Advisor|Head|Secretary|Chairman|Speaker|of|the|Infrastructure|Defence|Defense|Health|Finance|Economy)\s+)*\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)+\s*,?\s+(?:(?:then|also|next|again)\s+)?(?:took\s+the\s+floor|went\s+on|continued|concluded|followed\s+up|insisted|replied|responded|(?:was|is|remained)\s+(?:very\s+|quite\s+|equally\s+|more\s+)?(?:categorical|adamant|insistent|emphatic|blunt|unequivocal|clear|firm|candid|frank|upbeat|optimistic|cautious|defiant)|returned\s+to\s+[^,;:.!?“”""]{2,40}|turned\s+to\s+[^,;:.!?“”""]{2,40}|closed\s+(?:his|her)\s+(?:briefing|remarks|speech|address)[^,;:.!?“”""]{0,40}|struck\s+an?\s+\p{L}+\s+(?:tone|note))(?:\s+(?:next|then|again|too|as\s+well|on\s+(?:one|this|that)\s+point))?\s*[.!]?\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishAnnouncesWords();

    // The clause speaks to "you" ("I would also draw your attention to…"): the narrator's telling, not the person's words.
    [GeneratedRegex(@"\b(?:vous|votre|vos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSpeaksToTheReader();

    [GeneratedRegex(@"\b(?:you|your|yours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSpeaksToTheReader();

    // The sentence tells that its subject spoke: a reporting verb ("a poursuivi", "a déclaré") or what they said it in.
    [GeneratedRegex(@"\b(?:a|ont|avait|avaient)\s+(?:\p{Ll}+\s+)?(?:déclaré|affirmé|ajouté|expliqué|annoncé|indiqué|souligné|assuré|dit|confié|rappelé|précisé|insisté|poursuivi|conclu|répondu|prévenu|martelé|lancé|estimé|reconnu|admis|raconté|écrit|tweeté)\b|\b(?:déclare|affirme|ajoute|explique|annonce|poursuit|conclut|répond|prévient|raconte|reconnaît|estime|demande|réclame|exige|plaide|promet|assure|précise|souligne|insiste|rappelle)\b|\b(?:message|discours|déclaration|communiqué|allocution|entretien|interview|conférence\s+de\s+presse|point\s+presse|réseaux?\s+sociaux?|réseau\s+social|tweet|lettre)\b|\bse\s+(?:montre|montrait|veut|voulait|dit|disait|est\s+montrée?|est\s+voulue?|est\s+dite?)\s+(?:très\s+|plus\s+|assez\s+|pourtant\s+|toutefois\s+)?(?:catégorique|formelle?|optimiste|pessimiste|prudente?|confiante?|rassurante?|ferme|claire?|sévère|critique|inquiète?|inquiet|sceptique|convaincue?|lucide|combative?|déterminée?|offensive?|prudente?)\b|\b(?:(?:a|avait)\s+)?(?:insisté|insiste|revenu|revenue|revient|tenu|tenue|tient)\s+(?:sur|à)\s+un\s+point\b|\bn[’']\s*(?:a|avait)\s+pas\s+(?:caché|mâché\s+ses\s+mots)|\bne\s+cache\s+pas\b|\ben\s+reconnaissant\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchTellsOfSpeaking();

    [GeneratedRegex(@"\b(?:said|says|told|added|explained|announced|stressed|noted|insisted|warned|went\s+on|continued|concluded|replied|admitted|acknowledged|wrote|tweeted|posted)\b|\b(?:message|speech|statement|remarks|address|interview|briefing|press\s+conference|letter|social\s+media|on\s+a\s+\p{L}+\s+note)\b|\b(?:was|is|were|remained|remains)\s+(?:very\s+|quite\s+|more\s+|equally\s+|also\s+)?(?:insistent|adamant|categorical|emphatic|blunt|unequivocal|clear|firm|candid|frank|upbeat|optimistic|cautious|guarded|defiant)\b|\bon\s+(?:one|this|that)\s+point\b|\bdid\s+not\s+(?:mince|hide)\b|\bthanked\b|\bstruck\s+an?\s+\p{L}+\s+(?:tone|note)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishTellsOfSpeaking();

    // The clause opens in the first person, by its subject, a possessive or a stance of its own ("À mes yeux", "For me").
    [GeneratedRegex(@"\A\s*(?:(?:et|mais|puis)\s+)?(?:je\b|j[’']|mon\b|ma\b|mes\b|à\s+mes\s+yeux\b|pour\s+moi\b|selon\s+moi\b|à\s+mon\s+(?:avis|sens)\b|on\s+m[’']|on\s+me\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensInFirstPersonAnyForm();

    [GeneratedRegex(@"\A\s*(?:(?:and|but|then)\s+)?(?:I\b|my\b|for\s+me\b|in\s+my\s+(?:view|opinion)\b|to\s+my\s+mind\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensInFirstPersonAnyForm();

    [GeneratedRegex(@"\A\s*(?:(?:and|but|then)\s+)?I\b(?!\s*,)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensInFirstSingular();

    // A sentence whose subject is a named person, maybe after a title and with an apposition between commas:
    // "Mme Marty a promis…", "Rep. Linda Carver closed…", "Ambassador Lucía Ferrer, who chaired…, praised…";
    // or an office in apposition before the name: "Le commandant des opérations, le lieutenant-colonel Marc Ferrand, a indiqué…",
    // "The head teacher, Mr. Owen Price, told…".
    [GeneratedRegex(@"\A\s*(?:(?:M\.|Mme|Me|Dr|Pr)\s+\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]+|von|van|der|de|du|des|da|di|la|le))*|(?:(?:Le|La|L[’'])\s*(?:\p{Ll}[\p{Ll}-]+\s+){1,3})?(?!(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Selon|En|Au|Aux|Dans|Pour|Mais|Et|Puis|Depuis|Après|Avant|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]+|von|van|der|de|du|des|da|di|la|le))+|(?:Le|La|L[’'])\s*\p{Ll}[^,.!?«»“”""]{1,80},\s*(?:(?:le|la|l[’'])\s*(?:\p{Ll}[\p{Ll}-]+\s+){1,3}|(?:M\.|Mme|Me|Dr|Pr)\s+)?\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]+|von|van|der|de|du|des|da|di|la|le))+\s*,)(?:\s*,[^,.!?«»“”""]{2,120},)?\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensWithNamedSubject();

    [GeneratedRegex(@"\A\s*(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof)\.?\s+|\p{Lu}{2,}\s+)?(?!(?:The|A|An|In|On|At|As|But|And|Then|According|This|That|It|After|Before|Since|When|While|If|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]+|von|van|der|de|bin|al))+(?:\s*,[^,.!?“”""]{2,120},)?\s+\p{Ll}|\A\s*The\s+\p{Ll}[^,.!?“”""]{1,80},\s*(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof)\.?\s+)?\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+)+\s*,\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensWithNamedSubject();

    // A sentence whose subject is one capitalised word, maybe with an apposition between commas: "Whitlow, in
    // her first season in charge, has rebuilt…", "Garnier a déposé plainte…" (a surname if the document says so).
    [GeneratedRegex(@"\A\s*(?!(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Ces|Selon|En|Au|Aux|Dans|Pour|Mais|Et|Puis|Depuis|Après|Avant|Il|Elle|Ils|Elles|On|Nous|Vous|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|Aujourd|Demain)\b)(?<surname>\p{Lu}\p{Ll}{2,}[\p{Ll}’'-]*)(?:\s*,[^,.!?«»“”""]{2,120},)?\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensWithSurname();

    [GeneratedRegex(@"\A\s*(?!(?:The|A|An|In|On|At|As|But|And|Then|According|This|That|These|Those|It|He|She|They|We|You|After|Before|Since|When|While|If|Officials|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|However|Meanwhile)\b)(?<surname>\p{Lu}\p{Ll}{2,}[\p{Ll}’'-]*)(?:\s*,[^,.!?“”""]{2,120},)?\s+\p{Ll}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensWithSurname();

    // A quotation closed and attributed to a named person: "», a expliqué Mme Sophie Garnier", "», explique le glaciologue Matthias Huber",
    // "», a déclaré le directeur de l’établissement, M. Yannick Bertrand", "…,” the Chancellor said", "…,” Zelenska said",
    // or to the person by a pronoun: "», a-t-il écrit", "», ajoute-t-elle", "» a-t-il précisé" (the comma left out), "…,” she wrote".
    [GeneratedRegex(@"[»”""]\s*,?\s*(?:(?:a|avait)-t-(?:il|elle)\s+\p{Ll}+|\p{Ll}+-t-(?:il|elle)|\p{Ll}+e-(?:il|elle))\b|[»”""]\s*,\s*(?:a\s+|avait\s+)?\p{Ll}+\s+(?:le|la|l[’'])\s*[^,.!?«»“”""]{2,80},\s*(?:(?:M\.|Mme|Me|Dr|Pr)\s+)?\p{Lu}\p{Ll}[\p{L}’'-]*|[»”""]\s*,\s*(?:a\s+|avait\s+)?(?:\p{Ll}+ment\s+)?\p{Ll}+(?:-t-(?:il|elle))?\s+(?:(?:M\.|Mme|Me|Dr|Pr)\s+|(?:le|la|l[’'])\s*(?:\p{Ll}[\p{Ll}-]+\s+){0,3})?\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]+|von|van|der|de|du|des|da|di|la|le))+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchAttributedQuotation();

    [GeneratedRegex(@"[”""]\s*,?\s*(?:he|she|the\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}|\p{Lu}\p{Ll}{2,}(?:[’'-]\p{L}+)?)\s+(?:said|added|explained|told\s+\p{Ll}+|wrote|insisted|noted|warned|argued|recalled|stressed|continued|concluded)\b|[”""]\s*,?\s*(?:(?:said|says|added|adds|explained|explains|told\s+\p{Ll}+|wrote|writes|insisted|noted|warned|argued|recalled|stressed|continued|concluded)\s+(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Prof)\.?\s+|the\s+(?:\p{Ll}+\s+){0,3})?\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]+)+|(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Prof)\.?\s+)?\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]+)+\s+(?:said|says|added|adds|explained|explains|told\s+\p{Ll}+|wrote|writes|insisted|noted|warned|argued|recalled|stressed|continued|concluded)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishAttributedQuotation();
}
