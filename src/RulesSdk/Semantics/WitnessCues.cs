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
        ? FrenchLikeMe().IsMatch(text) || FrenchPerception().IsMatch(text) || FrenchImperfect().IsMatch(text) || FrenchPresence().IsMatch(text) || FrenchScene().IsMatch(text) || FrenchPosture().IsMatch(text) || FrenchAccess().IsMatch(text) || FrenchHandling().IsMatch(text) || FrenchTestimony().IsMatch(text) || FrenchOnTheSpot().IsMatch(text) || FrenchReceived().IsMatch(text) || FrenchHandedOver().IsMatch(text) || NewsroomOnTheScene(text, french) || FrenchPressCorps().IsMatch(text) || FrenchSenseReached().IsMatch(text)
        : EnglishLikeMe().IsMatch(text) || EnglishPerception().IsMatch(text) || EnglishGroupPerception().IsMatch(text) || (EnglishIncluded().IsMatch(text) && EnglishPlace().IsMatch(text))
            || EnglishToldInPerson().IsMatch(text) || EnglishEncounter().IsMatch(text) || EnglishAttendance().IsMatch(text) || EnglishScene().IsMatch(text) || EnglishVantage().IsMatch(text) || EnglishOnTheSpot().IsMatch(text) || EnglishLedInPerson().IsMatch(text) || EnglishHandedOver().IsMatch(text) || NewsroomOnTheScene(text, french)
            || EnglishPressCorps().IsMatch(text) || EnglishSenseReached().IsMatch(text);

    // The press as a group the narrator belongs to: "We journalists were kept outside", "we reporters waited",
    // "those of us in the press pool", « Nous, journalistes, avons été tenus à l'écart ». Only the press "we" of the
    // scene: the apposition names the trade.
    [GeneratedRegex(@"\b(?:we|us)\s*,?\s+(?:the\s+)?(?:journalists|reporters|correspondents|photographers|camera\s+crews|press(?:\s+pool)?|media)\b|\bthose\s+of\s+us\s+(?:in|from|on)\s+the\s+(?:press|media)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPressCorps();

    [GeneratedRegex(@"\bnous\s*,\s*(?:les\s+)?(?:journalistes|reporters|correspondants|photographes|envoyés\s+spéciaux|représentants\s+de\s+la\s+presse)\b|\bnous\s+autres\s+(?:journalistes|reporters|photographes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPressCorps();

    // What the senses took in, reaching the narrator: "The smell of diesel reached us across the square", "the roar of
    // the engines filled our ears", « L'odeur du bois brûlé nous parvenait ». A sensation as subject and the
    // narrator as object: no other first person is needed to place them.
    [GeneratedRegex(@"\b(?:smell|stench|scent|odou?r|sound|noise|roar|rumble|echo|cries|screams|shouts|chants?|sirens?|smoke|heat|dust|glare)\b[^.;!?“”""]{0,60}?\b(?:reached|drifted\s+(?:over|towards?|across)|carried\s+(?:over\s+)?to|came\s+to|filled|hit|stung|followed)\s+(?:us|me|our|my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSenseReached();

    [GeneratedRegex(@"\b(?:odeurs?|bruits?|fumées?|cris|clameurs?|échos?|sirènes?|chants?|grondements?|chaleur|poussière|détonations?|explosions?)\b[^.;!?«»“”""]{0,60}?\b(?:nous|me|m[’'])\s*(?:parv(?:enai(?:t|ent)|ient|iennent|int|inrent)|arriv(?:ait|aient|e|ent|a)|prenai(?:t|ent)\s+à\s+la\s+gorge|piquai(?:t|ent)|assourdiss(?:ait|aient))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSenseReached();

    /// <summary>
    /// The newsroom's own people as the viewpoint of a scene: "When our team drove past the farm gate, …",
    /// "Lors du passage de notre équipe, …". The newsroom at work ("our reporter contacted", "notre
    /// rédaction a joint") is no witness; a temporal clause that moves it through the place is.
    /// </summary>
    public static bool NewsroomOnTheScene(ReadOnlySpan<char> text, bool french) =>
        (french ? FrenchNewsroomOnTheScene() : EnglishNewsroomOnTheScene()).IsMatch(text);

    [GeneratedRegex(@"\b(?:when|as|after|once|by\s+the\s+time|before|while)\s+(?:our|this)\s+(?:team|crew|reporters?|correspondents?|photographers?|journalists?|camera\s+crew|film\s+crew)\s+(?:first\s+|finally\s+)?(?:reached|arrived|got\s+(?:to|there)|drove|walked|passed|entered|came\s+(?:to|through|past)|stopped|visited|toured|flew|sailed|crossed)\b|\b(?:our|this|your)\s+(?:team|crew|reporters?|correspondents?|photographers?)\s+(?:was|were)\s+(?:(?:already|also|there|present)\s+)*(?:at|in|on|inside|among|present)\b|\b(?:our|this|your)\s+(?:team|crew|reporters?|correspondents?|photographers?)\s+(?:met|saw|watched|visited|witnessed|could\s+(?:see|hear|catch|make\s+out))\b|\b(?:told|showed|explained\s+to|said\s+to|confided\s+to)\s+(?:me|us)\s+(?:on\s+the\s+spot|in\s+person|face\s+to\s+face|at\s+the\s+scene)\b|\b(?:I|we)\s+(?:was|were)\s+told\s+(?:on\s+the\s+spot|in\s+person|face\s+to\s+face)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishNewsroomOnTheScene();

    [GeneratedRegex(@"\b(?:lors\s+d[eu’']\s*(?:la\s+|l[’']\s*)?(?:passage|visite|arrivée|venue|séjour|reportage)\s+de\s+not(?:re|s)\s+(?:équipe|envoyée?s?|reporters?|journalistes?|correspondante?s?|photographes?)|\b(?:quand|lorsque|lorsqu[’']|dès\s+que|au\s+moment\s+où)\s*not(?:re|s)\s+(?:équipe|envoyée?s?\s+spéciale?s?|envoyée?s?|reporters?|journalistes?|correspondante?s?)\s+(?:est|sont|était|étaient)\s+(?:arrivée?s?|passée?s?|entrée?s?|allée?s?|venue?s?))|\bsur\s+place\b[^.;!?«»]{0,60}?\b(?:nous|m[’'])\s*(?:ont|a|avaient|avait)\s+(?:expliqué|dit|assuré|affirmé|confié|raconté|indiqué|précisé|montré)\b|\b(?:nous|m[’'])\s*(?:ont|a|avaient|avait)\s+(?:expliqué|dit|assuré|affirmé|confié|raconté|indiqué|précisé|montré)\s+(?:sur\s+place|en\s+personne|de\s+vive\s+voix|sur\s+les\s+lieux)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchNewsroomOnTheScene();

    // The narrator told, shown or led in person by someone of the scene: "as a volunteer told me on the spot",
    // "Ustenko made the same argument to me", "One of the guards confided to us". Past forms only, and not
    // after "it"/"this"/"which" or a subject that is no person, an adverb between: "this tells us that", "history has
    // repeatedly shown us" and "the data clearly showed us" are views, not encounters. Asking and writing are no meeting.
    [GeneratedRegex(@"(?<!\b(?:it|this|that|which|what|history|experience|time|data|figures|numbers|research|studies|study|evidence|report|survey|past|decade|year|years|war|crisis|pandemic)\s+(?:(?:has|had|have)\s+)?(?:\p{Ll}+ly\s+)?)\b(?:told|showed|shown|assured|warned|greeted|welcomed|guided|escorted|introduced|handed|(?:confided|confessed|explained|described|repeated|whispered|insisted|admitted|complained|confirmed|said|pointed\s+out|spoke|talked|turned|remarked|gestured)\s+to|confided\s+in|(?:made|put|laid\s+out|set\s+out)\s+(?:the\s+same|the|a|his|her|their|this|that|an)\s+(?:\p{L}+\s+){0,2}?(?:argument|point|case|remark|observation|complaint|claim|request|offer)\s+to)\s+(?:me|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishToldInPerson();

    // Senses, encounters and being led through a place, beyond the verbs of sight: "I smelled smoke", "we
    // ran into", "I was shown round", "I can attest that…" (a testimony is a witness's), "Having
    // snorkelled over the colony, I…" (a participle that moves through a place).
    [GeneratedRegex(@"\b(?:I|we)(?:\s+(?:personally|also|then|later|briefly|even|just|first|once|still|all|both|finally))?\s+(?:smelled|smelt|overheard|tasted|caught\s+(?:sight|a\s+glimpse)|ran\s+into|bumped\s+into|came\s+across|encountered|shook\s+hands|queued|lined\s+up|waited\s+(?:outside|inside|in|at|on|among|with)|joined\s+(?:the|a)\s+(?:crowds?|queues?|march|marchers|protesters|demonstrators|rescuers|search|patrol|convoy|procession|vigil|picket)|accompanied\s+(?:the|a|an|two|three|several)|climbed|hiked|snorkell?ed|dived|swam|rode|sailed|trudged|wandered|strolled|squeezed|pushed\s+(?:through|past|our|my))\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:later|then|also|briefly|first)\s+)?(?:shown|escorted|guided|ushered|taken\s+(?:to|into|inside|around|round|through|on|down|up|past)|led\s+(?:to|into|through|around|round|past|down|up)|driven|flown)\b|\b(?:I|we)\s+(?:can|could)\s+(?:personally\s+|also\s+|certainly\s+)?(?:attest|testify|vouch|bear\s+witness)\b|\bhaving\s+(?:just\s+|personally\s+|myself\s+|also\s+)?\p{Ll}+(?:ed|en|wn|ne|ung|ove|um|am)\s+(?:over|through|across|along|around|past|into|inside|beside|alongside|among|amid)\b[^.;!?]{0,80},\s+(?:I|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishEncounter();

    // Where the narrator followed or tried things from: "which I followed from the adjoining room", "Having followed
    // the call on my own screen", "I followed the interview from behind the cameras", "We were seated near the back",
    // "I tried the site myself", "From where I stood", "I remember my notebook slipping as the delegations arrived".
    [GeneratedRegex(@"\b(?:which|that)\s+(?:I|we)\s+(?:followed|watched|attended|covered)\b|\bhaving\s+(?:followed|watched|attended|witnessed|sat\s+through)\b|\b(?:I|we)\s+(?:followed|watched)\s+[^.;!?]{0,60}?\s(?:from\s+(?:behind\s+)?(?:the|a|an|my|our)|on\s+(?:my|our)\s+(?:own\s+)?screens?)\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:already|also|then)\s+)?(?:seated|sitting|standing|present)\b|\b(?:I|we)\s+tried\s+[^.;!?]{0,40}?\b(?:myself|ourselves)\b|\bon\s+(?:my|our)\s+(?:own\s+)?screens?\b|\bfrom\s+where\s+(?:I|we)\s+(?:stood|sat|was|were)\b|\b(?:I|we)\s+(?:still\s+)?remember\s+(?:my|our|the)\b[^.;!?]{0,80}?\b(?:as|when|while)\b|\b(?:I|we)\s+(?:went|have\s+been)\s+through\s+(?:this|that|the)\s+(?:procedure|process|check|checkpoint|queue)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishVantage();

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
    [GeneratedRegex(@"\b(?:j[’']\s*ai|j[’']\s*avais|j[’']\s*y\s+(?:ai|avais)|je\s+l[’']\s*ai|je\s+les\s+ai|nous\s+avons|nous\s+y\s+(?:avons|avions)|nous\s+l[’']\s*avons|on\s+a|(?:l[’']\s*(?:auteure?|autrice)\s+de\s+ces\s+lignes|votre\s+(?:serviteur|servante|correspondante?))\s+(?:l[’']\s*|les\s+)?a|je\s+n[’']\s*(?:en\s+|y\s+|l[’']\s*)?(?:ai|avais)|nous\s+n[’']\s*(?:en\s+|y\s+|l[’']\s*)?(?:avons|avions))\s+(?:(?:pas|jamais|rien|guère|plus)\s+)?(?:(?:personnellement|moi-même|nous-mêmes|aussi|également|alors|ensuite|d[’']abord|encore|déjà|tous|toutes|bien|clairement|nettement|même|souvent|longtemps|\p{Ll}{3,}ment)\s+){0,2}(?:(?:(?:pu|dû|été)\s+|eu\s+l[’']occasion\s+d(?:e\s+|[’']\s*))(?:(?:personnellement|moi-même|nous-mêmes|aussi|également|alors|ensuite|d[’']abord|encore|déjà|tous|toutes|bien|clairement|nettement|même|souvent|longtemps|\p{Ll}{3,}ment)\s+){0,2}(?:le\s+|la\s+|les\s+|l[’']\s*)?)?(?:(?:vu|regardé|observé|entendu|écouté|aperçu|assisté|constaté|remarqué|filmé|photographié|visionné|distingué|contemplé|parcouru|arpenté|sillonné|traversé|longé|exploré|compté|croisé|rencontré|visité|suivi|vécu)(?:es?|s)?|voir|regarder|observer|entendre|écouter|apercevoir|assister|constater|filmer|photographier|visionner|distinguer|témoin|témoins)\b|\b(?:je\s+me|nous\s+nous)\s+(?:trouvais|trouvions|tenais|tenions|suis\s+rendue?|sommes\s+rendue?s)\b|\b(?:j[’']\s*étais|nous\s+étions|j[’']\s*y\s+étais|nous\s+y\s+étions)\b|\b(?:sous|de)\s+(?:mes|nos)\s+(?:propres\s+)?yeux\b|\bdevant\s+(?:moi|nous)\b|\bde\s+là\s+où\s+(?:je|j[’']|nous)|\b(?:depuis|de|sous|devant)\s+(?:ma|mon|mes|notre|nos)\s+(?:place|siège|fenêtres?|balcon|terrasse|poste|bureau|porte)\b|\A[\s«“]*(?:depuis|de)\s+(?:ma|mon|notre)\s+(?:position|emplacement|point\s+d[’']observation|poste\s+d[’']observation|point\s+de\s+vue)\s*,|\barrivée?s?\s+sur\s+(?:place|les\s+lieux)\b|\bon\s+(?:voyait|entendait|apercevait|distinguait)\b|\bmoi-même\s+sur\s+place\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPerception();

    // A posture of the scene before the narrator: « Assis à deux pas du ministre sur le plateau, j’ai noté… »,
    // « Debout contre la barrière, nous… ». The posture alone places the narrator, whatever the place.
    [GeneratedRegex(@"\A[\s«“""]*(?:assise?s?|debout|installée?s?|postée?s?|accoudée?s?|juchée?s?|accroupie?s?|agenouillée?s?|adossée?s?)\s+(?:à|au|aux|dans|sur|devant|derrière|près|parmi|en|contre|face)\b[^.;!?]{0,80}?,\s*(?:je\b|j[’']|nous\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPosture();

    // Getting to see, enter or handle something, which only one on the spot can: « J’ai pu examiner au
    // microscope… », « J’ai pu pénétrer dans la grotte », « J’ai eu l’occasion d’assister à… ».
    [GeneratedRegex(@"\b(?:j[’']\s*ai|j[’']\s*avais|nous\s+avons|nous\s+avions)\s+(?:(?:moi-même|nous-mêmes|personnellement|aussi|également|même|enfin|ensuite)\s+)?(?:pu\s+|eu\s+l[’']occasion\s+d(?:e\s+|[’']\s*))(?:(?:moi-même|nous-mêmes|personnellement|aussi|également|même|enfin)\s+)?(?:examiner|pénétrer|toucher|visiter|entrer|approcher|accéder|descendre|monter|rencontrer|interroger|tenir|manipuler|goûter|sentir|parcourir|suivre|assister|voir|observer|filmer|photographier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchAccess();

    // The narrator's hands and ears on the scene, and its movements through it: « tenu entre mes mains », « j’ai
    // recueilli le récit de… », « j’ai moi-même recueilli, à la frontière, le récit… », « pour avoir assisté à… », « nous y serons », « nous sommes arrivés devant
    // l’immeuble », « où nous sommes descendus », « où je me trouve ce matin », « je croise des salariés »,
    // « nous passions dans cette rue », « des voisins m’ont raconté », « ils nous ont montré ».
    [GeneratedRegex(@"\b(?:tenu|eu|pris|gardé)\s+(?:entre|dans)\s+(?:mes|nos|les)\s+(?:propres\s+)?(?:mains|doigts|bras)\b|\brecueilli[es]*(?:\s+(?:moi-même|nous-mêmes))?(?:\s*,[^,.;!?«»]{1,60},)?\s+(?:le|les|leurs?|son|ses|un|des)\s+(?:récits?|témoignages?|confidences)\b|\bpour\s+(?:y\s+)?avoir\s+(?:moi-même\s+|nous-mêmes\s+)?(?:assisté|vu|suivi|été\s+(?:présente?s?|sur\s+place|là)|visité|couvert|parcouru|entendu)\b|\b(?:j[’']\s*y\s+serai|nous\s+y\s+serons)\b|\b(?:je\s+suis|nous\s+sommes|j[’']\s*étais|nous\s+étions)\s+(?:arrivée?s?|entrée?s?|descendue?s?|passée?s?|allée?s?|montée?s?|retournée?s?)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:devant|dans|sur\s+(?:place|les\s+lieux)|près\s+d|jusqu)|\boù\s+(?:je\s+suis|nous\s+sommes)\s+(?:arrivée?s?|entrée?s?|descendue?s?|passée?s?|allée?s?|montée?s?)\b|\boù\s+(?:je\s+me\s+trouve|nous\s+nous\s+trouvons)\b|\b(?:je\s+me\s+trouve|nous\s+nous\s+trouvons)\s+(?:ce\s+(?:matin|soir)|actuellement|en\s+ce\s+moment|sur\s+place|ici|devant|au\s+milieu)\b|\b(?:je|nous)\s+(?:les\s+|l[’']\s*)?(?:croise|croisons|aperçois|apercevons)\b|\b(?:je|nous)\s+(?:passais|passions|marchais|marchions|roulais|roulions|circulais|circulions|pédalais|pédalions|avançais|avancions|patientais|patientions)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:dans|devant|sur|par|près|au|aux|le\s+long|parmi)\b|\b(?:m[’']\s*(?:en\s+|y\s+)?|me\s+l[’']\s*|me\s+les\s+)(?:ont|a|avaient|avait)\s+(?:(?:longuement|aussi|également|alors|ensuite|même|d[’']abord|lui-même|elle-même)\s+)?(?:raconté|confié|décrit|montré|présenté|tendu|expliqué|dit|assuré|répété|glissé|précisé|avoué|indiqué|soufflé|fait\s+(?:visiter|découvrir|observer|remarquer|voir|entendre|goûter|le\s+tour))\b|\b(?:me|m[’'])\s*(?:l[’']\s*)?(?:confie|confiait|explique|expliquait|raconte|racontait|montre|montrait|glisse|glissait|fait\s+(?:visiter|observer|remarquer))\b|\bnous\s+(?:en\s+)?(?:ont|a|avaient|avait)\s+(?:(?:longuement|aussi|également|alors|ensuite|même)\s+)?(?:montré|présenté|fait\s+visiter|fait\s+découvrir|fait\s+entrer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchHandling();

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
    [GeneratedRegex(@"\bprésente?s?\s+(?:[\p{L}’'-]+\s+){0,3}?(?:dans|à|au|aux|sur|lors|devant|parmi)\b|\bayant\s+(?:pu\s+)?(?:assisté|vu|suivi|visité|couvert|passé|parcouru|entendu|été\s+(?:présente?s?|témoins?|sur\s+place))\b|\ben\s+(?:me|nous)\s+(?:rendant|promenant|approchant|trouvant)\b|\b(?:quand|lorsque|lorsqu[’']|dès\s+que|au\s+moment\s+où)\s*(?:je|j[’']|nous)\s*(?:suis|sommes|étais|étions)\s+(?:arrivée?s?|passée?s?|entrée?s?|sortie?s?|allée?s?|venue?s?|montée?s?|descendue?s?)\b|\bà\s+(?:mon|notre)\s+arrivée\b|\blors\s+de\s+(?:mon|notre)\s+(?:passage|visite|arrivée|séjour|reportage|venue)\b|\b(?:j[’']\s*ai|nous\s+avons)\s+passé\s+(?:toute\s+)?(?:la|l[’']|une|plusieurs|deux|trois|quelques)\s*(?:\p{L}+\s+)?(?:matinée|journée|soirée|nuit|après-midi|heures?|jours?|semaine)\b|\b(?:j[’']\s*ai|nous\s+avons)\s+(?:(?:personnellement|moi-même|nous-mêmes|aussi|également|alors|ensuite|d[’']abord|encore|déjà|tous|toutes|bien|clairement|nettement|même|souvent|longtemps|\p{Ll}{3,}ment)\s+){0,2}senti\s+(?:le|la|les|l[’']|un|une|des)\b|\b(?:depuis|de)\s+la\s+tribune\s+de\s+presse\b|\b(?:je\s+me\s+suis|nous\s+nous\s+sommes)\s+(?:\p{L}+\s+)?(?:promenée?s?|approchée?s?|faufilée?s?|glissée?s?|postée?s?|arrêtée?s?|frayé)\b|\b(?:me|nous)\s+(?:frayer|faufiler)\s+(?:un\s+(?:chemin|passage)\s+)?(?:entre|parmi|à\s+travers|dans|au\s+milieu|jusqu)|\bau\s+milieu\s+de\s+la\s+foule\b|\bdans\s+(?:les\s+tribunes|la\s+tribune\s+de\s+presse|le\s+public|la\s+foule|le\s+prétoire|le\s+cortège|le\s+défilé|la\s+manifestation|le\s+rassemblement|la\s+procession|la\s+file\s+d[’']attente)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPresence();

    [GeneratedRegex(@"\b(?:I|we|(?:this|your)\s+(?:reporter|writer|correspondent))(?:\s+(?:personally|also|then|later|clearly|briefly|even|just|actually|first|once|still|all|both|myself|ourselves|finally|eventually))?(?:[’'](?:ve|d)|\s+(?:could|can|did|have|had|was\s+able\s+to|were\s+able\s+to|got\s+to))?(?:\s+(?:personally|also|then|later|clearly|briefly|even|just|actually|first|once|still|all|both|myself|ourselves|finally|eventually))?\s+(?:saw|seen|see(?!\s+(?:no|little|nothing|any|why|how|it\s+as)\b)|watched|watch|heard|hear|observed|witnessed|noticed|spotted|glimpsed|attended|listened|stood|sat|made\s+out|make\s+out|left\s+the|arrived|visited|toured|drove|walked|counted|filmed|photographed|met(?!\s+(?:with\s+)?(?-i:\p{Lu}))|looked\s+on)\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:already|still|also|right|just|again|once\s+again|all)\s+)?(?:present|there|on|in|at|among|outside|inside|standing|sitting|watching)\b|\b(?:I|we)\s+(?:was|were)\s+(?:given|shown|allowed|invited|taken|granted|escorted|led|let)\s+(?:a\s+|an\s+|the\s+)?(?:\p{L}+\s+)?(?:preview|tour|look|glimpse|access|into|inside|in|around|through|behind)\b|\b(?:when|as|after|once|by\s+the\s+time|before)\s+(?:I|we)\s+(?:first\s+)?(?:reached|arrived|got\s+to|got\s+there|visited|drove|walked|passed|entered|came\s+(?:to|through|past)|stopped)\b|\b(?:I|we)(?:\s+(?:have|had)|[’'](?:ve|d))?\s+spent\s+(?:the|a|an|several|two|three|most\s+of\s+the|much\s+of\s+the|all|part\s+of\s+the)\s+(?:\p{L}+\s+)?(?:morning|afternoon|evening|night|day|days|hours?|week|weekend)\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:lucky|fortunate|privileged|able|allowed|invited|permitted)\s+(?:enough\s+)?|given\s+the\s+(?:chance|opportunity)\s+)to\s+(?:see|watch|look|hear|visit|tour|attend|witness|observe|peer|step|walk|stand|sit)\b|\bhaving\s+(?:just\s+|personally\s+|myself\s+|also\s+)?\p{Ll}+(?:ed|en|wn|ne|ung|ove)\s+(?:the|a|an|this|that|these|those|its|their)\s+(?:\p{L}+\s+)?(?:site|scene|area|spot|room|hall|chamber|venue|camp|ward|wreck|reef|field|farm|village|town|streets?|building|plant|road|border|front\s+line|crossing|market|museum|exhibition|match|ceremony|courtroom|hearing|rally|protest|march|route|course|trail|slopes?|coast|island|estuary|river|lake)\b[^.;!?]{0,80},\s+(?:I|we)\b|\bwhere\s+(?:I|we)\s+(?:was|were|stood|sat|spent|watched)\b|\b(?:made|make|making|pushed|push|pushing|elbowed|squeezed|threaded|wound|fought|picked|inched|wove|weaved|jostled)\s+(?:my|our)\s+way\s+(?:through|past|between|among|along|across|around)\b|\b(?:with\s+my\s+own\s+eyes|for\s+myself|from\s+(?:my|our)\s+(?:seat|vantage\s+point|window|balcony|desk|position)|on\s+my\s+balcony|as\s+I\s+write|before\s+my\s+(?:very\s+)?eyes|in\s+front\s+of\s+me|from\s+where\s+I)\b|\b(?:driving|walking|standing|snorkell?ing|diving|sitting|arriving|flying|attending|watching|visiting|touring|covering|waiting|queu(?:e)?ing|travell?ing|riding|cycling|wandering|strolling|peering|having\s+(?:just\s+|personally\s+)?(?:attended|witnessed|seen|watched|been|visited|toured|covered|spent|stood|sat|walked|driven|travell?ed|arrived|heard)|after\s+(?:attending|visiting|watching|touring|covering|arriving)|present\s+(?:at|in|for))\b[^,.;!?]{0,80},\s+(?:I|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPerception();

    // The narrator inside a group: "Those of us in the public gallery heard…", "Several of us watched…".
    [GeneratedRegex(@"\b(?:those|some|several|many|most|all|few|two|three|four|a\s+few|a\s+handful)\s+of\s+us\b[^.,;:!?“”""]{0,60}?\b(?:saw|watched|heard|witnessed|noticed|spotted|glimpsed|listened|stood|sat|counted|filmed|could\s+(?:see|hear|make\s+out)|were\s+(?:present|there|standing|sitting|watching|in\s+tears))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishGroupPerception();

    [GeneratedRegex(@"\b(?:(?:myself|me|ourselves|us)\s+included|including\s+(?:me|myself|us|ourselves|this\s+reporter))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishIncluded();

    // The narrator among those who have been there: "Anyone who, like me, has been inside the laboratory…",
    // « Quiconque, comme moi, a visité le site… ».
    [GeneratedRegex(@"\blike\s+(?:me|us|myself|ourselves)\s*,?\s+(?:has|have|had)\s+(?:ever\s+|already\s+|once\s+)?(?:been|visited|seen|stood|walked|watched|toured|attended)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishLikeMe();

    [GeneratedRegex(@"\bcomme\s+(?:moi|nous)\s*,?\s+(?:a|ont|avait|avaient)\s+(?:déjà\s+|un\s+jour\s+)?(?:visité|vu|parcouru|arpenté|foulé|assisté|suivi)\b|\bcomme\s+(?:moi|nous)\s*,?\s+(?:s[’']\s*est|se\s+sont)\s+(?:déjà\s+)?(?:rendue?s?|trouvée?s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchLikeMe();

    // A place of the scene, where "myself included" puts the narrator.
    [GeneratedRegex(@"\b(?:in|from|inside|outside|at|among)\s+the\s+(?:(?:public|press|packed|crowded)\s+)?(?:gallery|galleries|press\s+(?:box|bench|area|pen)|stands|terraces|crowd|audience|courtroom|chamber|hall|room|front\s+row|scene|square|queue|line)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPlace();

    // Going, testing or joining in person, the self stressed ("I travelled to Kharkiv myself", "When we tested the site
    // ourselves", "We have been to Ust-Luga ourselves"), a place or call the narrator joined or passed ("which I passed
    // on Saturday", "I joined the video call from Seoul"), being there to come ("I will be on the square at 9:30 to
    // watch…"), and words said "to me in person".
    [GeneratedRegex(@"\b(?:I|we)\s+(?:have\s+|had\s+)?(?:travell?ed|went|been|drove|flew|walked|headed|returned|tested|tried|checked|visited|counted|inspected|toured)\b[^.;!?“”""]{0,60}?\b(?:myself|ourselves)\b|\b(?:which|that|where)\s+(?:I|we)\s+(?:had\s+)?(?:joined|passed|visited|toured|(?:drove|walked)\s+(?:past|through))\b|\b(?:where|to\s+which)\s+(?:I|we)\s+(?:had\s+)?(?:been|was|were)\s+invited\b|\b(?:I|we|and)\s+(?:was|were)\s+(?:seated|sitting|standing)\s+(?:only\s+|just\s+)?(?:a\s+few|two|three|several|some)\s+(?:rows|metres|meters|feet|yards|seats)\b|\b(?:I|we)\s+(?:also\s+|then\s+)?joined\s+(?:the|a|this|that)\s+(?:video\s+|online\s+)?(?:call|link|briefing|session|stream|conference\s+call)\b|\b(?:I|we)\s+(?:will|shall|[’']ll)\s+be\s+(?:there|on\s+the\s+(?:square|ground|spot)|at\s+the\s+[\p{L}\s-]{1,30}?|in\s+\p{Lu}[\p{L}-]+)\b[^.;!?“”""]{0,60}?\bto\s+(?:watch|see|cover|follow)\b|\b(?:to|with)\s+(?:me|us)\s+in\s+person\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOnTheSpot();

    // Sur place en personne : un habitant joint par téléphone, une soirée passée sur la place, être parmi eux demain (« Je
    // serai moi-même parmi eux dimanche »), un instrument qu’on nous a laissé utiliser, des salariés rencontrés qui
    // nous ont confié leur lassitude.
    [GeneratedRegex(@"\b(?:j[’']\s*ai|j[’']\s*avais|nous\s+avons|nous\s+avions)\s+(?:pu\s+)?(?:joindre|joint|contacté)\s+(?:[^.;!?«»]{0,30}?\s)?par\s+téléphone\b|\b(?:où|là\s+où)\s+(?:j[’']\s*ai|nous\s+avons)\s+passé\s+(?:une\s+(?:bonne\s+)?partie\s+de\s+|toute\s+)?(?:la|une|l[’'])\s*(?:soirée|journée|nuit|matinée|après-midi)\b|\b(?:je\s+serai|nous\s+serons)\s+(?:moi-même\s+|nous-mêmes\s+)?(?:parmi\s+(?:eux|elles|les)|sur\s+place|présente?s?\b|là-bas|aux\s+premières\s+loges)|(?:\bnous|\bm[’'])\s*(?:a|ont|avait|avaient)\s+laissée?s?\s+(?:utiliser|manipuler|examiner|consulter|toucher|voir|entrer|visiter|approcher|observer|regarder|feuilleter|filmer|photographier)\b|\b(?:rencontrée?s?|croisée?s?)\b[^.;!?«»]{0,80}?\b(?:nous|m[’'])\s*(?:ont|a)\s+(?:confié|raconté|expliqué|décrit|montré)\b|\b(?:avec\s+)?(?:lequel|laquelle|lesquels|lesquelles|qui)\s+(?:je\s+me\s+suis|nous\s+nous\s+sommes)\s+entretenue?s?\b|\b(?:où|auquel|à\s+laquelle)\s+(?:j[’']\s*avais|j[’']\s*ai|nous\s+avions|nous\s+avons)\s+été\s+invitée?s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOnTheSpot();

    // The narrator received, briefed or led through a place by someone of the scene, the first person only as the
    // object: "A Kremlin aide who briefed us afterwards…", "Officials took me to the site…", "Speaking to me by the depot
    // gates, one of the drivers…", "they gave us a tour of the plant", "I spoke to him afterwards in the lobby" (the person
    // just quoted: the narrator's meeting, not the speaker's deed). Past forms and the participle of a meeting.
    [GeneratedRegex(@"\bbriefed\s+(?:me|us)\s+(?:afterwards|later|shortly|privately|on\s+the\s+spot|(?:in|at|outside|inside|behind|by)\s+(?:the|a|his|her|their)\b)|\b(?:received|hosted)\s+(?:me|us)\s+(?:in|at)\s+(?:the|a|his|her|their)\b|\b(?:I|we)\s+(?:later\s+|briefly\s+|then\s+)?(?:spoke|talked|chatted)\s+(?:to|with)\s+(?:him|her|them)\s+(?:afterwards|later|briefly|after\s+the|outside|inside|in\s+the|at\s+the|by\s+the|on\s+the\s+sidelines)\b|\b(?:took|drove|led|walked|brought|flew|ferried|showed)\s+(?:me|us)\s+(?:to|round|around|through|along|across|into|inside|over|down|up|past)\b|\b(?:gave|offered)\s+(?:me|us)\s+a\s+(?:(?:brief|short|guided|quick|full)\s+)?tour\b|\b(?:speaking|talking|chatting)\s+(?:to|with)\s+(?:me|us)\s+(?:by|at|in|outside|inside|near|on|from|beside|after|before|during)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishLedInPerson();

    // Something handed, given out or shown to the narrator on the spot, or the narrator held back or waiting there:
    // « le tract que des salariés m’ont remis », « le dossier nous a enfin été distribué », « les clichés que l’on m’a
    // présentés à Saint-Pétersbourg », « il m’a fallu deux heures pour atteindre la chapelle ». Not « nous a montré
    // que » (a lesson, not a scene).
    [GeneratedRegex(@"\b(?:m[’']|nous)\s*(?:ont|a|avait|avaient)\s+(?:(?:aussi|également|enfin|alors|ensuite|finalement|personnellement|d[’']abord|discrètement)\s+)?(?:été\s+)?(?:remise?s?|tendue?s?|distribuée?s?|présentée?s?|montrée?s?(?!\s+(?:que|qu[’'])))\b|\bil\s+(?:m[’']|nous)\s*(?:a|avait)\s+fallu\s+[^.;!?«»]{0,40}?\bpour\s+(?:atteindre|rejoindre|arriver|entrer|accéder|traverser|franchir|approcher)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchHandedOver();

    // The English side: "a printed copy was handed to me by a Kremlin aide", "we were handed the readout", "the
    // readout reached the few of us still waiting in the press room", "we were kept behind a cordon outside".
    [GeneratedRegex(@"\b(?:was|were)\s+(?:(?:quietly|finally|later|then|also|personally)\s+)?(?:handed|given|passed|shown|read\s+out)\s+to\s+(?:me|us)\b|\b(?:I|we)\s+(?:was|were)\s+(?:(?:finally|later|then|also)\s+)?(?:handed|given|shown|passed)\s+(?:a|an|the|copies|some|printed)\b|\b(?:the\s+(?:few|handful|rest|last|dozen)\s+of\s+us|those\s+of\s+us)\s+(?:still\s+)?(?:waiting|standing|queuing|queueing|gathered|crammed|left)\b|\b(?:I|we)\s+(?:was|were)\s+(?:kept|held|penned|corralled|made\s+to\s+wait|left\s+waiting)\s+(?:(?:for\s+\p{L}+\s+\p{L}+\s+)?(?:behind|outside|at|in|near|by|inside|beyond))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishHandedOver();

    // Le narrateur reçu, accueilli, conduit sur place, à la première personne en complément seulement : « Ana Pastor
    // m’avait reçu dans sa loge », « où l’on nous a accueillis », « des gardes nous ont conduits jusqu’au bunker ».
    [GeneratedRegex(@"\b(?:m[’']|nous)\s*(?:ont|a|avait|avaient|aurait)\s+(?:(?:chaleureusement|longuement|aussi|également|alors|ensuite|même|d[’']abord|personnellement)\s+)?(?:reçue?s?|accueillie?s?|guidée?s?|conduite?s?|emmenée?s?|escortée?s?|accompagnée?s?|introduite?s?|fait\s+faire\s+le\s+tour)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchReceived();
}
