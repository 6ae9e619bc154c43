using RulesSdk.Rules;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Rules;

/// <summary>
/// <c>restore third person</c>: the sentence's first "I"/« je » becomes the person the text names before it, and
/// the rest follows by morphology; no edit at all when the speaker or the subject is not certain.
/// </summary>
public sealed class SpeakerRestorationTests
{
    [Theory]
    // The person named in the sentence before: the name, the verb in the third person, "my" by the gender.
    [InlineData("Talks resume\n\nVladimir Putin met the governors on Monday. I also sent my greetings to the staff of the Fund.\n",
        "Vladimir Putin also sent his greetings to the staff of the Fund.")]
    [InlineData("Talks resume\n\nKeir Starmer met the unions on Thursday. I promised a rise in the minimum wage.\n",
        "Keir Starmer promised a rise in the minimum wage.")]
    // Named in the same sentence, with a past reporting verb: the pronoun and the tense shifted back.
    [InlineData("Reform\n\nPresident Volodymyr Zelenskyy told the business leaders that I will personally oversee the reform.\n",
        "President Volodymyr Zelenskyy told the business leaders that he would personally oversee the reform.")]
    // A contraction is written out after a name.
    [InlineData("Budget\n\nKeir Starmer spoke in Leeds. I'm meeting the unions again next week.\n",
        "Keir Starmer is meeting the unions again next week.")]
    // A relative clause: the name inside it.
    [InlineData("Oil\n\nOleg Ustenko spoke to the press. The embargo, which I first proposed in March, is now in force.\n",
        "The embargo, which Oleg Ustenko first proposed in March, is now in force.")]
    // A capitalised word opening the sentence does not hide the "I" ("World War I" still does).
    [InlineData("Prosecutors\n\nVladimir Putin congratulated the prosecutors on Tuesday. Tomorrow I will meet the Prosecutor General.\n",
        "Tomorrow Vladimir Putin will meet the Prosecutor General.")]
    // Two people, one of them met: the speaker is the subject that opens the sentence.
    [InlineData("Talks\n\nPresident Volodymyr Zelenskyy had a phone conversation with President Klaus Iohannis. The bridge will be finished next year. I am going to propose a joint working group.\n",
        "Volodymyr Zelenskyy is going to propose a joint working group.")]
    // Only a possessive or an object: "my" and "me" follow the speaker.
    [InlineData("Rail\n\nOleksandr Kubrakov presented the plan on Monday. This year my ministry will renew 300 bridges.\n",
        "This year his ministry will renew 300 bridges.")]
    // The semantic model's attribution names the speaker after the words: a closing or a middle incise, the pronoun.
    [InlineData("Talks\n\nThe call lasted an hour. I have invited Klaus Iohannis to visit Ukraine, Volodymyr Zelenskyy said after the call.\n",
        "He has invited Klaus Iohannis to visit Ukraine, Volodymyr Zelenskyy said after the call.")]
    [InlineData("Oil\n\nThe embargo took effect on Monday. The embargo, Oleg Ustenko argued, should in my view cover oil products too.\n",
        "The embargo, Oleg Ustenko argued, should in his view cover oil products too.")]
    // Indirect speech whose reporting verb has a pronoun for its subject, words between "that" and the "I": no backshift.
    [InlineData("Children\n\nThe search goes on. She said that since the first day of the invasion I have committed myself to tracing every child.\n",
        "She said that since the first day of the invasion she has committed herself to tracing every child.")]
    // "According to" a source whose title tells the gender.
    [InlineData("Decree\n\nThe decree was drafted in March. According to the chairwoman, I will sign the decree next week.\n",
        "According to the chairwoman, she will sign the decree next week.")]
    // A role that opens the sentence announces its words with a colon: their tense is kept.
    [InlineData("Corridors\n\nThe corridors opened at dawn. The chairwoman ended on a hopeful note: I trust the corridors will work.\n",
        "The chairwoman ended on a hopeful note: she trusts the corridors will work.")]
    // A role speaking for the person named: the role is the speaker.
    [InlineData("Leak\n\nThe report was leaked on Monday. I will not comment on a report I have not read, a spokeswoman for Boris Johnson said.\n",
        "She will not comment on a report she has not read, a spokeswoman for Boris Johnson said.")]
    public void English_RestoresTheNamedSpeaker(string text, string expectedSentence) =>
        Assert.Equal(expectedSentence, Restored(text, "en", LastSentenceAt(text)));

    [Theory]
    [InlineData("Industrie\n\nArnaud Montebourg a reçu les syndicats mardi. J’ai demandé à PSA de revoir son plan.\n",
        "Arnaud Montebourg a demandé à PSA de revoir son plan.")]
    [InlineData("Industrie\n\nArnaud Montebourg a reçu les syndicats mardi. Je ne me suis jamais résigné à cette fermeture.\n",
        "Arnaud Montebourg ne s’est jamais résigné à cette fermeture.")]
    // Reported speech of the sentence's own subject: the pronoun, « que » elided before it, and the tense shifted back
    // after a past reporting verb (the future becomes the conditional, the present the imperfect, the passé composé the
    // plus-que-parfait).
    [InlineData("Justice\n\nLa procureure Fatou Bensouda était à Bamako. La procureure a annoncé que je dépêcherai une mission au Mali.\n",
        "La procureure a annoncé qu’elle dépêcherait une mission au Mali.")]
    [InlineData("Justice\n\nLa procureure Fatou Bensouda était à Bamako. La procureure a rappelé aux juges que je suis saisie du dossier et que j’ai déjà entendu vingt témoins.\n",
        "La procureure a rappelé aux juges qu’elle était saisie du dossier et qu’elle avait déjà entendu vingt témoins.")]
    [InlineData("Justice\n\nLa procureure Fatou Bensouda était à Bamako. La procureure avait assuré que je ne ménage aucun effort.\n",
        "La procureure avait assuré qu’elle ne ménageait aucun effort.")]
    // The reporting verb's subject is a role whose gender the article tells: its pronoun, whoever was named earlier.
    [InlineData("Énergie\n\nFrançois Hollande a promis un débat national. Interrogée lundi, la ministre de l'Écologie s'est gardée de trancher, rappelant que je présenterai les conclusions au printemps.\n",
        "Interrogée lundi, la ministre de l'Écologie s'est gardée de trancher, rappelant qu'elle présentera les conclusions au printemps.")]
    // « que » elides before a name that opens with a vowel.
    // The reporting verb's subject is a pronoun: the words are that person's, whoever was named earlier.
    [InlineData("Télévision\n\nAna Pastor a quitté la chaîne. Elle affirme depuis lors que je continuerai à poser les questions.\n",
        "Elle affirme depuis lors qu’elle continuera à poser les questions.")]
    [InlineData("Budget\n\nLe ministre a répondu à Anne Hidalgo mardi. Il a annoncé que je déposerai un amendement.\n",
        "Il a annoncé qu’il déposerait un amendement.")]
    // The subjunctive stays as it is.
    [InlineData("Budget\n\nLe ministre a répondu à Anne Hidalgo mardi. Il a ajouté qu’il faudrait que je revienne devant les députés.\n",
        "Il a ajouté qu’il faudrait qu’il revienne devant les députés.")]
    // A role as the reporting verb's subject, a clause between « que » and « je ».
    [InlineData("Fukushima\n\nLes papillons ont muté. Le chercheur de l’université annonce que, dès le printemps prochain, j’étendrai ces analyses à d’autres espèces.\n",
        "Le chercheur de l’université annonce que, dès le printemps prochain, il étendra ces analyses à d’autres espèces.")]
    // A name no list knows: French possessives agree with the thing possessed and need no gender.
    [InlineData("Samsung\n\nSong Myung-Sup ajoute que mes clients ont vendu leurs titres dès l’ouverture.\n",
        "Song Myung-Sup ajoute que ses clients ont vendu leurs titres dès l’ouverture.")]
    // A closing attribution to a role whose article tells the gender.
    [InlineData("Grève\n\nLa réunion a duré deux heures. Je demande l’ouverture de négociations, a conclu la secrétaire générale.\n",
        "Elle demande l’ouverture de négociations, a conclu la secrétaire générale.")]
    // « te » is an object pronoun, not the verb; « que » does not elide before a name in Y.
    [InlineData("Industrie\n\nArnaud Montebourg a reçu les syndicats mardi. Hier je te l’ai dit sans détour.\n",
        "Hier Arnaud Montebourg te l’a dit sans détour.")]
    [InlineData("Climat\n\nYannick Jadot a présenté le texte mardi. Le texte que je défends sera voté jeudi.\n",
        "Le texte que Yannick Jadot défend sera voté jeudi.")]
    public void French_RestoresTheNamedSpeaker(string text, string expectedSentence) =>
        Assert.Equal(expectedSentence, Restored(text, "fr", FirstPersonAt(text)));

    [Theory]
    // A subject that pairs the speaker with someone else: the speaker takes their place, by name (English puts them
    // first), or as the stressed pronoun when the sentence names them; the verb stays plural.
    [InlineData("Talks\n\nVladimir Putin had a phone call with Ebrahim Raisi. President Raisi and I went into current international issues in depth.\n", "en",
        "Vladimir Putin and President Raisi went into current international issues in depth.")]
    [InlineData("Corridors\n\nIryna Vereshchuk spoke on Monday. My team and I are in contact with the Red Cross.\n", "en",
        "Iryna Vereshchuk and her team are in contact with the Red Cross.")]
    [InlineData("Nucléaire\n\nArnaud Montebourg est venu à Florange. Le ministre de l’Industrie et moi partageons la même conviction.\n", "fr",
        "Le ministre de l’Industrie et Arnaud Montebourg partagent la même conviction.")]
    [InlineData("Papillons\n\nLes papillons ont muté. Pierre Dupont en tire une conclusion : mon équipe et moi avons établi le lien.\n", "fr",
        "Pierre Dupont en tire une conclusion : son équipe et lui ont établi le lien.")]
    // « son équipe et Marine Tondelier » would make the team someone else's: the name comes first.
    [InlineData("Écologie\n\nMarine Tondelier est arrivée à Lille. Mon équipe et moi avons établi un programme commun.\n", "fr",
        "Marine Tondelier et son équipe ont établi un programme commun.")]
    public void CoordinatedSubject_PairsTheSpeakerWithTheOther(string text, string language, string expectedSentence) =>
        Assert.Equal(expectedSentence, Restored(text, language, LastSentenceAt(text)));

    [Theory]
    // Two people in the sentence that names the nearest one: whose words these are is not certain.
    [InlineData("Talks\n\nVladimir Putin met Ebrahim Raisi in Moscow. I will call him again next week.\n", "en")]
    // Nobody named before.
    [InlineData("Talks\n\nThe talks ended on Monday. I will call him again next week.\n", "en")]
    // An introduction names another person: the intro rules repair it.
    [InlineData("Talks\n\nMartin Adeyemi spoke on Monday. I'm Hannah Price, and I will lead the survey.\n", "en")]
    // A group speaks.
    [InlineData("Talks\n\nKeir Starmer met the unions. I know we will win this vote.\n", "en")]
    // The first person only inside quotation marks.
    [InlineData("Talks\n\nKeir Starmer met the unions. He said: “I will win this vote.”\n", "en")]
    // A name the gazetteer and the given names do not know speaks in the sentence: the person named earlier would be a guess.
    [InlineData("Business\n\nVolodymyr Zelenskyy met the chamber on Monday. Andy Hunder added one more point: I have never seen business so ready.\n", "en")]
    // The person named nearest is spoken to, not speaking.
    [InlineData("Talks\n\nThe ministry sent a letter to Keir Starmer on Monday. I then replied to the ministry.\n", "en")]
    [InlineData("Talks\n\nJoe Biden told Angela Merkel that I will send more troops.\n", "en")]
    // The attribution names a person whose gender nothing tells: "he" or "she" would be a guess, and English "my" needs it.
    [InlineData("Samsung\n\nThe shares fell. Song Myung-Sup adds that my clients sold their shares at the opening.\n", "en")]
    [InlineData("Talks\n\nThe call lasted an hour. I have invited Klaus Iohannis to visit, Ashkii Begay said.\n", "en")]
    // The other in the pair is the person the text named in that role: the speaker would be a guess.
    [InlineData("Énergie\n\nLe ministre de l’Intérieur, Manuel Valls, est venu à Florange. Le ministre de l’Intérieur et moi partageons la même conviction.\n", "fr")]
    // A first person that only announces the attributed fact is the narrator's lead-in.
    [InlineData("Incendie\n\nLe feu a pris à l’aube. Je me contenterai de préciser qu’une enquête a été ouverte, a précisé le parquet de Lyon.\n", "fr")]
    // A role speaking for someone whose gender nothing tells: the person named would be the wrong speaker.
    [InlineData("Leak\n\nThe report was leaked on Monday. I will not comment on a report I have not read, an aide to Keir Starmer said.\n", "en")]
    // Another person before the "I" of words attributed after them: "he" would read as that person.
    [InlineData("Summit\n\nThe summit opened on Monday. Joe Biden spoke first; I then thanked him for the invitation, Rishi Sunak said.\n", "en")]
    // "I'd" is "I had" or "I would".
    [InlineData("Talks\n\nKeir Starmer spoke on Monday. I'd already left the party by then.\n", "en")]
    // "World War I" is no subject.
    [InlineData("History\n\nKeir Starmer spoke at the memorial. The museum of World War I reopens today.\n", "en")]
    // A French object « me » (le, la or lui?) with no « je »: left to an editor.
    [InlineData("Budget\n\nArnaud Montebourg a présenté le plan. Ce plan me semble bon pour mes équipes.\n", "fr")]
    // The narrator's own voice: a lead-in, the reader addressed, a source cited after the "I".
    [InlineData("Talks\n\nJens Stoltenberg spoke on Monday. I’m pleased to report that talks will resume on April 20.\n", "en")]
    [InlineData("Talks\n\nJens Stoltenberg spoke on Monday. I can tell you the talks will resume on April 20.\n", "en")]
    [InlineData("Retraites\n\nVolodymyr Zelensky a parlé lundi. Je pense que, selon la préfecture, 26 656 personnes ont bénéficié du dispositif.\n", "fr")]
    // Named only before the sentence, a judgement or a feeling may be the narrator's own.
    [InlineData("Budget\n\nKeir Starmer spoke in Leeds. I'm confident the budget will pass.\n", "en")]
    [InlineData("Louvre\n\nOlena Zelenska opened the exhibition. Reading this, I confess to a small surge of pride.\n", "en")]
    // The participle agrees with someone else than the person named.
    [InlineData("Industrie\n\nAnne Hidalgo a reçu les syndicats mardi. Hier je suis allé à Florange.\n", "fr")]
    [InlineData("Industrie\n\nArnaud Montebourg a reçu les syndicats mardi. Hier je me suis rendue à Florange.\n", "fr")]
    // « Moi, je… » needs an editor.
    [InlineData("Télévision\n\nAna Pastor a quitté la chaîne. Moi, je n’ai jamais réclamé de faveur.\n", "fr")]
    public void NoEdit_WhenTheSpeakerOrSubjectIsNotCertain(string text, string language)
    {
        var document = TextDocument.Create("article.txt", text, language);
        var at = FirstPersonAt(text);
        Assert.Empty(RuleEdits.RestoreThirdPerson(document, new RuleMatch(new TextSpan(at, 1), new TextSpan(at, 1))));
    }

    [Fact]
    public void TheElisionFollowsTheDocumentsApostrophes_WhenTheSentenceHasNone()
    {
        const string text = "Enquête\n\nL'enquête continue. Elle affirme que je souhaite rencontrer les familles dès lundi.\n";
        Assert.Equal("Elle affirme qu'elle souhaite rencontrer les familles dès lundi.", Restored(text, "fr", LastSentenceAt(text)));
    }

    [Fact]
    public void TheElisionsFollowTheSentencesApostrophes()
    {
        // The repair elides with the typographic apostrophe; a sentence typed with the straight one keeps it.
        const string text = "Emploi\n\nGérald Karsenti a présenté le plan d’HP mardi. Je m'engage à maintenir l'usine ouverte.\n";
        Assert.Equal("Gérald Karsenti s'engage à maintenir l'usine ouverte.", Restored(text, "fr", LastSentenceAt(text)));
    }

    [Fact]
    public void OnlyTheSentenceIsReplaced_AndTheRestOfTheDocumentIsKept()
    {
        const string text = "Talks resume\n\nKeir Starmer met the unions on Thursday. I promised a rise. The vote is next week.\n";
        var document = TextDocument.Create("article.txt", text, "en");
        var at = text.IndexOf("I promised", StringComparison.Ordinal);
        var change = Assert.Single(RuleEdits.RestoreThirdPerson(document, new RuleMatch(new TextSpan(at, 1), new TextSpan(at, 1))));
        var fixedText = text[..change.Span.Start] + change.NewText + text[change.Span.End..];
        Assert.Equal("Talks resume\n\nKeir Starmer met the unions on Thursday. Keir Starmer promised a rise. The vote is next week.\n", fixedText);
    }

    private static string Restored(string text, string language, int at)
    {
        var document = TextDocument.Create("article.txt", text, language);
        var change = Assert.Single(RuleEdits.RestoreThirdPerson(document, new RuleMatch(new TextSpan(at, 1), new TextSpan(at, 1))));
        return change.NewText.Trim();
    }

    // The start of the body's last sentence: the one the cases damage.
    private static int LastSentenceAt(string text) =>
        Math.Max(text.IndexOf("\n\n", StringComparison.Ordinal) + 2, text.TrimEnd().LastIndexOf(". ", StringComparison.Ordinal) + 2);

    // The first « je »/« j’ »/"I" of the body (after the title line).
    private static int FirstPersonAt(string text)
    {
        var body = text.IndexOf("\n\n", StringComparison.Ordinal);
        foreach (var marker in new[] { " je ", " Je ", " J’", " j’", " I ", " I'", " I’", "“I " })
        {
            var at = text.IndexOf(marker, body, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at + (marker[0] == '“' ? 1 : 1);
            }
        }

        return body + 2;
    }
}
