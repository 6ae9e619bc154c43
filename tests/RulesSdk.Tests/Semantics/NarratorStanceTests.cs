using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;
using static RulesSdk.Tests.Semantics.SemanticsTestDocuments;

namespace RulesSdk.Tests.Semantics;

public sealed class NarratorStanceTests
{
    [Theory]
    // A named person or group is the subject.
    [InlineData("fr", "Le bilan est lourd.\n\nMoi, Jens Stoltenberg, j’ai plaidé pour l’aide.", "j’ai plaidé", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nNicole Belloubet, ministre de l’Éducation nationale : j’ai félicité les lauréats.", "j’ai félicité", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nEn tant que ministre de la Santé, j’appelle à la vaccination.", "j’appelle", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nÀ Bruxelles, le commissaire Thierry Breton a salué le texte : je me félicite de ces règles.", "je me félicite", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nBruno Le Maire a réagi dans la matinée. Je me suis félicité de ces chiffres.", "Je me suis", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nChancellor of the Exchequer Jeremy Hunt: I have asked the regulator to act.", "I have asked", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nTransport Secretary Mark Harper said I am delighted to see the bridge open.", "I am delighted", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nSpeaking as Health Secretary, I have asked every school to host a clinic.", "I have asked", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nÀ titre de commissaire de l’exposition, j’ai voulu un parcours chronologique.", "j’ai voulu", NarratorStance.Speaker)]
    // An institution or a named group speaks: a group in apposition after a lead, an institution owned, one that frames "nous"/"we".
    [InlineData("fr", "Le bilan est lourd.\n\nÀ Bamako, nous, membres du gouvernement de transition, avons saisi l’UNESCO.", "avons saisi", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nDu côté de la CGT, nous appelons les salariés à débrayer.", "nous appelons", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nÀ la Confédération générale du travail (CGT), nous évaluons à 75 000 les emplois menacés.", "nous évaluons", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nNotre groupe saisira le bureau de l’Assemblée dès demain.", "Notre groupe", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nWe in the Ukrainian government stand ready to move people out.", "We in the", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nIn 2021 my ministry delivered more than in any year since I took office.", "my ministry", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nAt the Ministry of Infrastructure, we intend to renew 300 bridges this year.", "we intend", NarratorStance.Speaker)]
    // The sentence before tells that a person spoke: what follows in the first person, judgement included, is theirs.
    [InlineData("en", "The toll is heavy.\n\nVladimir Putin marked the day with a message. My best wishes go to current and former staff.", "My best wishes", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe ministre a déclaré dimanche que « le nucléaire est une filière d’avenir ». Je reconnais tout de même qu’il faut le rééquilibrer.", "Je reconnais", NarratorStance.Speaker)]
    // … also when it tells how they spoke ("se montre catégorique", "was insistent on one point", "thanked"), or their
    // office or occupation with a capital ("The Deputy Prime Minister", « L’expert »).
    [InlineData("fr", "Le bilan est lourd.\n\nSpécialiste de la Syrie, Nadim Houry se montre catégorique. À mes yeux, la torture perdure.", "À mes yeux", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nL’expert a poursuivi en reconnaissant une limite. Je ne dispose que de peu de matériaux.", "Je ne dispose", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nVolodymyr Zelenskyy was insistent on one point. For me, the priority now is the ceasefire.", "For me", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nThe Deputy Prime Minister closed her briefing on a hopeful note. I truly hope the corridors will work.", "I truly hope", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nOleg Ustenko thanked the United States for the embargo. At the same time, I hope for more sanctions.", "I hope", NarratorStance.Speaker)]
    // A named source before the first person, or an attribution after the words (round 32).
    [InlineData("fr", "Le bilan est lourd.\n\nD’après le ministre du budget, Jérôme Cahuzac, il y a une ardoise que nous devons honorer.", "nous devons", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe conseil militaire finira par céder, j’en suis convaincu, a-t-il ajouté.", "j’en suis", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nSa mère a glissé aux pèlerins que la sainte veillait sur mon fils chaque nuit.", "mon fils", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nIn Oleg Ustenko's view, I am convinced that a price cap alone will not work.", "I am convinced", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nVladimir Putin asked his counterpart what more can I do to make the talks a success?", "I do", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nKyrylo Tymoshenko also said I hope that the bridge will be completed this year.", "I hope", NarratorStance.Speaker)]
    // A narrator's hedge at the end is no attribution (« semble-t-il »), and a time clause is no gerund of saying.
    [InlineData("fr", "Le bilan est lourd.\n\nJe crois que le projet est abandonné, semble-t-il.", "Je crois", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nAfter the interview, Oleg Ustenko told me he had barely slept since February.", "told me", NarratorStance.Witness)]
    // Hedges and feelings without a belief verb: a reserve kept, a surprise ruled out, a reading hedged.
    [InlineData("fr", "Le bilan est lourd.\n\nTant qu’aucune revue n’aura publié ces analyses, je me garderai bien de crier victoire.", "je me garderai", NarratorStance.Opinion)]
    // A concession, a wager, a wish, a past impression: the writer's view.
    [InlineData("fr", "Le bilan est lourd.\n\nJe concède que la direction n'avait guère d'autre choix, mais la brutalité de l'annonce reste difficile à excuser.", "Je concède", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nCes 7,2 milliards ne seront pas les derniers, j'en prends le pari.", "j'en prends", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nPuissions-nous faire davantage de place aux plus humbles dans nos propres communautés.", "Puissions-nous", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nRarement séance m'aura paru aussi vaine que celle de mardi soir à l'Assemblée nationale.", "m'aura paru", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nI grant that few institutions can boast such continuity, whatever one thinks of the message.", "I grant", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nNous ne serions pas surpris de voir le titre rebondir d’ici quelques semaines.", "Nous ne serions", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nCette promesse, si je la comprends bien, laisse peu de place à une filière d’avenir.", "si je la comprends", NarratorStance.Opinion)]
    // A place after a capitalised preposition is the scene of the narrator's "I", not a name in apposition; an
    // organisation's "we" there is still its voice.
    [InlineData("en", "The toll is heavy.\n\nIn Irpin, I watched an elderly woman being carried across a broken bridge.", "In Irpin", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nDans Irpin, j’ai vu une femme âgée portée sur un brancard.", "Dans Irpin", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nAt Qterminals, we will deepen the Olvia berths by next summer.", "At Qterminals", NarratorStance.Speaker)]
    // Testimony gathered in person, a person interviewed, an invitation to the scene.
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai moi-même recueilli, à la frontière turque, le récit d’un ancien détenu.", "J’ai moi-même", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe courtier avec lequel je me suis entretenu lundi parlait d’un vent de panique.", "Le courtier", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nAt the embassy, where I had been invited for the reception, the ambassador read out a letter.", "At the embassy", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI travelled to Huta for the conference and was seated only a few rows from the stage.", "I travelled", NarratorStance.Witness)]
    // A short sentence that only announces a person's words hands them the next clause, its framing included.
    [InlineData("en", "The toll is heavy.\n\nAt the same time, Mykhailo Podolyak was categorical. I repeat: sovereignty is not up for discussion.", "I repeat", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nMinister of Infrastructure Oleksandr Kubrakov took the floor next. Under the programme, I will see to it that 300 bridges are renewed.", "Under the programme", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nNadim Houry se montre catégorique. Je le répète : la torture perdure.", "Je le répète", NarratorStance.Speaker)]
    // A sentence that says something of its own announces nothing: the framing stays the narrator's.
    [InlineData("en", "The toll is heavy.\n\nThe minister spoke for an hour about the budget. I repeat: the bridge is closed.", "I repeat", NarratorStance.Framing)]
    // A clause that speaks to the reader after such a sentence is the narrator's telling.
    [InlineData("en", "The toll is heavy.\n\nThe President of Russia told his counterpart about the aid. I would also draw your attention to the fact that another issue was discussed.", "I would also", NarratorStance.Framing)]
    // The person just quoted or named goes on in the first person.
    [InlineData("fr", "Le bilan est lourd.\n\n« Nous sommes contre la méthode », a expliqué Mme Sophie Garnier, conseillère municipale. J’ai demandé un bilan.", "J’ai demandé", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\n“We will appeal,” said Councillor Sophie Garnier. I have instructed the lawyers.", "I have instructed", NarratorStance.Speaker)]
    // A meeting right after a quotation attributed to a named person is that person's deed; elsewhere, a witness's encounter.
    [InlineData("en", "The toll is heavy.\n\n“Our diplomats will be needed,” Zelenska said. I also met separately with the spouses of our ambassadors.", "I also met", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\n« Nos diplomates seront utiles », a déclaré Olena Zelenska. J’ai également rencontré les épouses des ambassadeurs.", "J’ai également", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nThe mayor spoke to the press. I met several residents who were clearing debris.", "I met several", NarratorStance.Witness)]
    // Hedges, feelings and a shared view are opinions; a hedge inside a clause that hands over a fact stays a lead-in.
    [InlineData("en", "The toll is heavy.\n\nReading these figures, I felt a knot in my stomach.", "Reading these", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nWe felt the ground shake beneath the stands.", "We felt", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nAs far as I can tell, the format has produced more communiqués than results.", "As far as", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nTo my ear, the promise sounds like wishful thinking.", "To my ear", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe partage entièrement ce diagnostic.", "Je partage", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nIl convient, je crois, de préciser que TVE a émis un communiqué.", "Il convient", NarratorStance.Framing)]
    // A named person or a title and the narrator together: the person speaks.
    [InlineData("fr", "Le bilan est lourd.\n\nLe ministre de l’Intérieur et moi partageons la même conviction.", "Le ministre", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nThe interior minister and I share the same conviction.", "The interior", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nAmbassador Lucía Ferrer, who chaired the talks, praised the delegations. I thanked every negotiator.", "I thanked", NarratorStance.Speaker)]
    // Meeting a named person is the named speaker's deed, not an encounter on the scene.
    [InlineData("en", "The toll is heavy.\n\nGiorgia Meloni was in Brussels on Thursday. I have met Ursula von der Leyen.", "I have met", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nRep. Linda Carver closed the session with a warning — I will draft legislation.", "I will draft", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nBruno Le Maire a salué les chiffres, et j’ai demandé un effort.", "j’ai demandé", NarratorStance.Speaker)]
    // A person or group the previous sentence is about, not named at its start, then their deed or plan.
    [InlineData("fr", "Le bilan est lourd.\n\nElle a déposé plainte mardi. J’envisage désormais d’engager d’autres actions.", "J’envisage", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nÀ Bruxelles, le commissaire Thierry Breton a salué le texte. Je présenterai un guide.", "Je présenterai", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nIn her statement, the secretary turned to training. I have instructed the department to act.", "I have instructed", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nRovers captain Sam Deacon, who scored the penalty, apologised to the supporters. I let the fans down.", "I let", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nDr. Mensah and her co-investigators now plan to take the results to governments. We will present the data next month.", "We will", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nLes délégués ont quitté la salle vendredi. Nous reviendrons en novembre.", "Nous reviendrons", NarratorStance.Speaker)]
    // A function in apposition, or what the subject leads.
    [InlineData("fr", "Le bilan est lourd.\n\nMédecin généraliste à Lille, je vaccine depuis novembre.", "je vaccine", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe réseau que je dirige installera des capteurs.", "je dirige", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nAs the senior investigating officer, I thanked every witness.", "I thanked", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nAs the museum's director, I have signed the transfer.", "I have signed", NarratorStance.Speaker)]
    // Not a person, a judgement, a perception: the narrator's own.
    [InlineData("fr", "Le bilan est lourd.\n\nLa ministre a présenté le plan lundi. Je trouve ce plan bien timide.", "Je trouve", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nPrices rose again in May. We must get used to it.", "We must", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nAs a lifelong fan, I found the match thrilling.", "I found", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nIt breaks my heart to read these lists of towns.", "It breaks", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nIn my humble opinion, the case for an embargo has never been stronger.", "In my humble", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nMon cœur se serre à la lecture de ces listes.", "Mon cœur", NarratorStance.Opinion)]
    // A judgement after a quotation stays the narrator's opinion.
    [InlineData("fr", "Le bilan est lourd.\n\n« Nous avons observé une hausse », explique Mme Hélène Durand. Je trouve regrettable que rien ne change.", "Je trouve", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\n“We saw a rise,” said economist Helen Durand. I think it is a pity nothing changes.", "I think", NarratorStance.Opinion)]
    // Perception or presence.
    // Posture, access, handling and movement through the scene; a place named after "d’" or "À la" is no person.
    [InlineData("fr", "Le bilan est lourd.\n\nAssis à deux pas du ministre sur le plateau, j’ai noté qu’il lisait ses notes.", "j’ai noté", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nÀ Paris, nous avons vu les manifestants envahir la place.", "nous avons vu", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nThe call, which I followed from the adjoining room, lasted forty minutes.", "which I followed", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nWe were seated near the back of the room, close enough to see the executives.", "We were seated", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nVladimir Putin met the governor on Monday. I would like to draw your attention to the fact that the region has grown.", "I would like", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nVladimir Putin met the governor on Monday. I'd also like to highlight that the region has grown.", "I'd also like", NarratorStance.Framing)]
    [InlineData("fr", "Le bilan est lourd.\n\nIl n’est pas inutile, je crois, de rappeler que le pont a coûté cher.", "je crois", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nI tried the site myself this morning: every page loaded in seconds.", "I tried", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nOur team was at the Kremlin when the call took place.", "Our team was", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nThe city council said on Monday that the budget was balanced. I think it is far too timid.", "I think", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai pu examiner au microscope l’un des poils : il est brun.", "J’ai pu", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai eu l’occasion d’assister à l’une des dernières émissions.", "J’ai eu", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai moi-même recueilli le récit d’un ancien détenu.", "J’ai moi-même", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai tenu entre mes mains l’un de ces moulages.", "J’ai tenu", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe dossier reste ouvert. Nous y reviendrons.", "Nous y reviendrons", NarratorStance.Newsroom)]
    [InlineData("fr", "Le bilan est lourd.\n\nNous sommes arrivés devant l’immeuble quelques minutes après l’interpellation.", "Nous sommes", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nCe matin-là, j’y ai compté une douzaine de personnes.", "j’y ai", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nDans la rue, des voisins m’ont raconté avoir été réveillés par les sirènes.", "m’ont raconté", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nDevant le site, où je me trouve ce matin, les salariés se rassemblent.", "je me trouve", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nDevant le siège d’Air France, à Roissy, j’ai observé une centaine de salariés.", "j’ai observé", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nÀ la Bourse de Séoul, j’ai pu observer les écrans virer au rouge.", "j’ai pu", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI sat in on the recording, which lasted an hour.", "I sat", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI followed the broadcast from the studio gallery.", "I followed", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nOn the road out of town, I passed families pushing prams.", "I passed", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nThe interview was recorded in my presence in a studio.", "The interview", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nWe reached the square shortly after nine.", "We reached", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nA nurse told me that the ward had run out of bandages by noon.", "A nurse told", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nAnyone who, like me, has been inside the laboratory will understand the Fund's pride.", "like me", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nWe have been to Ust-Luga ourselves and counted the tankers at anchor.", "We have", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nThe petrol station, which I passed on Saturday, already had a queue.", "which I", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI will be on the square at 9:30 to watch the first buses leave.", "I will", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nHe repeated the same words to me in person after the broadcast.", "He repeated", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nUn habitant que j’ai pu joindre par téléphone décrit une ville déserte.", "j’ai pu", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe serai moi-même parmi eux place Saint-Pierre dimanche.", "Je serai", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nDes salariés rencontrés à la sortie de la cantine nous ont confié leur lassitude.", "Des salariés", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nSi nous regardons maintenant les comptes du groupe, le résultat net a chuté de 12 %.", "Si nous", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nIf we look at the accounts, net profit fell by 12 percent in a year.", "If we look", NarratorStance.Framing)]
    [InlineData("fr", "Le bilan est lourd.\n\nLa grotte, nous l’avons parcourue l’hiver dernier avec une équipe de spéléologues.", "nous l’avons", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nLes ruines, je les ai longuement visitées avant l’arrivée des secours.", "je les ai", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nQueues had formed by seven, as a volunteer told me on the spot.", "as a volunteer", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nUstenko made the same argument to me in a telephone conversation a week earlier.", "Ustenko made", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nComme me l’a expliqué un gardien, les détenus n’avaient pas mangé depuis deux jours.", "Comme me", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nLors de la visite, Joji Otaki m’a fait observer au microscope les yeux déformés.", "m’a fait", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe me suis rendu devant le lycée ce vendredi.", "Je me suis", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nArrivés sur place vers 7 heures, nous avons compté une quarantaine de tracteurs.", "nous avons", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nÀ Lyon, j’ai vu la foule se presser place Bellecour.", "j’ai vu", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nDepuis le pont, nous les apercevions encore à l’aube.", "nous les", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’assistais à l’audience quand le verdict est tombé.", "J’assistais", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nCe matin, devant ma porte, la rue était encore inondée.", "Ce matin", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nThose of us near the stage heard the first shots.", "Those of us", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nSeveral relatives in the courtroom, myself included, stood up.", "Several relatives", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nYour correspondent heard the sirens at dawn.", "Your correspondent", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI've seen the damage from the bridge.", "I've seen", NarratorStance.Witness)]
    // Perception or presence after a person named or quoted just before stays the narrator's.
    [InlineData("fr", "Le bilan est lourd.\n\n« Nous ferons appel », a déclaré M. Julien Vidal. J’étais dans la salle d’audience lorsque le jury a rendu son verdict.", "J’étais", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nMr. Harlan was convicted in 2022. I was standing outside the courthouse when the verdict came through.", "I was standing", NarratorStance.Witness)]
    // Adverbs, participial heads, arrivals, time spent at the scene.
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai personnellement vu le maire quitter le bâtiment.", "J’ai personnellement", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nAyant assisté à l’audience, je peux affirmer que le juge était agacé.", "je peux", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nQuand je suis arrivé au village mardi, les maisons étaient sous l’eau.", "je suis arrivé", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai passé l’après-midi avec les bénévoles.", "J’ai passé", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nHaving attended the hearing, I can confirm that the judge was irritated.", "I can confirm", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI spent the afternoon with the volunteers handing out food parcels.", "I spent", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI was given a preview of the gallery last week.", "I was given", NarratorStance.Witness)]
    // Negated perception, a walk through the place, a chance to look, a perfect participle on a place of the scene.
    [InlineData("fr", "Le bilan est lourd.\n\nSur le marché, je n’ai croisé presque personne passé midi.", "je n’ai", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nNous avons arpenté les allées du salon dès l’ouverture.", "Nous avons", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nI was fortunate enough to watch the launch from the beach.", "I was", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nHaving toured the plant with the engineers, I can say the damage is limited.", "I can", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nAt around 7 a.m. I saw smoke rising from the roof.", "I saw", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nSelon un rapport que nous avons pu consulter, le coût a doublé.", "nous avons pu", NarratorStance.Newsroom)]
    [InlineData("fr", "Le bilan est lourd.\n\nCet article fait partie de notre série sur la crise du logement.", "notre série", NarratorStance.Newsroom)]
    [InlineData("en", "The toll is heavy.\n\nHere is what we know so far.", "we know", NarratorStance.Newsroom)]
    [InlineData("en", "The toll is heavy.\n\nI was on the trading floor in New York when the numbers came out.", "I was", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nIt is already 31C on my balcony as I write this.", "It is already", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nAs the chamber emptied, this reporter watched the mayor shake hands.", "this reporter", NarratorStance.Witness)]
    // The narrator framing its own telling.
    [InlineData("fr", "Le bilan est lourd.\n\nJe le signale au passage : la ville a renforcé les contrôles.", "Je le signale", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nFor context, I'll remind you that the talks stalled.", "I'll remind", NarratorStance.Framing)]
    // A sentence-initial clause without belief or feeling, closed at que/that or a colon before a third-person sentence.
    [InlineData("fr", "Le bilan est lourd.\n\nJe me permets de vous dévoiler que la mairie a renoncé au projet.", "Je me permets", NarratorStance.Framing)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe vous le dis tout net : les travaux reprendront en mars.", "Je vous le dis", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nI can now reveal that the council has dropped the plan.", "I can now", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nI’m glad to say that the concert is going ahead.", "I’m glad", NarratorStance.Framing)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe ne vais pas vous mentir, les stocks sont presque vides.", "Je ne vais", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nAllow me to add a word of context.", "Allow me", NarratorStance.Framing)]
    // Perception or presence in other shapes.
    [InlineData("fr", "Le bilan est lourd.\n\nDu haut de la colline, nous distinguions encore les flammes.", "nous distinguions", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nThe crowd, myself included, stood in silence.", "myself", NarratorStance.Witness)]
    // The narrator's own past, planned or ongoing deeds, a speaker's account rather than a judgement.
    [InlineData("fr", "Le bilan est lourd.\n\nNous reprendrons les négociations dès lundi.", "Nous reprendrons", NarratorStance.Account)]
    [InlineData("en", "The toll is heavy.\n\nI will personally chair the inquiry, and I am asking every council to take part.", "I will", NarratorStance.Account)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai signé ce matin le décret sur les retraites.", "J’ai signé", NarratorStance.Account)]
    [InlineData("fr", "Le bilan est lourd.\n\nNous nous sommes entretenus longuement avec notre homologue.", "Nous nous sommes", NarratorStance.Account)]
    [InlineData("en", "The toll is heavy.\n\nWe discussed our bilateral cooperation at length.", "We discussed", NarratorStance.Account)]
    [InlineData("en", "The toll is heavy.\n\nI have also held talks with the Prime Minister.", "I have also", NarratorStance.Account)]
    // The text speaking of itself.
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai simplifié quelques tournures et conservé tous les chiffres.", "J’ai simplifié", NarratorStance.Assistant)]
    [InlineData("en", "The toll is heavy.\n\nI've rewritten the article below in plain English.", "I've rewritten", NarratorStance.Assistant)]
    // The newsroom at work.
    [InlineData("fr", "Le bilan est lourd.\n\nInterrogé par notre rédaction, l’économiste a nuancé ce constat.", "Interrogé", NarratorStance.Newsroom)]
    [InlineData("en", "The toll is heavy.\n\nWe asked Dr. Carpenter to explain the ruling.", "We asked", NarratorStance.Newsroom)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe gardien de nuit a répondu à nos questions.", "Le gardien", NarratorStance.Newsroom)]
    [InlineData("fr", "Le bilan est lourd.\n\nVous avez été témoin de l’incendie ? Écrivez-nous.", "Écrivez-nous", NarratorStance.Newsroom)]
    [InlineData("en", "The toll is heavy.\n\nIf you were affected, you can share your experience with us.", "you can share", NarratorStance.Newsroom)]
    // Everything else is an opinion: judgement, feeling, belief, rhetorical address.
    [InlineData("fr", "Le bilan est lourd.\n\nJe suis convaincu que cette réforme finira par porter ses fruits.", "Je suis convaincu", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nSelon moi, cette décision marque un tournant.", "Selon moi", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nEn tant qu’observateur, je trouve cette situation alarmante.", "je trouve", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nAvouons-le : il est scandaleux qu’elle ait été ignorée.", "Avouons-le", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nAs a lifelong tennis fan, I believe this final will be remembered.", "I believe", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nWhy do we still act surprised every winter?", "Why do we", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe pense que la mairie a renoncé au projet.", "Je pense", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe suis heureux que le concert ait lieu.", "Je suis heureux", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai toujours pensé que ce projet était fragile.", "J’ai toujours", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJ’ai signé ce texte, et je le regrette.", "J’ai signé", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nI think that the council has dropped the plan.", "I think", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nI have always believed this plan was fragile.", "I have always", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nI can confirm that we have cancelled the concert.", "I can confirm", NarratorStance.Unmarked)]
    // The narrator on the receiving end of the scene is a witness; what was not given is a speaker's complaint.
    [InlineData("fr", "Le bilan est lourd.\n\nLes images de la porte, qui nous ont été transmises dans la soirée, montrent des gravats.", "qui nous ont", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nParmi les détenus qu'il nous a été donné de rencontrer, plusieurs portent des marques.", "il nous a", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nLa direction ne m'a transmis aucun chiffrage des départs.", "ne m'a", NarratorStance.Unmarked)]
    [InlineData("en", "The toll is heavy.\n\nThe decree reached us here in Kazan shortly before noon.", "reached us", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nThe call, which we were told lasted an hour, ended at noon.", "we were told", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nMy mother took me there on Saturday mornings.", "took me", NarratorStance.Unmarked)]
    // A person of the story who speaks or remembers around the first person: theirs.
    [InlineData("fr", "Le bilan est lourd.\n\nSa mère se souvient de ces nuits à l'hôpital où, épuisée, je priais sans relâche.", "je priais", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nUn voisin, réveillé par des policiers qui m'ont prié de rester chez moi, dit n'avoir jamais remarqué quoi que ce soit de suspect dans la rue.", "Un voisin", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nNous pourrons sans doute mieux faire.", "Nous pourrons", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nI will never forget that night.", "I will", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nI won't lie to you, we are worried.", "I won't", NarratorStance.Opinion)]
    // The narrator received, briefed, led or told on the spot, the first person only as the object.
    [InlineData("en", "The toll is heavy.\n\nA Kremlin aide who briefed us afterwards in the Senate Palace said the call had lasted nearly an hour.", "briefed us", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nOfficials in Zakarpattia took me to the site of the planned bridge last autumn.", "took me", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nIn Irpin, residents told us on the spot that the last bus had left two days earlier.", "told us", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nAna Pastor m’avait reçu dans sa loge quelques semaines avant son éviction.", "m’avait", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nSur place, des voisins nous ont expliqué que deux des suspects vivaient dans le même immeuble.", "nous ont", NarratorStance.Witness)]
    // A belief with its hedge ("not wholly persuaded"), an owned reading: opinions.
    [InlineData("en", "The toll is heavy.\n\nI am not wholly persuaded that a vaccine brought to market at such speed deserved quite this much praise.", "I am not", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe ne suis pas vraiment convaincu que ce plan suffira à sauver le site.", "Je ne suis", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\nPerhaps, and this is only my reading, the embargo debate is less about prices than about political nerve.", "my reading", NarratorStance.Opinion)]
    // Something handed or shown to the narrator on the spot, or the narrator held back or waiting there.
    [InlineData("en", "The toll is heavy.\n\nA printed copy of the statement was handed to me by an aide that morning.", "to me", NarratorStance.Witness)]
    [InlineData("en", "The toll is heavy.\n\nWe were kept behind a cordon outside the town hall until the mayor came out.", "We were", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nLe tract que des salariés m’ont remis à la sortie du comité reprend ces chiffres mot pour mot.", "m’ont remis", NarratorStance.Witness)]
    [InlineData("fr", "Le bilan est lourd.\n\nIl m’a fallu près de deux heures pour atteindre la chapelle, tant la file débordait sur le parvis.", "m’a fallu", NarratorStance.Witness)]
    // A reportage signed by the outlet's own correspondent may put its writer on the scene: the newsroom's.
    [InlineData("fr", "Au marché de Rungis\n\nPar notre envoyé spécial à Rungis, Paul Arnaud\n\nUn grossiste nous a accueillis devant ses palettes de clémentines.", "nous a accueillis", NarratorStance.Newsroom)]
    [InlineData("en", "At the border\n\nBy our correspondent in Uzhhorod\n\nOfficials took me to the site of the planned bridge last autumn.", "took me", NarratorStance.Newsroom)]
    // A short first-person head before a long third-person fact that grades nothing is a lead-in, whatever it feels;
    // a head that names the writer's view, or a fact that grades, stays an opinion.
    [InlineData("en", "The toll is heavy.\n\nJust as I expected, the President sent a message of greetings to the participants and guests of the forum on its opening day.", "Just as I", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nWhat caught our attention most is that the President expressed hope that the talks, which are still under way, would soon end.", "What caught", NarratorStance.Framing)]
    [InlineData("fr", "Le bilan est lourd.\n\nDétail que je trouve touchant, l’église catholique de Kahnawake sert aujourd’hui de dernier lieu de repos pour le corps de la sainte.", "je trouve", NarratorStance.Framing)]
    [InlineData("en", "The toll is heavy.\n\nIn my view, the Fund deserves most of the credit for the vaccine, whatever its critics abroad may say about it.", "In my view", NarratorStance.Opinion)]
    // A whole first-person clause before a colon is the view and its reason, not a head, unless it speaks to the reader.
    [InlineData("fr", "Le bilan est lourd.\n\nJ’avoue rester sceptique : un taux de 60 à 70 % ne suffit pas à convaincre un esprit un tant soit peu rigoureux de la solidité de ces travaux.", "J’avoue", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nCe plaidoyer m’a profondément ému : il y a quelque chose de fort dans ces millions de locuteurs qui réclament simplement d’être nommés par les institutions.", "m’a profondément", NarratorStance.Opinion)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe dois vous avouer une chose : Scotland Yard n’a pas donné de détails sur l’implication de ces personnes dans les préparatifs d’un attentat concret.", "Je dois vous", NarratorStance.Framing)]
    [InlineData("fr", "Le bilan est lourd.\n\nJe dois avouer que cette annonce me met mal à l’aise : on licencie d’une main et l’on arrose les actionnaires de l’autre.", "Je dois avouer", NarratorStance.Opinion)]
    // "I, the President of …, wish": an identity with its article is the named person's, not the writer's feeling.
    [InlineData("en", "The toll is heavy.\n\nI, the President of the Russian Federation Vladimir Putin, wish all the best to the staff.", "wish all", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\nMoi, le président Emmanuel Macron, je souhaite bonne chance aux athlètes.", "je souhaite", NarratorStance.Speaker)]
    // After a sentence that gives a person's words (a quotation it closes or attributes, "according to her"), a first
    // person by subject or possessive, singular or plural, goes on with them; a judgement stays the narrator's.
    [InlineData("fr", "Le bilan est lourd.\n\nLa procureure a déclaré : « Mes services sont autorisés à enquêter sur ce crime ». Mes enquêteurs se rendront sur place.", "Mes enquêteurs", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\n« Nous tiendrons nos engagements sur le nucléaire » a-t-il précisé. Nous lui demandons de les tenir.", "Nous lui", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\n« Le contexte est bien pire qu'attendu », y compris le montant imposé au groupe, commente Song Myung-Sup, analyste. Je ne conseillerais à personne d'acheter le titre.", "Je ne conseillerais", NarratorStance.Speaker)]
    [InlineData("fr", "Le bilan est lourd.\n\n« Ce plan est inacceptable pour les salariés », a dit Myriam Martinet. Je trouve cette colère légitime.", "Je trouve", NarratorStance.Opinion)]
    [InlineData("en", "The toll is heavy.\n\n“We are proud of the summit and of every ambassador,” Olena Zelenska said. My team will ask every embassy to help.", "My team", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\nAccording to her, the route to Berdyansk is open. I ask drivers to take their neighbours with them.", "I ask", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\n“We will defend every metre of our land,” the President said. We will not answer their provocations.", "We will not", NarratorStance.Speaker)]
    [InlineData("en", "The toll is heavy.\n\n“We will defend every metre of our land,” the President said. I think the speech went too far.", "I think", NarratorStance.Opinion)]
    public void NarratorFirstPerson_IsClassifiedByItsShape(string language, string text, string fragment, NarratorStance stance)
    {
        var semantics = Of(text, language);
        var clause = ClauseAt(semantics, fragment);
        Assert.True(clause.IsNarrator);
        Assert.True(clause.IsFirstPerson);
        Assert.Equal(stance, clause.Stance);
    }

    /// <summary>Reported words whose first person is an object or a possessive, or an attribution put after the words: the voice layer or the stance gives them to the speaker, never to the narrator's opinion.</summary>
    [Theory]
    [InlineData("fr", "Le bilan est lourd.\n\nChez moi, le budget a fondu de moitié en un an, a regretté une déléguée de Louisiane.", "Chez moi")]
    [InlineData("fr", "Le bilan est lourd.\n\nOle Solvang et ses collègues ont fait valoir que notre enquête visait des responsables.", "notre enquête")]
    [InlineData("en", "The toll is heavy.\n\nThe adviser admitted that my own forecasts had underestimated the buyers.", "my own")]
    [InlineData("en", "The toll is heavy.\n\nResidents should not travel unless they have heard from us first, she cautioned.", "us first")]
    public void ReportedFirstPerson_IsNeverTheNarratorsOpinion(string language, string text, string fragment)
    {
        var clause = ClauseAt(Of(text, language), fragment);
        Assert.False(clause.IsNarrator && clause.Stance == NarratorStance.Opinion, $"\"{fragment}\" read as the narrator's opinion");
    }

    [Theory]
    [InlineData("fr", "Le bilan est lourd. « J’ai vu la digue céder », a raconté une habitante.", "J’ai vu")]
    [InlineData("fr", "Le bilan est lourd. Le maire a répondu.", "Le maire")]
    [InlineData("en", "The toll is heavy. “I saw the dam burst,” one resident said.", "I saw")]
    public void OtherClauses_HaveNoStance(string language, string text, string fragment)
    {
        Assert.Equal(NarratorStance.None, ClauseAt(Of(text, language), fragment).Stance);
    }

    [Fact]
    public void ThatBeforeAVerb_IsARelativePronoun_NotTheEndOfALeadIn()
    {
        // Deleting "Me, I do not see a single clause of the communiqué that" would leave "Could be traded away."
        var clause = ClauseAt(Of("The toll is heavy.\n\nMe, I do not see a single clause of the communiqué that could be traded away.", "en"), "I do not see");
        Assert.True(clause.IsNarrator);
        Assert.NotEqual(NarratorStance.Framing, clause.Stance);
    }

    [Theory]
    // A statement introduced by a colon in the paragraph before is the speaker's.
    [InlineData("fr", "Le lanceur a décollé.\n\nCommuniqué de l’Agence spatiale européenne :\n\nNous saluons ce nouveau succès d’Ariane 6.", "Nous saluons", AttributionSource.IntroducedStatement)]
    // A closing incise may close the first half of a sentence that a semicolon continues.
    [InlineData("fr", "Le budget est serré.\n\nIl nous faut honorer cette ardoise, a fait valoir Jérôme Cahuzac ; le ministre des finances a pour sa part ajouté que la France était affaiblie.", "Il nous faut", AttributionSource.ClosingIncise)]
    public void ClauseSpokenBySomeone_IsAttributed(string language, string text, string fragment, AttributionSource source)
    {
        var clause = ClauseAt(Of(text, language), fragment);
        Assert.False(clause.IsNarrator);
        Assert.Equal(source, clause.Attribution.Source);
    }

    [Fact]
    public void ColonBeforeACodeBlock_DoesNotIntroduceTheNextParagraph()
    {
        var semantics = DocumentSemantics.For(DocumentSyntax.Create(SourceText.From("Titre\n\nExemple de réponse du service :\n\n```json\n{\"statut\": \"ok\"}\n```\n\nPersonnellement, je pense que ces restrictions sont lourdes."), DocumentKind.Markdown, "fr"));
        var clause = ClauseAt(semantics, "Personnellement");
        Assert.True(clause.IsNarrator);
        Assert.Equal(NarratorStance.Opinion, clause.Stance);
    }

    [Fact]
    public void RunOnSentence_StartOfSentenceCues_DoNotMatchAtTheLookBehindCut()
    {
        // "We, the …" names a speaker only at the sentence's start: in a run-on sentence whose 600-character
        // look-behind window begins exactly at a later "we, the crowd", the clause stays an opinion.
        var between = "we, the crowd, waited " + string.Concat(Enumerable.Repeat("x ", 288)) + "; ";
        Assert.Equal(600, between.Length);
        var text = "The toll is heavy.\n\nThe march went on as " + between + "I find this unfair";
        Assert.Equal(NarratorStance.Opinion, ClauseAt(Of(text, "en"), "I find").Stance);
    }

    [Theory]
    [InlineData("fr", "Le bilan est lourd.\n\nCette étude nous montre que la pollution recule, et nous en tirons une leçon.", "nous en tirons")]
    [InlineData("en", "The toll is heavy.\n\nThe data clearly showed us that the policy failed, and we should say so.", "we should")]
    [InlineData("en", "The toll is heavy.\n\nHistory has repeatedly shown us that such truces rarely hold, and I doubt this one will.", "I doubt")]
    public void AbstractSubjectsThatTellUs_MakeNoWitness(string language, string text, string fragment)
    {
        var semantics = Of(text, language);
        Assert.NotEqual(NarratorStance.Witness, ClauseAt(semantics, fragment).Stance);
    }
}
