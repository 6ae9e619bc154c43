using RulesSdk.Semantics;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

/// <summary>Interview layouts, embedded posts and the author's note: first person that is not the narrator's leak.</summary>
public sealed class InterviewAndPostTests
{
    private const string Report = "Bird flu confirmed at a second farm\n\nAvian influenza has been confirmed at a second farm.\n\nA protection zone has been set up around it.\n\nEgg prices are not expected to change.\n\nThe vet spoke to the Gazette after the meeting.";

    [Fact]
    public void BoldQuestions_MakeTheNextBlocksAnswers()
    {
        var semantics = Of(Report + "\n\n**What did you find?**\n\nI saw forty dead birds in one shed.\n\n**Is the public at risk?**\n\nNo. I have never seen a human case.", "en");
        Assert.Equal(AttributionSource.InterviewQuestion, ClauseAt(semantics, "What did you find").Attribution.Source);
        Assert.Equal(AttributionSource.InterviewAnswer, ClauseAt(semantics, "I saw forty").Attribution.Source);
        Assert.Equal(AttributionSource.InterviewAnswer, ClauseAt(semantics, "I have never seen").Attribution.Source);
    }

    [Theory]
    [InlineData("QUESTION: Why strike now?\n\nVANCE: Because we have waited since November.\n\nQUESTION: Will there be more?\n\nVANCE: I know what it does to you, and I hope not.", "I know what it does", true)]
    [InlineData("The chief executive said:\n\n    I will not tell you this is good news.\n\n    But I believe we can build.", "But I believe", true)]
    [InlineData("In a statement, the council said it would appeal. I know what it does to you.", "I know what it does", false)]
    [InlineData("Interview\n\nDid you expect to be dismissed?\n\n— Yes, for months. I knew my questions bothered them.", "Did you expect", true)]
    [InlineData("Did you expect to be dismissed?\n\nThe board met on Monday.", "Did you expect", false)]
    [InlineData("Vladimir Putin: Mintimer Sharipovich, I congratulate you with all my heart.\n\nMintimer Shaimiyev: Thank you, Vladimir Vladimirovich. I am deeply touched.", "I am deeply touched", true)]
    [InlineData("Health Secretary Victoria Atkins: I am asking every school to host a clinic.", "I am asking", false)]
    [InlineData("Key Facts: The bridge cost 40 million euros.\n\nEditor's Note: I have kept the summary short.", "I have kept", false)]
    [InlineData("Would you like me to shorten this summary?\n\n— 40 million euros spent\n— one year late", "Would you like", false)]
    [InlineData("Question from a journalist: Will the buses return tomorrow?\nIryna Vereshchuk: If the corridor holds, yes. We will announce it in the morning.", "We will announce", true)]
    [InlineData("Question from a journalist: Will the buses return tomorrow?\n\nIryna Vereshchuk: If the corridor holds, yes. We will announce it in the morning.", "We will announce", true)]
    [InlineData("Update from the ministry: the buses stopped on Monday.\nIryna Vereshchuk: If the corridor holds, we will announce it in the morning.", "we will announce", false)]
    public void SpokenBlocks_AreTheSpeakersAsAWhole(string body, string fragment, bool spoken)
    {
        var semantics = Of(Report + "\n\n" + body, "en");
        var at = semantics.Syntax.Text.ToString().IndexOf(fragment, StringComparison.Ordinal);
        var block = semantics.Syntax.FindBlock(at)!;

        Assert.Equal(spoken, semantics.IsSpokenBlock(block));
        Assert.Equal(spoken, (semantics.RoleOf(block) & StructuralRole.Spoken) != 0);
        Assert.Equal(spoken ? VoiceKind.Speaker : VoiceKind.Narrator, ClauseAt(semantics, fragment).Attribution.Voice);
    }

    [Fact]
    public void OneLoneQuestion_StaysTheNarrators()
    {
        var semantics = Of(Report + "\n\nWho will pay for it?\n\nI think the farmers will.", "en");
        Assert.Equal(VoiceKind.Narrator, ClauseAt(semantics, "I think").Attribution.Voice);
    }

    [Theory]
    [InlineData("en", "GAZETTE: What did you find?\n\nPRICE: I saw forty dead birds.\n\nGAZETTE: Is the public at risk?\n\nPRICE: No. I have never seen a human case.", "I saw forty")]
    [InlineData("en", "Dr. Price: I saw forty dead birds.\n\nInterviewer: Is the public at risk?\n\nDr. Price: No. I have never seen a human case.", "I saw forty")]
    [InlineData("fr", "LE PROGRÈS : Qu’avez-vous vu ?\n\nMARC FERRAND : J’ai vu de la fumée noire.\n\nLE PROGRÈS : Avez-vous eu peur ?\n\nMARC FERRAND : Non.", "J’ai vu de la fumée")]
    public void SpeakerLabels_ThatComeBack_AreATranscript(string language, string transcript, string answer)
    {
        var semantics = Of(Report + "\n\n" + transcript, language);
        Assert.Equal(AttributionSource.InterviewAnswer, ClauseAt(semantics, answer).Attribution.Source);
    }

    [Theory]
    [InlineData("fr", "Trois questions à Yannick Bertrand\n\nCombien de temps faudra-t-il ?\n\nJe ne veux pas avancer de date.", "Je ne veux pas")]
    [InlineData("fr", "Combien de temps faudra-t-il ?\n\nYannick Bertrand : Je ne veux pas avancer de date.", "Je ne veux pas")]
    [InlineData("en", "Q&A with the county vet\n\nWhat did you find?\n\nI saw forty dead birds.", "I saw forty")]
    // Labels set in bold, as pages print them.
    [InlineData("en", "**MoneyS:** Will sanctions work?\n\n**Oleg Ustenko:** I am convinced they will.", "I am convinced")]
    [InlineData("fr", "**Le Progrès :** Faudra-t-il fermer l'usine ?\n\n**Yannick Bertrand :** Je ne le crois pas.", "Je ne le crois")]
    public void OneQuestion_WithALabelledReplyOrAnInterviewHeading_IsAnInterview(string language, string passage, string answer)
    {
        var semantics = Of(Report + "\n\n" + passage, language);
        Assert.Equal(AttributionSource.InterviewAnswer, ClauseAt(semantics, answer).Attribution.Source);
    }

    [Fact]
    public void ALoneSpeakerLabel_StaysTheNarrators()
    {
        // A paraphrase that lost its quotation marks, not a transcript: the first-person rules judge it.
        var semantics = Of(Report + "\n\nChancellor Jeremy Hunt: I have always said inflation came first.", "en");
        Assert.Equal(VoiceKind.Narrator, ClauseAt(semantics, "I have always said").Attribution.Voice);
    }

    [Fact]
    public void ReportWithAnEmbeddedQAndA_StaysAReport_ButItsAnswersAreExempt()
    {
        var semantics = Of(Report + "\n\nQ: What did you find?\n\nA: I saw forty dead birds.\n\nThe farm will be cleaned this week.\n\nRestrictions stay in place for a month.", "en");
        Assert.Equal(DocumentGenre.NewsReport, semantics.Genre);
        Assert.Equal(AttributionSource.InterviewAnswer, ClauseAt(semantics, "I saw forty").Attribution.Source);
    }

    [Theory]
    [InlineData("en", "Just watched a trampoline fly past my window. Stay safe everyone\n\n— Sarah Jenkins (@sarahj_wx) October 20, 2024", "Just watched")]
    [InlineData("en", "We saw the sea come over the wall this morning. https://t.co/k3 — Ceredigion Council (@CeredigionCC) October 20, 2024", "We saw the sea")]
    [InlineData("fr", "Je viens de voir la fumée depuis mon balcon, ça fait peur\n\n— Léa B. (@lea_b69) 14 août 2024", "Je viens de voir")]
    [InlineData("fr", "Lionel Tardy (@LionelTardy) 6 novembre 2012\nJe rentre de l'hémicycle. Nous saisirons le Bureau de l'Assemblée.", "Nous saisirons")]
    public void EmbeddedPost_IsItsAuthorsVoice_AndItsAttributionIsNotMetadata(string language, string post, string fragment)
    {
        var semantics = Of(Report + "\n\n" + post, language);
        Assert.Equal(AttributionSource.EmbeddedPost, ClauseAt(semantics, fragment).Attribution.Source);
        Assert.Empty(semantics.TrailingMetadata);
    }

    [Theory]
    [InlineData("en", "I have covered energy policy for a decade, and I think Europe should listen.\n\n— Anna Kovalenko is the energy columnist of this publication. The views expressed are her own.", "I think Europe")]
    [InlineData("en", "I have chaired the committee for six years, and every year I am struck by the small firms.\n\n— Yelena Sokolova, chair of the organising committee, in a column for the Forum's website", "I am struck")]
    [InlineData("fr", "Je suis maire depuis douze ans et je n'ai jamais vu pareille crue.\n\nJean Dupont, maire de Colmar, dans une tribune au Monde", "je n'ai jamais")]
    // The signature as the paragraph's last line, after a column's label and a dashed name, or as the author's note
    // under a column's title.
    [InlineData("fr", "Point de vue. Je tiens cette surtaxe pour un signal nécessaire.\n— Paul Verdier, économiste, tribune", "Je tiens")]
    [InlineData("fr", "Tribune — Technicien chez HP depuis 1998, je vois partir des collègues. — Marc Duval, délégué CFDT", "je vois partir")]
    [InlineData("fr", "Tribune — « Nous ne pourrons pas dire que nous ne savions pas »\n\nJe travaille depuis dix ans sur la Syrie.\n\nNadim Houry est directeur adjoint de la division Moyen-Orient de Human Rights Watch.", "Je travaille")]
    // The byline in the column's label, above the text.
    [InlineData("fr", "Point de vue — par Claire Daunois, économiste de l'énergie\n\nJe ne partage pas l'enthousiasme du ministre.", "Je ne partage")]
    [InlineData("en", "Opinion | By Anna Kovalenko, energy columnist\n\nI do not share the minister's enthusiasm.", "I do not share")]
    [InlineData("en", "Comment | Ivan Sergeyev, retired deputy prosecutor\n\nI believe the anniversary is a good moment to look back.", "I believe")]
    [InlineData("fr", "Tribune de Marc Duval, linguiste\n\nJe plaide pour une Francophonie des locuteurs.", "Je plaide")]
    public void SignedContribution_IsItsAuthorsVoice(string language, string column, string fragment)
    {
        var semantics = Of(Report + "\n\n" + column, language);
        Assert.Equal(AttributionSource.SignedContribution, ClauseAt(semantics, fragment).Attribution.Source);
        Assert.False(ClauseAt(semantics, fragment).IsNarrator);
    }

    [Theory]
    // A line that only names someone, without saying the text is theirs, signs nothing.
    [InlineData("en", "I saw the water reach the first floor.\n\n— Anna Kovalenko, resident of Irpin", "I saw the water")]
    [InlineData("fr", "J'ai vu l'eau monter jusqu'au premier étage.\n\nJean Dupont, habitant de Colmar, a témoigné mardi.", "J'ai vu")]
    // A column's label with no byline signs nothing by itself.
    [InlineData("fr", "Point de vue\n\nJ'ai vu l'eau monter jusqu'au premier étage.", "J'ai vu")]
    public void ANameWithoutAColumnCue_SignsNothing(string language, string text, string fragment)
    {
        var semantics = Of(Report + "\n\n" + text, language);
        Assert.True(ClauseAt(semantics, fragment).IsNarrator);
    }

    [Theory]
    // One labelled line is a public figure's speech when it addresses an audience; a deed told to no one stays the narrator's.
    [InlineData("Vladimir Putin: Friends, I congratulate you on your anniversary.", "I congratulate", false)]
    [InlineData("Vladimir Putin: Good afternoon, colleagues. I would like to welcome everyone.", "I would like", false)]
    [InlineData("Mykhailo Podolyak: I have told the negotiators many times that Ukraine will not trade territory.", "I have told", true)]
    [InlineData("Anna Kovalenko: Friends, I congratulate you on your anniversary.", "I congratulate", true)]
    public void OneLabelledLine_IsSpeech_WhenAPublicFigureAddressesAnAudience(string line, string fragment, bool narrator)
    {
        var semantics = Of(Report + "\n\n" + line, "en");
        Assert.Equal(narrator, ClauseAt(semantics, fragment).IsNarrator);
    }

    [Theory]
    // The paragraphs after a public figure's address go on with the speech to the page's end.
    [InlineData("Vladimir Putin: Good afternoon, colleagues.\n\nI would like to congratulate the Fund's team once again.\n\nI am sure that you will cope with it.", "I am sure", false)]
    [InlineData("**Vladimir Putin:** Friends, good evening.\n\nI would like to thank the organisers.", "I would like", false)]
    // Another label, or a deed told to no one, ends nothing and starts nothing.
    [InlineData("Vladimir Putin: Good afternoon, colleagues.\n\nChancellor Jeremy Hunt: I have always said inflation came first.\n\nI think the rates will fall.", "I think the rates", true)]
    [InlineData("Mykhailo Podolyak: I have told the negotiators so.\n\nI think the talks will fail.", "I think the talks", true)]
    public void ASpeechUnderAPublicFiguresName_GoesOnToTheEnd(string speech, string fragment, bool narrator)
    {
        var semantics = Of(Report + "\n\n" + speech, "en");
        Assert.Equal(narrator, ClauseAt(semantics, fragment).IsNarrator);
    }

    [Theory]
    [InlineData("fr", "Interrogé par notre correspondant, un trader de Séoul résume :\n— Nous avons vendu dès l'ouverture. Je ne pense pas que le titre remonte.", "Je ne pense")]
    [InlineData("en", "A trader in Seoul summed it up:\n— We sold at the open. I doubt the shares recover soon.", "I doubt")]
    public void DialogueLine_InsideABlock_IsTheSpeakers(string language, string block, string fragment)
    {
        var semantics = Of(Report + "\n\n" + block, language);
        var clause = ClauseAt(semantics, fragment);
        Assert.Equal(AttributionSource.DialogueDash, clause.Attribution.Source);
        Assert.False(clause.IsNarrator);
    }

    [Fact]
    public void DatelineWithADash_IsStillMetadata()
    {
        var semantics = Of(Report + "\n\nPublished 20 October 2024 — 14:32 GMT", "en");
        Assert.NotEmpty(semantics.TrailingMetadata);
    }

    [Theory]
    [InlineData("en", "Why our town needs its library\n\nLast Tuesday I sat in the council chamber and watched eight people decide.\n\nThe branch costs $410,000 a year.\n\nI believe there are alternatives.\n\nHelen Marsh is a retired teacher and a member of the Friends of the Library.")]
    [InlineData("fr", "Pourquoi notre ville a besoin de sa médiathèque\n\nMardi dernier, j’étais dans la salle du conseil.\n\nLa médiathèque coûte 410 000 euros par an.\n\nJe crois qu’il existe des solutions.\n\nHélène Marchal est enseignante retraitée.")]
    public void AuthorsNote_SignsAColumn(string language, string text)
    {
        Assert.Equal(DocumentGenre.OpEd, Of(text, language).Genre);
    }

    [Fact]
    public void AuthorsNote_WithoutTheAuthorsFirstPerson_IsAReport()
    {
        var semantics = Of("Library to close\n\nThe council voted to close the library.\n\nThe branch costs $410,000 a year.\n\nI believe there are alternatives.\n\nHelen Marsh is a retired teacher who campaigned against the closure.", "en");
        Assert.Equal(DocumentGenre.NewsReport, semantics.Genre);
    }

    [Theory]
    [InlineData("You will find the contacts below. You need to register first. Then you can apply online.", true)]
    [InlineData("If you drive across it, you will pay the toll. The council voted on Monday.", false)]
    public void ReaderAddressedThroughout_MakesTheSecondPersonTheRegister(string body, bool addressed)
    {
        var semantics = Of(Report + "\n\n" + body, "en");
        Assert.Equal(addressed, semantics.AddressesItsReader);
        var block = semantics.Syntax.Blocks[0];
        Assert.Equal(addressed, (semantics.RoleOf(block) & StructuralRole.Addressed) != 0);
    }
}
