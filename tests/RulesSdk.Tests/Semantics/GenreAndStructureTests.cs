using RulesSdk.Semantics;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

public sealed class GenreAndStructureTests
{
    [Theory]
    [InlineData("en", "Opinion: Keep the library open\n\nBy Helen Marsh\n\nI have walked to the library since I was six.\n\nI think the case stands.\n\nThe council meets on Monday.", DocumentGenre.OpEd)]
    [InlineData("fr", "Logement : « Nos villes ne peuvent plus attendre »\n\nJe suis maire depuis neuf ans, et je n’ai jamais vu cela.\n\nJe reçois chaque semaine des familles.\n\nNotre liste d’attente s’allonge.\n\nJe demande à l’État d’agir.", DocumentGenre.OpEd)]
    [InlineData("fr", "Discours du président\n\nMesdames et Messieurs,\n\nJe suis heureux d’être parmi vous.", DocumentGenre.Speech)]
    [InlineData("en", "Acme opens plant\n\nFOR IMMEDIATE RELEASE\n\nWe are delighted to announce a new plant.\n\nAbout Acme\n\nAcme makes tools.", DocumentGenre.PressRelease)]
    [InlineData("fr", "Le français de demain\n\nLe forum s’est ouvert lundi à Québec.\n\nIl réunit 1 500 participants.\n\nJe suis moi-même l’un de ces locuteurs : né à Boston, j’ai appris le français à l’université.\n\nL’auteur, Daniel Whitmore, est professeur de français dans le Massachusetts.", DocumentGenre.OpEd)]
    [InlineData("fr", "Le pont rouvre\n\nCOMMUNIQUÉ DE PRESSE\n\nNous sommes heureux d’annoncer la réouverture du pont.", DocumentGenre.PressRelease)]
    [InlineData("en", "Bridge reopens\n\nPress release – London, 3 May\n\nWe are pleased to announce that the bridge has reopened.", DocumentGenre.PressRelease)]
    [InlineData("fr", "La chaîne limoge sa présentatrice\n\nLa chaîne a limogé sa présentatrice vendredi.\n\nLe lendemain, elle a émis un communiqué de presse affirmant qu’elle lui avait offert une autre émission.\n\nLa présentatrice a démenti.", DocumentGenre.NewsReport)]
    [InlineData("en", "Plant closes\n\nThe plant closed on Friday.\n\nIn a press release issued on Saturday, the company said it had no choice.\n\nUnions called a strike.", DocumentGenre.NewsReport)]
    [InlineData("fr", "Le pont rouvre\n\nLe pont a rouvert lundi.\n\nLes travaux ont duré deux ans.\n\nJe pense que c’est une bonne nouvelle.", DocumentGenre.NewsReport)]
    [InlineData("fr", "Les locuteurs réclament leur place\n\nTribune de Marc Duval, linguiste à l’Université Laval\n\nLe forum s’est ouvert lundi à Québec.\n\nIl réunit 1 500 participants venus de 80 pays.\n\nJe plaide donc pour une Francophonie des locuteurs. Nous ne sommes pas de simples usagers.", DocumentGenre.OpEd)]
    [InlineData("en", "Keep the library open\n\nOpinion by Helen Marsh\n\nThe council voted on Monday.\n\nThe library has 3,000 members.\n\nI have walked to the library since I was six.", DocumentGenre.OpEd)]
    [InlineData("en", "Keep the library open\n\nBy Helen Marsh\n\nThe council voted on Monday.\n\nThe library has 3,000 members.\n\nI think the vote was a mistake.", DocumentGenre.NewsReport)]
    [InlineData("fr", "Les locuteurs réclament leur place\n\nTribune de Marc Duval, linguiste à l’Université Laval\n\nLe forum s’est ouvert lundi à Québec.\n\nIl réunit 1 500 participants venus de 80 pays.\n\nLes débats reprennent mardi.", DocumentGenre.NewsReport)]
    public void Genre_FollowsStructureAndCues(string language, string text, DocumentGenre genre)
    {
        var semantics = Of(text, language);
        Assert.Equal(genre, semantics.Genre);
        Assert.NotEmpty(semantics.GenreAssessment.Cues);
    }

    [Fact]
    public void Preface_StandsBeforeTheTitle_AndSignOffAfterTheContent()
    {
        var semantics = Of("Sure! Here is the rewritten article:\n\nBridge reopens\n\nThe bridge reopened on Monday.\n\nTraffic is normal.\n\nLet me know if you would like a shorter version.", "en");
        var blocks = semantics.Syntax.Blocks;
        Assert.Equal(StructuralRole.Meta | StructuralRole.BeforeTitle, semantics.RoleOf(blocks[0]));
        Assert.Same(blocks[1], semantics.Title);
        Assert.True(semantics.RoleOf(blocks[2]).HasFlag(StructuralRole.FirstParagraph));
        Assert.True(semantics.RoleOf(blocks[3]).HasFlag(StructuralRole.LastParagraph));
        Assert.Equal(StructuralRole.Meta | StructuralRole.AfterContent, semantics.RoleOf(blocks[4]));
        Assert.True(semantics.MetaOf(blocks[0]).HasFlag(MetaReference.Text));
        Assert.Equal(MetaReference.Reader, semantics.MetaOf(blocks[4]));
    }

    [Theory]
    [InlineData("en", "**Here is the rewritten article:**\n\nBridge reopens\n\nThe bridge reopened on Monday.", 0)]
    [InlineData("fr", "_Voici l'article reformulé :_\n\nLe pont rouvre\n\nLe pont a rouvert lundi.", 0)]
    [InlineData("en", "Bridge reopens\n\nThe bridge reopened on Monday.\n\nChanges made:\n- Simplified the long sentences\n- Kept all quotations unchanged", 2)]
    [InlineData("fr", "Le pont rouvre\n\nLe pont a rouvert lundi.\n\nModifications apportées :\n- reformulation de l'introduction\n- regroupement des chiffres", 2)]
    public void EmphasisedPrefaceAndListOfChanges_AreMeta(string language, string text, int meta)
    {
        var semantics = Of(text, language);
        Assert.True(semantics.IsMetaBlock(semantics.Syntax.Blocks[meta]));
    }

    [Theory]
    [InlineData("fr", "Le pont rouvre\n\nD’accord.\n\nCi-dessous, la version réécrite de l’article :\n\nLe pont a rouvert lundi.", 1)]
    [InlineData("en", "Great question!\n\nBelow you'll find the rephrased story:\n\nBridge reopens\n\nThe bridge reopened on Monday.", 0)]
    [InlineData("fr", "Le pont rouvre\n\nBien reçu.\n\nCi-dessous, la version réécrite de l’article :\n\nLe pont a rouvert lundi.", 1)]
    [InlineData("en", "Noted.\n\nBelow you'll find the rephrased story:\n\nBridge reopens\n\nThe bridge reopened on Monday.", 0)]
    public void InterjectionBesideAPreface_IsMeta(string language, string text, int interjection)
    {
        var semantics = Of(text, language);
        var block = semantics.Syntax.Blocks[interjection];
        Assert.True(semantics.IsMetaBlock(block));
        Assert.True(semantics.RoleOf(block).HasFlag(StructuralRole.Meta));
    }

    [Fact]
    public void ReportWhoseParaphraseLostSeveralAttributions_StaysAReport()
    {
        // Three of five paragraphs hold a narrator's "I", but two are given to the person the sentence before
        // announces: the author speaks in a minority of them, so this is no unsigned column.
        var semantics = Of("Government unveils new housing plan\n\nThe government unveiled a plan on Tuesday to build 1.5 million homes by 2029.\n\nThe Deputy Prime Minister took the floor next. I want to be clear: we will not miss this target.\n\nTo put it in my own words, the Housing Minister noted that planning rules would be relaxed.\n\nThe Housing Minister thanked councils for their work. I know how hard they have worked this year.\n\nPerhaps the most interesting part for me came next: the President of the Chamber Andy Hunder stressed that investors were ready.", "en");
        Assert.True(semantics.Genre == DocumentGenre.NewsReport, string.Join("; ", semantics.GenreAssessment.Cues));
    }

    [Fact]
    public void UnsignedColumnInTheFirstPerson_IsAnOpEd()
    {
        var semantics = Of("Why I still take the night bus\n\nI have taken the N29 home for eleven years.\n\nI know its drivers by name, and I think the city undervalues them.\n\nThe council plans to cut the route in May.\n\nI will miss it more than I can say.", "en");
        Assert.Equal(DocumentGenre.OpEd, semantics.Genre);
    }

    [Fact]
    public void InterjectionAmongNews_IsNotMeta()
    {
        var semantics = Of("Bridge reopens\n\nThe bridge reopened on Monday.\n\nFinally!\n\nTraffic is normal.", "en");
        Assert.False(semantics.IsMetaBlock(semantics.Syntax.Blocks[2]));
    }

    // A note on the rewrite: the request, its end, its edits in the passive, a labelled note, an offer of more.
    [Theory]
    [InlineData("en", "[Note: the rest of this paragraph has been condensed from the original.]")]
    [InlineData("en", "Rewritten for clarity. Would you like a headline suggestion as well?")]
    [InlineData("en", "Of course! Here is the news release rewritten in plain English:")]
    [InlineData("en", "Paraphrase (neutral tone, approx. 250 words):")]
    [InlineData("fr", "[Note : certaines citations ont été légèrement raccourcies pour plus de clarté.]")]
    [InlineData("fr", "Paragraphe suivant reformulé selon vos consignes, sans les dates secondaires :")]
    public void NotesOnTheRewrite_AreMeta(string language, string paragraph)
    {
        var semantics = Of("Title\n\n" + paragraph + "\n\nThe end of the story.", language);
        Assert.True(semantics.IsMetaBlock(semantics.Syntax.Blocks[1]));
    }

    [Theory]
    [InlineData("fr", "Voici le texte adopté par les députés : il prévoit une hausse de 3 %.")]
    [InlineData("fr", "« N’hésitez pas à me dire si vous souhaitez venir », a lancé le maire.")]
    [InlineData("en", "If you would like to attend, call the council office.")]
    [InlineData("en", "The company develops an AI assistant for newsrooms.")]
    [InlineData("en", "Snorkelling over the colony myself last month, I could make out the healthy corals.")]
    [InlineData("en", "If you or someone you know needs help, call the helpline.")]
    [InlineData("fr", "J’ai vu les chiffres du chômage baisser pendant dix ans, raconte l’économiste.")]
    [InlineData("en", "This is a developing story and will be updated.")]
    [InlineData("en", "“I will send you the text of the decree tomorrow,” the minister told reporters.")]
    [InlineData("en", "I urge you to read the full report before the vote.")]
    [InlineData("fr", "Je vous invite à venir nombreux samedi devant la mairie.")]
    [InlineData("fr", "« Je vous lirai le texte du décret », a promis le ministre.")]
    [InlineData("en", "The sentence has been shortened on appeal, the court said.")]
    [InlineData("en", "The text was rewritten by the committee before the final vote.")]
    [InlineData("fr", "Le texte a été réécrit par les députés pour éviter une censure du Conseil constitutionnel.")]
    [InlineData("en", "Would you like to see the bridge? Visitors are welcome on Saturdays, the council said.")]
    public void NewsAboutTexts_IsNotMeta(string language, string paragraph)
    {
        var semantics = Of("Title\n\n" + paragraph + "\n\nThe end of the story.", language);
        Assert.Equal(MetaReference.None, semantics.MetaOf(semantics.Syntax.Blocks[1]));
    }

    [Theory]
    [InlineData("fr", "Le trafic reprendra.\n\nPublié le jeudi 13 juin 2024 à 21h07", "Publié le jeudi 13 juin 2024 à 21h07")]
    [InlineData("fr", "Le trafic reprendra.\n\nPublié le 13 juin 2024 à 21h07\n\nN’hésitez pas à me demander une autre version.", "Publié le 13 juin 2024 à 21h07")]
    [InlineData("en", "Traffic will resume.\n\nFirst published on Jun 13, 2024 9:07 PM, updated Jun 14, 2024 8:00 AM", "First published on Jun 13, 2024 9:07 PM, updated Jun 14, 2024 8:00 AM")]
    [InlineData("en", "Traffic will resume.\n\n(Article published on March 2, 2024)", "(Article published on March 2, 2024)")]
    [InlineData("en", "Title\n\nTraffic will resume.\nThu 13 Jun 2024 21.07 UTC", "Thu 13 Jun 2024 21.07 UTC")]
    [InlineData("fr", "Le trafic reprendra.\n\nDernière mise à jour : il y a 2 heures", "Dernière mise à jour : il y a 2 heures")]
    [InlineData("fr", "Le trafic reprendra.\n\n22 novembre 2024 – 18:30 – Colmar", "22 novembre 2024 – 18:30 – Colmar")]
    [InlineData("fr", "Le trafic reprendra.\n\nPublié : 2024-03-13 07:58 (UTC+1)\n\nVoilà, n’hésitez pas à revenir vers moi.", "Publié : 2024-03-13 07:58 (UTC+1)")]
    [InlineData("en", "Traffic will resume.\n\n⏱ 2 min read", "⏱ 2 min read")]
    [InlineData("en", "Traffic will resume.\n\nBy Staff Reporter | Published 21.06.2024, 11:30 CET\n\nHope that helps — good luck with your newsletter!", "By Staff Reporter | Published 21.06.2024, 11:30 CET")]
    [InlineData("en", "Traffic will resume.\n\nPublished June 13, 2024 at 21:07 (London time)", "Published June 13, 2024 at 21:07 (London time)")]
    [InlineData("fr", "Le trafic reprendra.\n\nMAJ le 14/05 à 16h05", "MAJ le 14/05 à 16h05")]
    [InlineData("fr", "Le trafic reprendra.\n\nDernière modification : 14 mai 2024", "Dernière modification : 14 mai 2024")]
    [InlineData("fr", "Le trafic reprendra.\n\nCet article a été publié le 20 octobre 2024.", "Cet article a été publié le 20 octobre 2024.")]
    [InlineData("en", "Traffic will resume.\n\nThis article was last updated on 20 October 2024.", "This article was last updated on 20 October 2024.")]
    [InlineData("en", "Traffic will resume.\n\nPhoto: Reuters | Published June 13, 2024", "Photo: Reuters | Published June 13, 2024")]
    [InlineData("en", "Traffic will resume.\n\n12 January 2022, 10:00 | Moscow | kremlin.ru", "12 January 2022, 10:00 | Moscow | kremlin.ru")]
    // A one-sentence remark the meta cues do not know, under a block of dated or labelled lines.
    [InlineData("en", "Traffic will resume.\n\nPublished May 3, 2024 | Category: Roadworks\n\nGlad to shorten this for a newsletter.", "Published May 3, 2024 | Category: Roadworks")]
    public void TrailingMetadata_IsFoundUnderSignOffs(string language, string text, string expected)
    {
        var semantics = Of(text, language);
        Assert.Equal([expected], semantics.TrailingMetadata.Select(s => semantics.Syntax.Text.ToString(s)));
    }

    [Theory]
    [InlineData("en", "Traffic will resume.\n\nKremlin, Moscow\n\nDecember 3, 2024, 14:30", "Kremlin, Moscow|December 3, 2024, 14:30")]
    [InlineData("en", "Traffic will resume.\n\nTopics: Foreign policy, Regions\nPersons: Putin Vladimir\nPublication date: 3 December 2024, 16:05", "Topics: Foreign policy, Regions\nPersons: Putin Vladimir\nPublication date: 3 December 2024, 16:05")]
    [InlineData("en", "Traffic will resume.\n\nPublished in sections: News, Statements", "Published in sections: News, Statements")]
    [InlineData("en", "Traffic will resume.\n\nTags: roadworks, city centre, buses\n\nLet me know if you need a shorter version.", "Tags: roadworks, city centre, buses")]
    [InlineData("en", "Traffic will resume.\n\nText version", "Text version")]
    [InlineData("en", "Traffic will resume.\n\nPress Office of the President of Ukraine\n\n03.12.2024", "Press Office of the President of Ukraine|03.12.2024")]
    [InlineData("fr", "Le trafic reprendra.\n\nMots-clés : trafic, travaux, centre-ville\nRubrique : Société", "Mots-clés : trafic, travaux, centre-ville\nRubrique : Société")]
    // A site's furniture in segments, hashtags, a credit line: each a run by itself.
    [InlineData("fr", "Le trafic reprendra.\n\nArticle publié le 12/07/2012 · Lecture : 3 min · 2 commentaires", "Article publié le 12/07/2012 · Lecture : 3 min · 2 commentaires")]
    [InlineData("en", "Traffic will resume.\n\n#Ukraine #ForeignLegion #fightforua", "#Ukraine #ForeignLegion #fightforua")]
    [InlineData("en", "Traffic will resume.\n\nShare this article Facebook · Twitter · Telegram", "Share this article Facebook · Twitter · Telegram")]
    [InlineData("en", "Traffic will resume.\n\nPhoto: Office of the President of Ukraine / 7 March 2022", "Photo: Office of the President of Ukraine / 7 March 2022")]
    [InlineData("fr", "Le trafic reprendra.\n\nDernière mise à jour : 5 juillet 2012, 18 h 10 Partager : Facebook · Twitter · Courriel", "Dernière mise à jour : 5 juillet 2012, 18 h 10 Partager : Facebook · Twitter · Courriel")]
    [InlineData("fr", "Le trafic reprendra.\n\nKyiv, région de Kyiv\n\n3 décembre 2024 – 14:30", "Kyiv, région de Kyiv|3 décembre 2024 – 14:30")]
    // An issuer spelt with its function words, a site's domain, a label of a byline, tags or a date.
    [InlineData("en", "Traffic will resume.\n\n— Office of the President of Ukraine, 20 December 2021", "— Office of the President of Ukraine, 20 December 2021")]
    [InlineData("en", "Traffic will resume.\n\nKremlin.ru, 19 December 2021, 15:40", "Kremlin.ru, 19 December 2021, 15:40")]
    [InlineData("en", "Traffic will resume.\n\nCategory: News\nDate: 20 March 2022\nAuthor: Press Office of the President of Ukraine", "Category: News\nDate: 20 March 2022\nAuthor: Press Office of the President of Ukraine")]
    [InlineData("fr", "Le trafic reprendra.\n\nMis à jour le 3 juillet 2012 à 18 h 42 — publié initialement à 11 h 05", "Mis à jour le 3 juillet 2012 à 18 h 42 — publié initialement à 11 h 05")]
    [InlineData("fr", "Le trafic reprendra.\n\nÉtiquettes : HP, emploi, Isère, CGT", "Étiquettes : HP, emploi, Isère, CGT")]
    [InlineData("fr", "Le trafic reprendra.\n\nPartager cet article : Facebook · Twitter · E-mail", "Partager cet article : Facebook · Twitter · E-mail")]
    // A place before the date, a year alone, a licence, a theme, and the name of an event in a dated line.
    [InlineData("fr", "Le trafic reprendra.\n\nColmar, 03/07/2012 · Rubrique : Société · Licence : CC BY 2.5", "Colmar, 03/07/2012 · Rubrique : Société · Licence : CC BY 2.5")]
    [InlineData("fr", "Le trafic reprendra.\n\nColmar (Haut-Rhin), 3 juillet 2012 · Thèmes : travaux, circulation", "Colmar (Haut-Rhin), 3 juillet 2012 · Thèmes : travaux, circulation")]
    [InlineData("fr", "Le trafic reprendra.\n\nStrasbourg, le 4 juillet 2012 – Sommet européen des maires – Envoyé spécial", "Strasbourg, le 4 juillet 2012 – Sommet européen des maires – Envoyé spécial")]
    [InlineData("en", "Traffic will resume.\n\nLviv, Lviv region · Roads Summit 12 · 2022", "Lviv, Lviv region · Roads Summit 12 · 2022")]
    public void TrailingMetadata_IsARunOfShortLinesWithAnAnchor(string language, string text, string expected)
    {
        var semantics = Of(text, language);
        Assert.Equal(expected.Split('|'), semantics.TrailingMetadata.Select(s => semantics.Syntax.Text.ToString(s)));
    }

    [Theory]
    [InlineData("en", "Traffic will resume.\n\nThe bridge reopened on Monday.\n\nKremlin, Moscow")]
    [InlineData("en", "Traffic will resume.\n\nThe bridge reopened on Monday.\n\nFor more information:\nCity Press Office\npress@city.example.org")]
    [InlineData("en", "Traffic will resume.\n\nThe bridge reopened on Monday.\n\nUpcoming matches:\nSaturday 20 April: Ostrova v Lind\nMonday 22 April: Madrid draw")]
    [InlineData("en", "Traffic will resume.\n\nKey figures:\n- Claims paid: £1.2bn\n- Households affected: 48,000")]
    [InlineData("en", "Traffic will resume.\n\nTags: I think we should all stay at home.")]
    [InlineData("fr", "Le trafic reprendra.\n\nLe pont a rouvert lundi.\n\nMairie de Colmar")]
    [InlineData("en", "Traffic will resume.\n\nUpdated figures were published by the agency, which said prices rose.")]
    [InlineData("fr", "Le trafic reprendra.\n\nPublié le 31.05.2024, le rapport montre une hausse des prix.")]
    [InlineData("en", "Traffic will resume.\n\nThe talks will resume in Vienna · the ministry said.")]
    [InlineData("en", "Traffic will resume.\n\nAuthor: I wrote this piece after the talks, and I stand by it.")]
    [InlineData("en", "Traffic will resume.\n\nThe full text is on kremlin.ru, where the ministry also published its note.")]
    [InlineData("en", "Traffic will resume.\n\nLviv | Summit organisers thank volunteers")]
    [InlineData("en", "Traffic will resume.\n\nThe bridge reopened on 3 May 2024.\n\nMore to follow.")]
    [InlineData("fr", "Le trafic reprendra.\n\nColmar, le maire a annoncé des travaux · Rubrique : Société")]
    public void ShortClosingLinesWithoutAnAnchor_AreNotTrailingMetadata(string language, string text) =>
        Assert.Empty(Of(text, language).TrailingMetadata);

    [Theory]
    [InlineData("fr", "Publié le 31.05.2024\n\nLe trafic reprendra vendredi.")]
    [InlineData("fr", "Le trafic reprendra.\n\nLa réunion aura lieu le 13 juin 2024 à Paris.")]
    [InlineData("en", "Traffic will resume.\n\nPublished on 31.05.2024, the report shows prices rising for the whole summer.")]
    [InlineData("fr", "Le trafic reprendra.\n\nIl y a 2 heures, le pont a rouvert.")]
    [InlineData("en", "Traffic will resume.\n\nThree hours ago, the bridge reopened.")]
    [InlineData("en", "Traffic will resume.\n\nThe match on May 12, 2024 drew a record crowd.")]
    [InlineData("en", "Traffic will resume.\n\nThis article was amended on 21 May 2024. An earlier version gave the wrong size for the zone.")]
    [InlineData("en", "Traffic will resume.\n\nThe bridge was reopened on 20 October 2024.")]
    [InlineData("en", "Traffic will resume.\n\nPhoto: Reuters/John Smith, June 13, 2024")]
    [InlineData("fr", "Le trafic reprendra.\n\nPhoto : Reuters/Jean Dupont, le 13 juin 2024")]
    public void DatesInTheBody_AreNotTrailingMetadata(string language, string text) =>
        Assert.Empty(Of(text, language).TrailingMetadata);

    [Theory]
    [InlineData("")]
    [InlineData("TOUT EN MAJUSCULES SANS POINT")]
    [InlineData("« Une citation jamais fermée\n\n“Et une autre » qui se croise ” bizarrement")]
    [InlineData("- une liste\n- de points\n\n| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("Mixed text: I think que je pense, we saw nous avons vu.\n\n\n\n;;;:::...")]
    [InlineData("Moi, Jean Dupont, je : « nous, I, we — j’ai vu : \"Here is\" the rewrite: ! ? 12/31/2024 (UTC+1) il y a 2 heures")]
    public void BadInput_GivesABestEffortModel(string text)
    {
        foreach (var language in new[] { "fr", "en" })
        {
            var semantics = Of(text, language);
            foreach (var block in semantics.Syntax.Blocks)
            {
                _ = semantics.GetClauses(block).ToList();
                _ = semantics.GetEntities(block);
                _ = semantics.GetDates(block);
                _ = semantics.RoleOf(block);
                _ = semantics.IsMetaBlock(block);
                _ = semantics.MayHaveFirstPersonClause(block.Span);
            }

            _ = semantics.Genre;
            _ = semantics.TrailingMetadata;
            Assert.Equal(semantics.Syntax.Blocks.Length, semantics.Syntax.Blocks.Count(b => semantics.RoleOf(b) == semantics.RoleOf(b)));
        }
    }

    [Theory]
    [InlineData("fr", "je pense que nous avons vu ")]
    [InlineData("en", "I think we saw that my ")]
    public void AHugeSentenceInTheFirstPerson_GivesAModelWithStances(string language, string words)
    {
        // One 120,000-character sentence without a stop: the stance and meta patterns must stay linear.
        var text = string.Concat(Enumerable.Repeat(words, 120_000 / words.Length));
        var semantics = Of(text, language);
        var block = Assert.Single(semantics.Syntax.Blocks);
        Assert.True(semantics.MayHaveFirstPersonClause(block.Span));
        Assert.Contains(semantics.GetClauses(block), c => c.IsFirstPerson && c.IsNarrator && c.Stance != NarratorStance.None);
        _ = semantics.IsMetaBlock(block);
    }
}
