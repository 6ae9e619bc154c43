using RulesSdk.Semantics;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

public sealed class VoiceAndPersonTests
{
    [Theory]
    [InlineData("fr", "Le ministre a parlé. « J’ai fortement plaidé pour l’aide », a déclaré Jens Stoltenberg.", "J’ai fortement", AttributionSource.Quotation, "Jens Stoltenberg")]
    [InlineData("fr", "Le ministre a parlé. J’ai vu des choses terribles, a déclaré le pompier.", "J’ai vu", AttributionSource.ClosingIncise, "le pompier")]
    [InlineData("fr", "Le ministre a parlé. Moi, je pense que la décision est bonne, a résumé une habitante.", "Moi, je pense", AttributionSource.ClosingIncise, "une habitante")]
    [InlineData("en", "The vote was close. \"I have argued strongly for this budget,\" Mayor Daniel Okafor said after the vote.", "I have argued", AttributionSource.Quotation, "Mayor Daniel Okafor")]
    [InlineData("en", "The vote was close. I saw things I will never forget, one firefighter said.", "I saw things", AttributionSource.ClosingIncise, "one firefighter")]
    [InlineData("fr", "Le bilan s’alourdit. Selon le porte-parole Dmitri Peskov, la Russie a réagi.", "la Russie", AttributionSource.ReportedSpeech, "le porte-parole Dmitri Peskov")]
    [InlineData("en", "The bridge reopened. According to the council, traffic is back to normal.", "traffic is", AttributionSource.ReportedSpeech, "the council")]
    public void Speakers_AreAttributed(string language, string text, string fragment, AttributionSource source, string speaker)
    {
        var semantics = Of(text, language);
        var clause = ClauseAt(semantics, fragment);
        Assert.Equal(VoiceKind.Speaker, clause.Attribution.Voice);
        Assert.Equal(source, clause.Attribution.Source);
        Assert.Equal(speaker, TextOf(semantics, clause.Attribution.SpeakerSpan));
    }

    [Theory]
    [InlineData("fr", "Le bilan est lourd.\n\nMoi, Jens Stoltenberg, secrétaire général de l’OTAN, j’ai fortement plaidé pour l’aide.", "Moi, Jens", GrammaticalPerson.FirstSingular, "Moi")]
    [InlineData("fr", "Le bilan est lourd.\n\nIl me semble que cette décision arrive bien tard.", "Il me semble", GrammaticalPerson.FirstSingular, "me")]
    [InlineData("fr", "Le bilan est lourd.\n\nNous avons vu les secouristes évacuer les blessés.", "Nous avons", GrammaticalPerson.FirstPlural, "Nous")]
    [InlineData("fr", "Le bilan est lourd.\n\nSachez que le chantier a coûté cher.", "Sachez", GrammaticalPerson.Third, null)]
    [InlineData("en", "The ruling relies on art. I, sec. 10 of the state constitution.", "art. I", GrammaticalPerson.Third, null)]
    [InlineData("en", "The toll is heavy.\n\nLast Tuesday I sat in the public gallery.", "Last Tuesday", GrammaticalPerson.FirstSingular, "I")]
    [InlineData("en", "The toll is heavy.\n\nYesterday I saw the first lorry cross.", "Yesterday", GrammaticalPerson.FirstSingular, "I")]
    [InlineData("fr", "Le bilan est lourd.\n\nPermettez-moi de rappeler que le chantier a coûté cher.", "Permettez-moi", GrammaticalPerson.FirstSingular, "Permettez-moi")]
    [InlineData("fr", "Le bilan est lourd.\n\nQue devais-je en penser ?", "Que devais-je", GrammaticalPerson.FirstSingular, "devais-je")]
    [InlineData("fr", "Le bilan est lourd.\n\nIl faut reconstruire le pont.", "Il faut", GrammaticalPerson.Impersonal, "Il faut")]
    [InlineData("en", "The toll is heavy.\n\nI confess this story leaves me uneasy.", "I confess", GrammaticalPerson.FirstSingular, "I")]
    [InlineData("en", "The toll is heavy.\n\nWe saw rescuers carry the injured.", "We saw", GrammaticalPerson.FirstPlural, "We")]
    [InlineData("en", "The toll is heavy.\n\nThe US said World War I ended in 1918.", "The US", GrammaticalPerson.Third, null)]
    [InlineData("en", "The toll is heavy.\n\nIf you'd like, you can read more.", "If you", GrammaticalPerson.Second, "you'd")]
    [InlineData("fr", "Le bilan est lourd.\n\nLe ton le plus ferme retentit de l’espace pacifique.", "Le ton", GrammaticalPerson.Third, null)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe ministre a répondu sur le même ton que la semaine dernière.", "Le ministre", GrammaticalPerson.Third, null)]
    [InlineData("fr", "Le bilan est lourd.\n\nTon avis compte beaucoup.", "Ton avis", GrammaticalPerson.Second, "Ton")]
    public void Person_ComesFromTheWordsThatCarryIt(string language, string text, string fragment, GrammaticalPerson person, string? firstWord)
    {
        var semantics = Of(text, language);
        var clause = ClauseAt(semantics, fragment);
        Assert.Equal(person, clause.Person);
        Assert.Equal(firstWord ?? "<none>", clause.PersonWords.IsEmpty ? "<none>" : TextOf(semantics, clause.PersonWords[0]));
    }

    // A reporting verb followed by "that"/"que" opens reported speech; it is no closing attribution, so the
    // head before it stays the narrator's.
    [Theory]
    [InlineData("en", "The council met. Tellingly, he recalled that companies had invested a great deal.", "Tellingly", "companies had")]
    [InlineData("fr", "Le conseil s’est réuni. Fait notable, il a rappelé que les entreprises avaient beaucoup investi.", "Fait notable", "les entreprises")]
    // A comma head before "according to X" / "selon X" stays the narrator's; what follows is X's.
    [InlineData("en", "The council met. Put simply, according to him, the plans include five bridges.", "Put simply", "the plans")]
    [InlineData("fr", "Le conseil s’est réuni. Point capital, selon lui, le plan prévoit cinq ponts.", "Point capital", "le plan")]
    public void HeadBeforeReportedSpeech_StaysTheNarrators(string language, string text, string head, string reported)
    {
        var semantics = Of(text, language);
        Assert.True(ClauseAt(semantics, head).IsNarrator, head);
        Assert.False(ClauseAt(semantics, reported).IsNarrator, reported);
    }

    [Theory]
    [InlineData("en", "The council met. The bridge will reopen in May, the mayor said on Monday.", "The bridge")]
    [InlineData("fr", "Le conseil s’est réuni. Le pont rouvrira en mai, a précisé le maire lundi.", "Le pont")]
    public void ClosingAttribution_StillHandsTheSentenceToItsSpeaker(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.False(ClauseAt(semantics, fragment).IsNarrator);
    }

    [Theory]
    [InlineData("fr", "Le syndicat a réagi. Pour moi, a insisté Bernard Thibault, cette conférence sera le premier vrai test.", "Pour moi", "cette conférence", "Bernard Thibault")]
    [InlineData("fr", "Le vote a eu lieu. Je ne céderai pas, a martelé la ministre, sur ce point essentiel.", "Je ne céderai", "sur ce point", "la ministre")]
    [InlineData("fr", "Le plan est connu. Ce plan, je l’ai voulu, explique Meg Whitman, parce que la recherche ne peut attendre.", "Ce plan", "parce que", "Meg Whitman")]
    [InlineData("en", "The talks went on. For me, Mykhailo Podolyak said once more, territorial integrity is not up for discussion.", "For me", "territorial integrity", "Mykhailo Podolyak")]
    [InlineData("en", "The vote was close. I will not sign, the minister said, anything that divides the coalition.", "I will not", "anything that", "the minister")]
    [InlineData("en", "Roads come first. The plans my team has put together, he went on, include 5,500 km of state roads.", "The plans", "include", "he")]
    public void AttributionInMidSentence_HandsBothSidesToItsSpeaker(string language, string text, string head, string tail, string speaker)
    {
        var semantics = Of(text, language);
        foreach (var fragment in new[] { head, tail })
        {
            var clause = ClauseAt(semantics, fragment);
            Assert.Equal(AttributionSource.ClosingIncise, clause.Attribution.Source);
            Assert.Equal(speaker, TextOf(semantics, clause.Attribution.SpeakerSpan));
        }
    }

    [Theory]
    // "a promis qu’aucun…" and "dit assez l’impuissance…" name no speaker: they are verbs with their objects.
    [InlineData("fr", "Le plan est connu. Le président du directoire, Philippe Varin, a promis qu’aucun salarié ne serait abandonné, car je mesure l’enjeu.", "car je")]
    [InlineData("fr", "Le rapport est paru. Qu’une telle machine fonctionne encore, à l’abri des regards, dit assez l’impuissance du monde, et je le regrette.", "Qu’une telle")]
    // An incise after a lead-in and its fact attributes the fact, not the lead-in: the head is too long and holds a clause;
    // "as X noted" is no incise of its own.
    [InlineData("fr", "Titre\n\nJe me dois de signaler que la campagne de vaccination est prolongée jusqu’au 28 février, a annoncé l’agence régionale, qui appelle les plus fragiles à se faire vacciner.", "Je me dois")]
    [InlineData("en", "The talks went on. In view of this, as Mykhailo Podolyak noted, it is worth waiting for the situation to unfold.", "In view")]
    [InlineData("en", "The speech ended. I was among the guests, and the applause after her speech went on for a long time.", "I was among")]
    // A closing incise names a noun phrase and has no clause of its own after its verb.
    [InlineData("en", "The talks went on. I sat in on part of the recording, and the adviser spoke without notes for almost forty minutes.", "I sat in")]
    [InlineData("en", "The talks went on. Speaking to me by the depot gates, one of the drivers said the buses had been ready since the night before.", "Speaking to me")]
    [InlineData("en", "The talks went on. From where I stood in the corridor, the three leaders emerged smiling but said little to the waiting press.", "From where I")]
    [InlineData("fr", "Le plan est connu. Des fonctionnaires de Bercy, que j’ai pu rencontrer en marge de la présentation, reconnaissent en privé que la note pourrait s’alourdir.", "que j’ai pu")]
    public void CommasThatNameNoSpeaker_AreNoIncise(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.NotEqual(AttributionSource.ClosingIncise, ClauseAt(semantics, fragment).Attribution.Source);
    }

    [Theory]
    [InlineData("en", "The talks went on. At the same time, Mykhailo Podolyak reiterated that I will never bargain over sovereignty.", "I will never")]
    [InlineData("fr", "Elle s’est exprimée en ligne. Ana Pastor affirmait que j’avais été renvoyée sans raison.", "j’avais été")]
    // A third person's belief or hope carries their thought, not the narrator's.
    [InlineData("en", "Shares fell. The analyst believes that I will be proved right by the next results.", "I will be")]
    [InlineData("en", "The talks ended. Vladimir Putin hoped that our partners would keep their word.", "our partners")]
    public void RestatingAndImperfectVerbs_ReportSpeech(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.Equal(AttributionSource.IndirectSpeech, ClauseAt(semantics, fragment).Attribution.Source);
    }

    [Theory]
    // The reported words go on through the clauses que/that chains to them, and after "que," before an incise.
    [InlineData("fr", "Le rapport est paru. Nadim Houry estime que les témoignages concordent au point que je n’ai plus aucun doute.", "je n’ai plus")]
    [InlineData("fr", "Le titre a chuté. Song Myung-Sup explique que, compte tenu des recours que le groupe prépare, je ne vois pas le titre remonter.", "je ne vois")]
    [InlineData("en", "Shares fell. The analyst explained that, given the appeals that the group is preparing, I do not expect a rebound.", "I do not")]
    public void ReportedWords_RunThroughChainedClauses(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.Equal(AttributionSource.IndirectSpeech, ClauseAt(semantics, fragment).Attribution.Source);
    }

    [Theory]
    // Indirect speech names its speaker: the reporting verb's subject, also through chained clauses.
    [InlineData("fr", "Le rapport est paru. Nadim Houry estime que les témoignages concordent au point que je n’ai plus aucun doute.", "je n’ai plus", "Nadim Houry")]
    [InlineData("fr", "Les papillons ont muté. Le chercheur de l’université annonce que, dès le printemps, j’étendrai ces analyses.", "j’étendrai", "Le chercheur de l’université")]
    [InlineData("fr", "Elle s’est exprimée en ligne. Elle affirmait que j’avais été renvoyée sans raison.", "j’avais été", "Elle")]
    [InlineData("en", "The talks went on. At the same time, Mykhailo Podolyak reiterated that I will never bargain over sovereignty.", "I will never", "At the same time, Mykhailo Podolyak")]
    public void IndirectSpeech_NamesTheReportingVerbsSubject(string language, string text, string fragment, string speaker)
    {
        var semantics = Of(text, language);
        var attribution = ClauseAt(semantics, fragment).Attribution;
        Assert.Equal(AttributionSource.IndirectSpeech, attribution.Source);
        Assert.Equal(speaker, text.Substring(attribution.SpeakerSpan!.Value.Start, attribution.SpeakerSpan.Value.Length));
    }

    [Theory]
    // A semicolon or a colon ends the reported words: what follows is the narrator's again.
    [InlineData("fr", "Le rapport est paru. Le ministre a affirmé que les travaux commenceraient en mai ; je n’en crois rien.", "je n’en")]
    [InlineData("en", "Shares fell. The minister said that work would start in May; I doubt it.", "I doubt")]
    public void ReportedWords_EndAtSemicolon(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.True(ClauseAt(semantics, fragment).IsNarrator);
    }

    [Fact]
    public void NarratorLeadIn_IsItsOwnClause()
    {
        var semantics = Of("Titre\n\nJe suis ravi de partager que, selon le porte-parole Dmitri Peskov, ce fait suffit.", "fr");
        var lead = ClauseAt(semantics, "Je suis ravi");
        Assert.True(lead.IsNarrator);
        Assert.Equal(GrammaticalPerson.FirstSingular, lead.Person);
        Assert.Equal("Je suis ravi de partager que,", TextOf(semantics, lead.Span));
        var fact = ClauseAt(semantics, "ce fait");
        Assert.False(fact.IsNarrator);
    }

    [Theory]
    [InlineData("fr", "Le titre a chuté. Selon mes calculs, il pourrait encore perdre quelques points.", "il pourrait")]
    [InlineData("fr", "Le titre a chuté. D’après nos informations, la direction a démissionné.", "la direction")]
    [InlineData("en", "Shares fell. According to my figures, they could lose a few more points.", "they could")]
    [InlineData("fr", "Le scrutin a eu lieu. Je revendique la victoire, selon les décomptes de mon parti.", "Je revendique")]
    [InlineData("en", "Shares fell. The deficit will narrow, according to figures from my office.", "The deficit")]
    [InlineData("en", "The interview was long. Before my eyes in the studio, Podolyak ran through all of this without once glancing at his notes.", "Before my eyes")]
    public void NarratorsOwnSource_IsNoAttribution(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.True(ClauseAt(semantics, fragment).IsNarrator);
    }

    [Fact]
    public void IndirectSpeech_BelongsToTheReportingSubject()
    {
        var semantics = Of("Le ministre a affirmé qu’il avait constaté les dégâts.", "fr");
        Assert.Equal(AttributionSource.IndirectSpeech, ClauseAt(semantics, "il avait").Attribution.Source);
        Assert.True(ClauseAt(semantics, "Le ministre").IsNarrator);
    }

    [Fact]
    public void InterviewAnswers_AreTheIntervieweesWords()
    {
        var semantics = Of("Entretien avec la maire\n\nQ : Le projet aboutira-t-il ?\n\nR : Je le crois, oui. J’ai tout fait pour.\n\nQ : Et ensuite ?\n\nNous verrons.", "fr");
        Assert.Equal(DocumentGenre.Interview, semantics.Genre);
        var answer = ClauseAt(semantics, "J’ai tout fait");
        Assert.Equal(AttributionSource.InterviewAnswer, answer.Attribution.Source);
        Assert.Equal(AttributionSource.InterviewAnswer, ClauseAt(semantics, "Nous verrons").Attribution.Source);
        Assert.Equal(AttributionSource.InterviewQuestion, ClauseAt(semantics, "Et ensuite").Attribution.Source);
    }

    [Fact]
    public void UnlabelledQuestion_AnsweredByANamedSpeaker_IsAnInterview()
    {
        var semantics = Of("Trois questions à la maire\n\nLe chantier a pris du retard.\n\nQuand rouvrira la ligne ?\n\nClaire Dumont : Je ne veux pas avancer de date. Nous reconstruisons pas à pas.", "fr");
        Assert.Equal(AttributionSource.InterviewAnswer, ClauseAt(semantics, "Je ne veux pas").Attribution.Source);
        Assert.Equal(AttributionSource.InterviewQuestion, ClauseAt(semantics, "Quand rouvrira").Attribution.Source);
        Assert.True(ClauseAt(semantics, "Le chantier").IsNarrator);
    }

    [Fact]
    public void QuestionNotFollowedByANamedAnswer_StaysTheNarrators()
    {
        var semantics = Of("Titre\n\nQuand rouvrira la ligne ?\n\nJe ne le sais pas plus que vous.", "fr");
        Assert.True(ClauseAt(semantics, "Je ne le sais").IsNarrator);
    }

    [Fact]
    public void BlockQuotesAndDialogueDashes_AreSpeakers()
    {
        var markdown = RulesSdk.Syntax.DocumentSyntax.Create(RulesSdk.Text.SourceText.From("# Titre\n\n> J’ai vu la vague.\n\n— Je ne partirai pas, dit-elle.\n"), RulesSdk.Syntax.DocumentKind.Markdown, "fr");
        var semantics = DocumentSemantics.For(markdown);
        Assert.Equal(AttributionSource.BlockQuote, ClauseAt(semantics, "J’ai vu").Attribution.Source);
        Assert.Equal(AttributionSource.DialogueDash, ClauseAt(semantics, "Je ne partirai").Attribution.Source);
    }

    [Fact]
    public void Model_IsOnePerSyntax()
    {
        var syntax = RulesSdk.Syntax.DocumentSyntax.Create(RulesSdk.Text.SourceText.From("Titre\n\nTexte."), RulesSdk.Syntax.DocumentKind.PlainText, "fr");
        Assert.Same(DocumentSemantics.For(syntax), DocumentSemantics.For(syntax));
    }

    [Theory]
    [InlineData("en", "Council approves the budget\n\nThe council voted on Monday.\n\n— End of rewrite. Word count: 246.", "End of rewrite")]
    [InlineData("fr", "Le conseil vote le budget\n\nLe conseil a voté lundi.\n\n— Fin de la réécriture. Dites-moi si vous préférez un style plus proche d’une brève d’agence.", "Dites-moi")]
    public void DashBeforeANoteAboutTheText_OpensNoDialogueLine(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.NotEqual(AttributionSource.DialogueDash, ClauseAt(semantics, fragment).Attribution.Source);
    }

    [Fact]
    public void DashBeforeAnAnswer_IsStillADialogueLine()
    {
        var semantics = Of("Le conseil vote le budget\n\nLe conseil a voté lundi.\n\n— Oui, depuis des mois, et je ne regrette rien.", "fr");
        Assert.Equal(AttributionSource.DialogueDash, ClauseAt(semantics, "je ne regrette").Attribution.Source);
    }
}
