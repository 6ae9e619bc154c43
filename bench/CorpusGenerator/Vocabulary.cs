namespace RulesSdk.Bench.CorpusGenerator;

internal sealed record Person(string Full, string Surname, string RoleFr, string RoleEn);

/// <summary>
/// The material of one language: headlines, ordinary news sentences (including legitimately
/// quoted first person), and the persona-leak artifacts the built-in packs look for.
/// Placeholders: {P} full name, {S} surname, {R} role, {C} country, {V} city, {O} organisation,
/// {T} topic, {D} day, {N} number, {Q} small number, {M} month, {Z} Zelensky's first name (mostly right),
/// {X} a broken-sentence pair ("civils. infrastructures").
/// </summary>
internal sealed class Vocabulary
{
    public required string Language { get; init; }

    public required string[] Headlines { get; init; }

    public required string[] Sentences { get; init; }

    public required string[] Countries { get; init; }

    public required string[] Cities { get; init; }

    public required string[] Organisations { get; init; }

    public required string[] Topics { get; init; }

    public required string[] Days { get; init; }

    public required string[] Months { get; init; }

    public required string[] BrokenPairs { get; init; }

    public required string[] OpinionParagraphs { get; init; }

    public required string[] LeadIns { get; init; }

    public required string[] Clauses { get; init; }

    public required string[] FirstPersonSpeaker { get; init; }

    public required string[] Witness { get; init; }

    public required string[] Assistant { get; init; }

    public required string[] BrokenSentence { get; init; }

    public required string[] WrongNameSentences { get; init; }

    public required string[] TrailingMetadata { get; init; }

    public static readonly Person[] People =
    [
        new("Jens Stoltenberg", "Stoltenberg", "secrétaire général de l’OTAN", "NATO Secretary General"),
        new("Dmitri Peskov", "Peskov", "porte-parole du Kremlin", "Kremlin spokesman"),
        new("Christine Lagarde", "Lagarde", "présidente de la BCE", "President of the ECB"),
        new("Ursula von der Leyen", "von der Leyen", "présidente de la Commission européenne", "President of the European Commission"),
        new("Antony Blinken", "Blinken", "secrétaire d’État américain", "US Secretary of State"),
        new("Olaf Scholz", "Scholz", "chancelier allemand", "German Chancellor"),
        new("Anne Hidalgo", "Hidalgo", "maire de Paris", "Mayor of Paris"),
        new("Sadiq Khan", "Khan", "maire de Londres", "Mayor of London"),
        new("Giorgia Meloni", "Meloni", "présidente du Conseil italien", "Italian Prime Minister"),
        new("Pedro Sánchez", "Sánchez", "chef du gouvernement espagnol", "Spanish Prime Minister"),
        new("Mark Rutte", "Rutte", "Premier ministre néerlandais", "Dutch Prime Minister"),
        new("Élise Carron", "Carron", "procureure de la République de Rennes", "Rennes public prosecutor"),
        new("Didier Deschamps", "Deschamps", "sélectionneur de l’équipe de France", "France head coach"),
        new("Gina Raimondo", "Raimondo", "secrétaire américaine au Commerce", "US Commerce Secretary"),
        new("António Guterres", "Guterres", "secrétaire général de l’ONU", "UN Secretary-General"),
        new("Kaja Kallas", "Kallas", "Première ministre estonienne", "Estonian Prime Minister"),
        new("Daniel Okafor", "Okafor", "maire de Brookfield", "Mayor of Brookfield"),
        new("Ruth Abernathy", "Abernathy", "conseillère municipale", "city councillor"),
    ];

    public static readonly Vocabulary French = new()
    {
        Language = "fr",
        Countries = ["la France", "l’Allemagne", "l’Ukraine", "la Pologne", "l’Italie", "l’Espagne", "la Norvège", "la Finlande", "le Royaume-Uni", "les États-Unis", "la Belgique", "le Canada"],
        Cities = ["Paris", "Bruxelles", "Berlin", "Kharkiv", "Varsovie", "Rome", "Madrid", "Oslo", "Helsinki", "Londres", "Genève", "Lyon", "Marseille", "Rennes", "Bordeaux"],
        Organisations = ["l’OTAN", "la Commission européenne", "l’ONU", "la BCE", "la Banque mondiale", "l’OMS", "le ministère des Affaires étrangères", "la préfecture", "le Kremlin", "la Maison Blanche"],
        Topics = ["l’aide militaire à l’Ukraine", "la réforme des retraites", "la transition énergétique", "la sécurité alimentaire", "le budget de la défense", "la politique migratoire", "la lutte contre l’inflation", "le prix de l’électricité", "la protection des données", "l’accès aux soins"],
        Days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre", "décembre"],
        BrokenPairs = ["civils. infrastructures", "villes. assiégées", "énergétiques. civiles", "banlieue. contraints", "vignoble. exposé", "frontières. régionales"],
        Headlines =
        [
            "{C} annonce un plan de {N} millions d’euros pour {T}",
            "À {V}, {N} personnes évacuées après de violentes inondations",
            "{S} met en garde contre une escalade « incontrôlable »",
            "Des armes de fabrication américaine déjà utilisées dans des attaques contre la Russie – Moscou",
            "Sommet de {O} : accord de principe sur {T}",
            "{P} appelle à « ne rien lâcher » sur {T}",
            "Grève à {V} : un train sur deux circulera {D}",
            "Inflation : les prix ont augmenté de {Q},{N} % sur un an",
        ],
        Sentences =
        [
            "{P}, {R}, a déclaré {D} que {T} restait une priorité pour {C}.",
            "Selon {S}, les discussions avec {C} devraient reprendre dans les {Q} prochains jours.",
            "« Nous ne céderons pas à la pression », a affirmé {P} lors d’une conférence de presse à {V}.",
            "Les autorités de {V} ont annoncé {D} un plan de {N} millions d’euros destiné à {T}.",
            "Le porte-parole de {O} a confirmé que {N} personnes avaient été évacuées dans la région de {V}.",
            "{S} a toutefois averti que la situation pourrait se dégrader rapidement si aucun accord n’était trouvé.",
            "D’après un rapport publié {D} par {O}, {Q} % des personnes interrogées se disent inquiètes.",
            "Cette décision, a-t-il ajouté, « marque un tournant » pour {C}.",
            "Les ministres doivent se retrouver à {V} le {Q} {M} pour examiner {T}.",
            "Interrogé par les journalistes, {S} a refusé de commenter les informations parues dans la presse.",
            "« Je n’ai jamais dit que ce serait facile », a reconnu {P}, {R}.",
            "« J’ai plaidé pour cette aide dès le premier jour », a déclaré {S} devant les députés.",
            "L’opposition a dénoncé une mesure « inefficace et coûteuse », tandis que la majorité a salué un texte « équilibré ».",
            "Plus de {N} manifestants se sont rassemblés {D} devant le siège de {O} à {V}.",
            "Les marchés ont réagi avec prudence, l’indice de référence cédant {Q},{Q} % en clôture.",
            "Le texte doit encore être approuvé par le Parlement avant son entrée en vigueur, prévue en {M}.",
            "Le président ukrainien {Z} Zelensky a salué une décision « attendue depuis longtemps ».",
            "Un responsable de {O}, qui a requis l’anonymat, a indiqué que les négociations étaient « au point mort ».",
            "Auparavant, {O} avait confirmé que {C} avait autorisé l’utilisation de ces équipements près de la frontière.",
            "Contrairement aux spéculations des médias, aucune condition n’est attachée à cette autorisation.",
            "{P} a exhorté {C} à prendre des mesures plus décisives en faveur de {T}.",
            "« Moi, je n’ai jamais cessé d’y croire », a-t-il confié au micro des journalistes à {V}.",
            "La mesure concerne environ {N} foyers, selon les chiffres communiqués {D} par la préfecture.",
            "Les syndicats ont appelé à une nouvelle journée de mobilisation le {Q} {M}.",
            "M. {S} s’est dit « prêt au dialogue » mais a exclu tout recul sur {T}.",
            "Le Royaume-Uni, la France, la Pologne et l’Allemagne font partie des pays qui soutiennent ouvertement cette initiative.",
            "Les travaux, estimés à {N} millions d’euros, doivent débuter en {M} et durer environ {Q} mois.",
            "Dans un communiqué, {O} a « pris acte » de la décision et promis une réponse « proportionnée ».",
        ],
        OpinionParagraphs =
        [
            "En tant qu’observateur ayant une formation en relations internationales, je trouve cette situation alarmante et préoccupante. Je pense que l’escalade des tensions entre ces nations pourrait avoir de graves implications et j’estime que les dirigeants devraient peser chacun de leurs mots.",
            "Personnellement, je considère que cette décision est un signal d’espoir pour {C}. Je crois profondément qu’il fallait agir sur {T}, et je trouve admirable la ténacité dont ont fait preuve les élus de {V}.",
            "À mon avis, ce plan arrive à point nommé. Je crois que {C} a eu beaucoup de chance jusqu’ici, et je suis convaincu qu’il faudra tirer des leçons durables de cette crise.",
        ],
        LeadIns = ["Je suis ravi de partager que, ", "Je suis heureux de vous informer que ", "Je suis fier de rapporter que ", "Je suis ravie de partager que, "],
        Clauses =
        [
            "selon {P}, {R}, ce seul fait constitue une preuve suffisante du rôle de {O} dans le conflit.",
            "selon {O}, {N} personnes ont déjà bénéficié du dispositif à {V}.",
            "d’après {S}, les négociations sur {T} reprendront le {Q} {M}.",
        ],
        FirstPersonSpeaker =
        [
            "Moi, {P}, {R}, j’ai fortement plaidé pour que {C} accorde davantage de soutien à {T}.",
            "Moi, {P}, {R}, j’ai déclaré {D} que {T} restait la priorité absolue.",
            "Moi, {P}, {R}, j’ai averti que la situation à {V} pourrait se dégrader.",
            "Moi, {P}, {R}, j’ai souligné l’urgence de cette question devant {O}.",
        ],
        Witness =
        [
            "J’ai observé {S} faire valoir avec force que refuser cette aide désavantagerait considérablement {C}.",
            "J’ai vu {S} défendre ce projet devant les députés à {V}.",
            "J’ai entendu {S} affirmer que {T} ne serait pas sacrifié.",
        ],
        Assistant =
        [
            "Je suis un expert en paraphrase, pas seulement un assistant.",
            "En tant que modèle de langage, je ne peux pas vérifier ces chiffres de manière indépendante.",
            "Je suis une intelligence artificielle et je n’ai pas accès aux données en temps réel.",
        ],
        BrokenSentence =
        [
            "Des armes étaient déployées contre ses {X} et zones résidentielles.",
            "Les frappes ont visé des cibles {X} selon {O}.",
        ],
        WrongNameSentences =
        [
            "Le président ukrainien Vladimir Zelensky a exprimé son mécontentement à l’idée de recevoir cette autorisation.",
            "Vladimir Zelensky a demandé l’autorisation d’utiliser des missiles contre des cibles plus profondes.",
        ],
        TrailingMetadata = ["{Y}-{MM}-{DD} {hh}:{mm}"],
    };

    public static readonly Vocabulary English = new()
    {
        Language = "en",
        Countries = ["France", "Germany", "Ukraine", "Poland", "Italy", "Spain", "Norway", "Finland", "the United Kingdom", "the United States", "Belgium", "Canada"],
        Cities = ["Paris", "Brussels", "Berlin", "Kharkiv", "Warsaw", "Rome", "Madrid", "Oslo", "Helsinki", "London", "Geneva", "Manchester", "Chicago", "Toronto", "Brookfield"],
        Organisations = ["NATO", "the European Commission", "the United Nations", "the ECB", "the World Bank", "the WHO", "the Foreign Office", "the city council", "the Kremlin", "the White House"],
        Topics = ["military aid to Ukraine", "pension reform", "the energy transition", "food security", "the defence budget", "migration policy", "the fight against inflation", "electricity prices", "data protection", "access to healthcare"],
        Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        Months = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November", "December"],
        BrokenPairs = ["civilian. infrastructure", "orderly. way", "personal. accounts", "global. markets", "busiest. part", "services. sector"],
        Headlines =
        [
            "{C} unveils {N} million euro plan for {T}",
            "{N} people evacuated in {V} after severe flooding",
            "{S} warns of 'uncontrollable' escalation",
            "US-made weapons already used in attacks on Russia, Moscow says",
            "{O} summit reaches outline deal on {T}",
            "{P} urges allies not to give up on {T}",
            "Rail strike in {V}: one train in two to run on {D}",
            "Inflation: prices up {Q}.{N}% year on year",
        ],
        Sentences =
        [
            "{P}, {R}, said on {D} that {T} remained a priority for {C}.",
            "According to {S}, talks with {C} should resume within {Q} days.",
            "\"We will not give in to pressure,\" {P} told a news conference in {V}.",
            "Authorities in {V} announced a {N} million euro plan on {D} to fund {T}.",
            "A spokesperson for {O} confirmed that {N} people had been evacuated from the {V} area.",
            "{S} warned, however, that the situation could deteriorate quickly if no agreement was reached.",
            "A report published on {D} by {O} found that {Q}% of respondents were worried.",
            "The decision, he added, \"marks a turning point\" for {C}.",
            "Ministers are due to meet in {V} on {M} {Q} to discuss {T}.",
            "Asked by reporters, {S} declined to comment on the press reports.",
            "\"I never said it would be easy,\" {P}, {R}, acknowledged.",
            "\"I have argued for this aid from day one,\" {S} told lawmakers.",
            "The opposition called the measure \"ineffective and costly\", while the majority welcomed a \"balanced\" text.",
            "More than {N} protesters gathered outside the offices of {O} in {V} on {D}.",
            "Markets reacted cautiously, with the benchmark index closing {Q}.{Q}% lower.",
            "The bill must still be approved by parliament before it takes effect in {M}.",
            "Ukrainian President {Z} Zelensky welcomed a decision \"long overdue\".",
            "An official at {O}, who asked not to be named, said negotiations had \"stalled\".",
            "Earlier, {O} had confirmed that {C} had authorised the use of the equipment near the border.",
            "Contrary to media speculation, no conditions are attached to the authorisation.",
            "{P} urged {C} to take more decisive steps on {T}.",
            "\"I watched the ball all the way in,\" the striker told reporters in {V}.",
            "The measure affects about {N} households, according to figures released on {D}.",
            "Unions called for another day of action on {M} {Q}.",
            "Mr. {S} said he was \"open to dialogue\" but ruled out any retreat on {T}.",
            "The United Kingdom, France, Poland and Germany are among the countries that openly back the initiative.",
            "The works, estimated at {N} million dollars, are due to start in {M} and last about {Q} months.",
            "In a statement, {O} said it had \"taken note\" of the decision and promised a \"proportionate\" response.",
        ],
        OpinionParagraphs =
        [
            "As someone who has followed European security debates for two decades, I find this shift both remarkable and deeply unsettling. In my view, each new permission narrows the space for diplomacy, and I worry that governments are taking these decisions one at a time.",
            "Personally, I think the government has been far too slow to respond on {T}, and I believe the people of {V} deserve better than yet another consultation. It seems to me that every crisis is treated as a surprise.",
            "In my view, this plan is a sensible decision, and I think the critics underestimate how much it matters to {C}. I also feel that {O} deserves credit, and I hope this keeps things that way.",
        ],
        LeadIns = ["I am delighted to share that, ", "I’m pleased to report that, ", "I am proud to share that ", "I'm excited to tell you that "],
        Clauses =
        [
            "according to {P}, {R}, this fact alone is sufficient proof of the role of {O} in the conflict.",
            "according to {O}, {N} people have already benefited from the scheme in {V}.",
            "according to {S}, talks on {T} will resume on {M} {Q}.",
        ],
        FirstPersonSpeaker =
        [
            "I, {P}, {R}, have strongly argued that {C} should give more support to {T}.",
            "I, {P}, {R}, told ministers on {D} that {T} remained the top priority.",
            "I, {P}, {R}, warned that the situation in {V} could deteriorate.",
            "I, {P}, {R}, have repeatedly insisted on the urgency of this question before {O}.",
        ],
        Witness =
        [
            "I watched {S} argue forcefully that refusing this aid would put {C} at a considerable disadvantage.",
            "I saw {S} defend the project before lawmakers in {V}.",
            "I heard {S} insist that {T} would not be sacrificed.",
        ],
        Assistant =
        [
            "I'm an expert paraphraser, not just an assistant.",
            "As an AI language model, I cannot verify the figures reported in this article.",
            "I am an AI assistant, and I have reworded this report to make it easier to read.",
        ],
        BrokenSentence =
        [
            "Weapons were being deployed against its {X} and residential areas.",
            "The strikes hit targets in the {X}, according to {O}.",
        ],
        WrongNameSentences =
        [
            "Ukrainian President Vladimir Zelensky expressed his displeasure at receiving the authorisation.",
            "Vladimir Zelensky asked for permission to use missiles against targets deeper inside Russia.",
        ],
        TrailingMetadata = ["{Y}-{MM}-{DD} {hh}:{mm}"],
    };
}
