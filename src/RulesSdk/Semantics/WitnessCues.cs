using System.Text.RegularExpressions;

namespace RulesSdk.Semantics;

/// <summary>
/// Whether a narrator's first-person clause puts the narrator in the scene: perception (saw, heard,
/// could make out, "nous l’apercevions", "j’ai pu visionner") or presence (was in the gallery, "j’assistais
/// à l’audience", "sous mes fenêtres", "those of us in the gallery", "myself included") in any tense. The
/// clause is already known to be the narrator's and in the first person (<see cref="StanceClassifier"/>
/// asks last, after the speaker, framing and assistant shapes), so a perception verb or a place of the
/// scene next to the first person is enough.
/// </summary>
internal static partial class WitnessCues
{
    /// <param name="text">The sentence up to the end of the clause.</param>
    public static bool Placed(ReadOnlySpan<char> text, bool french) => french
        ? FrenchPerception().IsMatch(text) || FrenchImperfect().IsMatch(text) || FrenchPresence().IsMatch(text) || FrenchScene().IsMatch(text) || FrenchTestimony().IsMatch(text) || NewsroomOnTheScene(text, french)
        : EnglishPerception().IsMatch(text) || EnglishGroupPerception().IsMatch(text) || (EnglishIncluded().IsMatch(text) && EnglishPlace().IsMatch(text))
            || EnglishEncounter().IsMatch(text) || EnglishAttendance().IsMatch(text) || EnglishScene().IsMatch(text) || NewsroomOnTheScene(text, french);

    /// <summary>
    /// The newsroom's own people as the viewpoint of a scene: "When our team drove past the farm gate, …",
    /// "Lors du passage de notre équipe, …". The newsroom at work ("our reporter contacted", "notre
    /// rédaction a joint") is no witness; a temporal clause that moves it through the place is.
    /// </summary>
    public static bool NewsroomOnTheScene(ReadOnlySpan<char> text, bool french) =>
        (french ? FrenchNewsroomOnTheScene() : EnglishNewsroomOnTheScene()).IsMatch(text);

    [GeneratedRegex(@"\b(?:when|as|after|once|by\s+the\s+time|before|while)\s+(?:our|this)\s+(?:team|crew|reporters?|correspondents?|photographers?|journalists?|camera\s+crew|film\s+crew)\s+(?:first\s+|finally\s+)?(?:reached|arrived|got\s+(?:to|there)|drove|walked|passed|entered|came\s+(?:to|through|past)|stopped|visited|toured|flew|sailed|crossed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNewsroomOnTheScene();

    [GeneratedRegex(@"\b(?:lors\s+d[eu’']\s*(?:la\s+|l[’']\s*)?(?:passage|visite|arrivée|venue|séjour|reportage)\s+de\s+not(?:re|s)\s+(?:équipe|envoyée?s?|reporters?|journalistes?|correspondante?s?|photographes?)|\b(?:quand|lorsque|lorsqu[’']|dès\s+que|au\s+moment\s+où)\s*not(?:re|s)\s+(?:équipe|envoyée?s?\s+spéciale?s?|envoyée?s?|reporters?|journalistes?|correspondante?s?)\s+(?:est|sont|était|étaient)\s+(?:arrivée?s?|passée?s?|entrée?s?|allée?s?|venue?s?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNewsroomOnTheScene();

    // Senses, encounters and being led through a place, beyond the verbs of sight: "I smelled smoke", "we
    // ran into", "I was shown round", "I can attest that…" (a testimony is a witness's), "Having
    // snorkelled over the colony, I…" (a participle that moves through a place).
    [GeneratedRegex(@"\b(?:I|we)(?:\s+(?:personally|also|then|later|briefly|even|just|first|once|still|all|both|finally))?\s+(?:smelled|smelt|overheard|tasted|caught\s+(?:sight|a\s+glimpse)|ran\s+into|bumped\s+into|came\s+across|encountered|shook\s+hands|queued|lined\s+up|waited\s+(?:outside|inside|in|at|on|among|with)|joined\s+(?:the|a)\s+(?:crowds?|queues?|march|marchers|protesters|demonstrators|rescuers|search|patrol|convoy|procession|vigil|picket)|accompanied\s+(?:the|a|an|two|three|several)|climbed|hiked|snorkell?ed|dived|swam|rode|sailed|trudged|wandered|strolled|squeezed|pushed\s+(?:through|past|our|my))\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:later|then|also|briefly|first)\s+)?(?:shown|escorted|guided|ushered|taken\s+(?:to|into|inside|around|round|through|on|down|up|past)|led\s+(?:to|into|through|around|round|past|down|up)|driven|flown)\b|\b(?:I|we)\s+(?:can|could)\s+(?:personally\s+|also\s+|certainly\s+)?(?:attest|testify|vouch|bear\s+witness)\b|\bhaving\s+(?:just\s+|personally\s+|myself\s+|also\s+)?\p{Ll}+(?:ed|en|wn|ne|ung|ove|um|am)\s+(?:over|through|across|along|around|past|into|inside|beside|alongside|among|amid)\b[^.;!?]{0,80},\s+(?:I|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishEncounter();

    // Following an event from where it happens, going there, being there by chance, the narrator's presence
    // named as such: "I sat in on the recording", "I followed the broadcast from the studio gallery", "I
    // passed families pushing prams", "We reached the square", "in my presence", "myself among them", "our
    // team met the first families".
    [GeneratedRegex(@"\b(?:I|we)(?:\s+(?:personally|also|then|later|first|once|all|both|myself|ourselves))?\s+(?:sat\s+in\s+on|followed\s+(?:the|a|an|his|her|their|this|that)\s+[^.;!?]{0,50}?\s(?:from\s+(?:the|a|an|my|our)\b|live\b|on\s+(?:my|our)\s+(?:own\s+)?screens?\b)|passed\s+(?:families|people|crowds|queues|columns|rows|cars|tanks|convoys|groups|dozens|hundreds|scores|children|soldiers|refugees|women|men)|(?:travell?ed|drove|walked|flew|went)\s+(?:out\s+|down\s+|up\s+)?to\s+\p{Lu}|reached\s+the\s+(?:square|village|town|city|border|checkpoint|front|site|scene|camp|station|hospital|port|bridge|river|crossing|centre|center|building)|happened\s+to\s+be\s+(?:at|in|on|outside|inside)|(?:was|were)\s+given\s+(?:a\s+few\s+minutes|a\s+moment|a\s+few\s+words|an?\s+audience|a\s+tour)\s+with)\b|\b(?:in\s+(?:my|our)\s+presence|in\s+front\s+of\s+us|before\s+our\s+(?:very\s+)?eyes|(?:myself|ourselves)\s+among\s+them|among\s+them\s+(?:myself|ourselves))\b|\b(?:our|my)\s+(?:team|crew|reporters?|correspondents?|photographers?)\s+(?:met|was\s+at|were\s+at|reached|visited|saw|watched|found)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishAttendance();

    // A fronted place of the scene before the narrator: "In the front row, I…", "On the ground in Gaza, we…",
    // "Sitting in the public gallery, I…". The place noun keeps out "In the report, I…", "At the time, I…".
    [GeneratedRegex(@"\A[\s“""‘']*(?:(?:sitting|standing|seated|perched|crouched|squeezed|waiting|watching|huddled|crammed)\s+)?(?:in|at|on|inside|outside|from|behind|beside|near|among|amid|opposite|up\s+on|down\s+in)\s+(?:the|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:room|hall|gallery|galleries|courtroom|chamber|stands|crowd|audience|front\s+rows?|back\s+rows?|press\s+(?:box|bench|benches|area|seats|pen|tribune)|scene|ground|square|queue|pavement|sidelines|touchline|pitch|terraces?|stadium|arena|ward|tent|camp|shelter|corridors?|lobby|foyer|wings|auditorium|rubble|ruins|wreckage|crater|rally|march|picket\s+line|checkpoint|border\s+crossing|quayside|dock|platform|runway|tarmac|deck|trenches|front\s+line|frontline|promenade|seafront|harbour|barricades?|cordon)\b[^,.;!?]{0,60},\s+(?:I|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishScene();

    // Le même lieu de la scène en tête de phrase : « Au premier rang de la salle, je… », « Dans les
    // gradins, nous… », « Assise au fond du prétoire, j’… ». Le nom de lieu écarte « Dans ce dossier, je… ».
    [GeneratedRegex(@"\A[\s«“""]*(?:(?:assise?s?|debout|installée?s?|postée?s?|placée?s?|perchée?s?|massée?s?|serrée?s?)\s+)?(?:au|aux|à|dans|depuis|sur|devant|derrière|parmi|près\s+d[eu’']\s*|en|du\s+haut\s+d[eu’']\s*|au\s+(?:fond|milieu|bord|pied)\s+d[eu’']\s*)\s*(?:(?:le|la|les|l[’']|un|une|des|du|premier|première|premiers|dernier|dernière|petit|petite|grand|grande|fond|milieu|bord|pied|haut)\s*)*(?:rangs?|salle|tribunes?|gradins|foule|public|cortège|quai|piquet|barrage|trottoirs?|parvis|hémicycle|prétoire|coulisses|terrain|plateau|chapiteau|stade|abords|décombres|ruines|campement|camp|file\s+d[’']attente|premières\s+loges|barricades?|front|tranchées?|tarmac|pont|ponton|chantier|bloc\s+opératoire|urgences)\b[^.;!?]{0,80}?,\s*(?:je\b|j[’']|nous\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchScene();

    // Perception and presence in the compound tenses, after "pu / dû / eu l’occasion de", and the places
    // from which the narrator looks ("sous mes fenêtres", "de là où je…").
    [GeneratedRegex(@"\b(?:j[’']\s*ai|j[’']\s*avais|je\s+l[’']\s*ai|je\s+les\s+ai|nous\s+avons|nous\s+l[’']\s*avons|on\s+a|(?:l[’']\s*(?:auteure?|autrice)\s+de\s+ces\s+lignes|votre\s+(?:serviteur|servante|correspondante?))\s+(?:l[’']\s*|les\s+)?a|je\s+n[’']\s*(?:en\s+|y\s+|l[’']\s*)?(?:ai|avais)|nous\s+n[’']\s*(?:en\s+|y\s+|l[’']\s*)?(?:avons|avions))\s+(?:(?:pas|jamais|rien|guère|plus)\s+)?(?:(?:personnellement|moi-même|nous-mêmes|aussi|également|alors|ensuite|d[’']abord|encore|déjà|tous|toutes|bien|clairement|nettement|même|souvent|longtemps)\s+){0,2}(?:(?:pu|dû|été|eu\s+l[’']occasion\s+de)\s+(?:(?:personnellement|moi-même|nous-mêmes|aussi|également|alors|ensuite|d[’']abord|encore|déjà|tous|toutes|bien|clairement|nettement|même|souvent|longtemps)\s+){0,2}(?:le\s+|la\s+|les\s+|l[’']\s*)?)?(?:vu|voir|regardé|regarder|observé|observer|entendu|entendre|écouté|écouter|aperçu|apercevoir|assisté|assister|constaté|constater|remarqué|filmé|filmer|photographié|photographier|visionné|visionner|distingué|distinguer|contemplé|parcouru|arpenté|sillonné|traversé|longé|exploré|compté|croisé|rencontré|visité|suivi|vécu|témoin|témoins)\b|\b(?:je\s+me|nous\s+nous)\s+(?:trouvais|trouvions|tenais|tenions|suis\s+rendue?|sommes\s+rendue?s)\b|\b(?:j[’']\s*étais|nous\s+étions|j[’']\s*y\s+étais|nous\s+y\s+étions)\b|\b(?:sous|de)\s+(?:mes|nos)\s+(?:propres\s+)?yeux\b|\bdevant\s+(?:moi|nous)\b|\bde\s+là\s+où\s+(?:je|j[’']|nous)|\b(?:depuis|de|sous|devant)\s+(?:ma|mon|mes|notre|nos)\s+(?:place|siège|fenêtres?|balcon|terrasse|poste|bureau|porte)\b|\A[\s«“]*(?:depuis|de)\s+(?:ma|mon|notre)\s+(?:position|emplacement|point\s+d[’']observation|poste\s+d[’']observation|point\s+de\s+vue)\s*,|\barrivée?s?\s+sur\s+(?:place|les\s+lieux)\b|\bon\s+(?:voyait|entendait|apercevait|distinguait)\b|\bmoi-même\s+sur\s+place\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPerception();

    // A testimony is a witness's: "je peux en témoigner", "nous pouvons l’attester".
    [GeneratedRegex(@"\b(?:je\s+(?:peux|pourrais|puis)|nous\s+(?:pouvons|pourrions))\s+(?:(?:personnellement|en|l[’']|le)\s*){0,2}(?:témoigner|attester)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchTestimony();

    // The imperfect and the simple past, with object pronouns between: "nous l’apercevions", "j’assistais",
    // "je les entendais". Present forms of "voir" and "constater" stay out: "je ne vois pas comment", "je
    // constate que" give an opinion.
    [GeneratedRegex(@"\b(?:je|j[’']|nous)\s*(?:(?:ne|n[’']|l[’']|le|la|les|y|en|lui|leur)\s*){0,2}(?:voy(?:ais|ions)|aperce?v(?:ais|ions)|entend(?:ais|ions)|observ(?:ais|ions)|regard(?:ais|ions)|écout(?:ais|ions)|assist(?:ais|ions|e|ons|ai|âmes)|distingu(?:ais|ions)|remarqu(?:ais|ions)|film(?:ais|ions)|vis|vîmes|entendis|entendîmes|aperçus|aperçûmes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchImperfect();

    // Presence stated with an adjective or a place of the scene: "présente dans la salle", "au milieu de la
    // foule", "dans les tribunes".
    [GeneratedRegex(@"\bprésente?s?\s+(?:[\p{L}’'-]+\s+){0,3}?(?:dans|à|au|aux|sur|lors|devant|parmi)\b|\bayant\s+(?:pu\s+)?(?:assisté|vu|suivi|visité|couvert|passé|parcouru|entendu|été\s+(?:présente?s?|témoins?|sur\s+place))\b|\ben\s+(?:me|nous)\s+(?:rendant|promenant|approchant|trouvant)\b|\b(?:quand|lorsque|lorsqu[’']|dès\s+que|au\s+moment\s+où)\s*(?:je|j[’']|nous)\s*(?:suis|sommes|étais|étions)\s+(?:arrivée?s?|passée?s?|entrée?s?|sortie?s?|allée?s?|venue?s?|montée?s?|descendue?s?)\b|\bà\s+(?:mon|notre)\s+arrivée\b|\blors\s+de\s+(?:mon|notre)\s+(?:passage|visite|arrivée|séjour|reportage|venue)\b|\b(?:j[’']\s*ai|nous\s+avons)\s+passé\s+(?:toute\s+)?(?:la|l[’']|une|plusieurs|deux|trois|quelques)\s*(?:\p{L}+\s+)?(?:matinée|journée|soirée|nuit|après-midi|heures?|jours?|semaine)\b|\b(?:j[’']\s*ai|nous\s+avons)\s+(?:(?:personnellement|moi-même|nous-mêmes|aussi|également|alors|ensuite|d[’']abord|encore|déjà|tous|toutes|bien|clairement|nettement|même|souvent|longtemps)\s+){0,2}senti\s+(?:le|la|les|l[’']|un|une|des)\b|\b(?:depuis|de)\s+la\s+tribune\s+de\s+presse\b|\b(?:je\s+me\s+suis|nous\s+nous\s+sommes)\s+(?:\p{L}+\s+)?(?:promenée?s?|approchée?s?|faufilée?s?|glissée?s?|postée?s?|arrêtée?s?|frayé)\b|\b(?:me|nous)\s+(?:frayer|faufiler)\s+(?:un\s+(?:chemin|passage)\s+)?(?:entre|parmi|à\s+travers|dans|au\s+milieu|jusqu)|\bau\s+milieu\s+de\s+la\s+foule\b|\bdans\s+(?:les\s+tribunes|la\s+tribune\s+de\s+presse|le\s+public|la\s+foule|le\s+prétoire)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPresence();

    [GeneratedRegex(@"\b(?:I|we|(?:this|your)\s+(?:reporter|writer|correspondent))(?:\s+(?:personally|also|then|later|clearly|briefly|even|just|actually|first|once|still|all|both|myself|ourselves|finally|eventually))?(?:[’'](?:ve|d)|\s+(?:could|can|did|have|had|was\s+able\s+to|were\s+able\s+to|got\s+to))?(?:\s+(?:personally|also|then|later|clearly|briefly|even|just|actually|first|once|still|all|both|myself|ourselves|finally|eventually))?\s+(?:saw|seen|see(?!\s+(?:no|little|nothing|any|why|how|it\s+as)\b)|watched|watch|heard|hear|observed|witnessed|noticed|spotted|glimpsed|attended|listened|stood|sat|made\s+out|make\s+out|left\s+the|arrived|visited|toured|drove|walked|counted|filmed|photographed|met|looked\s+on)\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:already|still|also|right|just|again|once\s+again|all)\s+)?(?:present|there|on|in|at|among|outside|inside|standing|sitting|watching)\b|\b(?:I|we)\s+(?:was|were)\s+(?:given|shown|allowed|invited|taken|granted|escorted|led|let)\s+(?:a\s+|an\s+|the\s+)?(?:\p{L}+\s+)?(?:preview|tour|look|glimpse|access|into|inside|in|around|through|behind)\b|\b(?:when|as|after|once|by\s+the\s+time|before)\s+(?:I|we)\s+(?:first\s+)?(?:reached|arrived|got\s+to|got\s+there|visited|drove|walked|passed|entered|came\s+(?:to|through|past)|stopped)\b|\b(?:I|we)(?:\s+(?:have|had)|[’'](?:ve|d))?\s+spent\s+(?:the|a|an|several|two|three|most\s+of\s+the|much\s+of\s+the|all|part\s+of\s+the)\s+(?:\p{L}+\s+)?(?:morning|afternoon|evening|night|day|days|hours?|week|weekend)\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:lucky|fortunate|privileged|able|allowed|invited|permitted)\s+(?:enough\s+)?|given\s+the\s+(?:chance|opportunity)\s+)to\s+(?:see|watch|look|hear|visit|tour|attend|witness|observe|peer|step|walk|stand|sit)\b|\bhaving\s+(?:just\s+|personally\s+|myself\s+|also\s+)?\p{Ll}+(?:ed|en|wn|ne|ung|ove)\s+(?:the|a|an|this|that|these|those|its|their)\s+(?:\p{L}+\s+)?(?:site|scene|area|spot|room|hall|chamber|venue|camp|ward|wreck|reef|field|farm|village|town|streets?|building|plant|road|border|front\s+line|crossing|market|museum|exhibition|match|ceremony|courtroom|hearing|rally|protest|march|route|course|trail|slopes?|coast|island|estuary|river|lake)\b[^.;!?]{0,80},\s+(?:I|we)\b|\bwhere\s+(?:I|we)\s+(?:was|were|stood|sat|spent|watched)\b|\b(?:made|make|making|pushed|push|pushing|elbowed|squeezed|threaded|wound|fought|picked|inched|wove|weaved|jostled)\s+(?:my|our)\s+way\s+(?:through|past|between|among|along|across|around)\b|\b(?:with\s+my\s+own\s+eyes|for\s+myself|from\s+(?:my|our)\s+(?:seat|vantage\s+point|window|balcony|desk|position)|on\s+my\s+balcony|as\s+I\s+write|before\s+my\s+(?:very\s+)?eyes|in\s+front\s+of\s+me|from\s+where\s+I)\b|\b(?:driving|walking|standing|snorkell?ing|diving|sitting|arriving|flying|attending|watching|visiting|touring|covering|waiting|queu(?:e)?ing|travell?ing|riding|cycling|wandering|strolling|peering|having\s+(?:just\s+|personally\s+)?(?:attended|witnessed|seen|watched|been|visited|toured|covered|spent|stood|sat|walked|driven|travell?ed|arrived|heard)|after\s+(?:attending|visiting|watching|touring|covering|arriving)|present\s+(?:at|in|for))\b[^,.;!?]{0,80},\s+(?:I|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPerception();

    // The narrator inside a group: "Those of us in the public gallery heard…", "Several of us watched…".
    [GeneratedRegex(@"\b(?:those|some|several|many|most|all|few|two|three|four|a\s+few|a\s+handful)\s+of\s+us\b[^.,;:!?“”""]{0,60}?\b(?:saw|watched|heard|witnessed|noticed|spotted|glimpsed|listened|stood|sat|counted|filmed|could\s+(?:see|hear|make\s+out)|were\s+(?:present|there|standing|sitting|watching|in\s+tears))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishGroupPerception();

    [GeneratedRegex(@"\b(?:(?:myself|me|ourselves|us)\s+included|including\s+(?:me|myself|us|ourselves|this\s+reporter))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishIncluded();

    // A place of the scene, where "myself included" puts the narrator.
    [GeneratedRegex(@"\b(?:in|from|inside|outside|at|among)\s+the\s+(?:(?:public|press|packed|crowded)\s+)?(?:gallery|galleries|press\s+(?:box|bench|area|pen)|stands|terraces|crowd|audience|courtroom|chamber|hall|room|front\s+row|scene|square|queue|line)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPlace();
}
