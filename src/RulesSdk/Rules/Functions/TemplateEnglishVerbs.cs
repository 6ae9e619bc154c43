using System.Collections.Frozen;

namespace RulesSdk.Rules;

/// <summary>
/// English inflection behind <see cref="TemplateFunctions"/>. Every method works on lookup keys (lower case,
/// straight apostrophes); <see cref="TemplateWordText"/> restores the caller's spelling conventions.
/// Spelling follows British news style where the two differ (travelled, cancelled).
/// </summary>
internal static class TemplateEnglishVerbs
{
    // Forms after "I" whose third person is not the regular -s/-es/-ies: the verb "be", "have", and the
    // contractions that carry them.
    private static readonly FrozenDictionary<string, string> ThirdPersonIrregulars = new Dictionary<string, string>
    {
        ["am"] = "is",
        ["are"] = "is",
        ["be"] = "is",
        ["'m"] = "'s",
        ["have"] = "has",
        ["'ve"] = "'s",
        ["do"] = "does",
        ["go"] = "goes",
        ["don't"] = "doesn't",
        ["haven't"] = "hasn't",
        ["aren't"] = "isn't",
        ["amn't"] = "isn't",
        ["quiz"] = "quizzes",
        ["whiz"] = "whizzes",
        ["stomach"] = "stomachs",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Modals have no third-person ending and (must, ought) no past of their own: "cans", "musted" are never right.
    private static readonly FrozenSet<string> Modals = new[]
    {
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "ought", "cannot",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Forms that are already third person singular, so ThirdPerson must not add another -s ("iss", "hases").
    private static readonly FrozenSet<string> AlreadyThirdPerson = new[]
    {
        "is", "has", "does", "goes", "says",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Simple past of irregular verbs (and of the few regular verbs with a spelling change: panic → panicked).
    // Also covers present forms of "be"/"have"/"do", modals and contracted negatives, which have a past of their own.
    private static readonly FrozenDictionary<string, string> PastIrregulars = new Dictionary<string, string>
    {
        ["am"] = "was", ["is"] = "was", ["are"] = "were", ["be"] = "was", ["has"] = "had", ["have"] = "had",
        ["does"] = "did", ["do"] = "did",
        ["can"] = "could", ["will"] = "would", ["shall"] = "should", ["may"] = "might", ["cannot"] = "could not",
        ["don't"] = "didn't", ["doesn't"] = "didn't", ["can't"] = "couldn't", ["won't"] = "wouldn't",
        ["isn't"] = "wasn't", ["aren't"] = "weren't", ["haven't"] = "hadn't", ["hasn't"] = "hadn't",
        ["panic"] = "panicked", ["picnic"] = "picnicked", ["mimic"] = "mimicked", ["traffic"] = "trafficked",
        ["frolic"] = "frolicked",
        ["arise"] = "arose", ["awake"] = "awoke", ["babysit"] = "babysat", ["bear"] = "bore", ["beat"] = "beat",
        ["become"] = "became", ["befall"] = "befell", ["begin"] = "began", ["behold"] = "beheld", ["bend"] = "bent",
        ["beset"] = "beset", ["bet"] = "bet", ["bid"] = "bid", ["bind"] = "bound", ["bite"] = "bit",
        ["bleed"] = "bled", ["blow"] = "blew", ["break"] = "broke", ["breed"] = "bred", ["bring"] = "brought",
        ["broadcast"] = "broadcast", ["browbeat"] = "browbeat", ["build"] = "built", ["burst"] = "burst",
        ["buy"] = "bought", ["cast"] = "cast", ["catch"] = "caught", ["choose"] = "chose", ["cling"] = "clung",
        ["come"] = "came", ["cost"] = "cost", ["creep"] = "crept", ["cut"] = "cut", ["deal"] = "dealt",
        ["dig"] = "dug", ["draw"] = "drew", ["drink"] = "drank", ["drive"] = "drove", ["dwell"] = "dwelt",
        ["eat"] = "ate", ["fall"] = "fell", ["feed"] = "fed", ["feel"] = "felt", ["fight"] = "fought",
        ["find"] = "found", ["flee"] = "fled", ["fling"] = "flung", ["fly"] = "flew", ["forbid"] = "forbade",
        ["forecast"] = "forecast", ["foresee"] = "foresaw", ["foretell"] = "foretold", ["forget"] = "forgot",
        ["forgive"] = "forgave", ["forgo"] = "forwent", ["forsake"] = "forsook", ["freeze"] = "froze",
        ["get"] = "got", ["give"] = "gave", ["go"] = "went", ["grind"] = "ground", ["grow"] = "grew",
        ["hang"] = "hung", ["hear"] = "heard", ["hide"] = "hid", ["hit"] = "hit", ["hold"] = "held",
        ["hurt"] = "hurt", ["keep"] = "kept", ["kneel"] = "knelt", ["know"] = "knew", ["lay"] = "laid",
        ["lead"] = "led", ["leave"] = "left", ["lend"] = "lent", ["let"] = "let", ["light"] = "lit",
        ["lose"] = "lost", ["make"] = "made", ["mean"] = "meant", ["meet"] = "met", ["mishear"] = "misheard",
        ["mislay"] = "mislaid", ["mislead"] = "misled", ["misread"] = "misread", ["mistake"] = "mistook",
        ["misunderstand"] = "misunderstood", ["offset"] = "offset", ["outbid"] = "outbid", ["outdo"] = "outdid",
        ["outgrow"] = "outgrew", ["outrun"] = "outran", ["outsell"] = "outsold", ["outshine"] = "outshone",
        ["overcome"] = "overcame", ["overdo"] = "overdid", ["overdraw"] = "overdrew", ["overeat"] = "overate",
        ["overhang"] = "overhung", ["overhear"] = "overheard", ["overlay"] = "overlaid", ["overpay"] = "overpaid",
        ["override"] = "overrode", ["overrun"] = "overran", ["oversee"] = "oversaw", ["overshoot"] = "overshot",
        ["oversleep"] = "overslept", ["overspend"] = "overspent", ["overtake"] = "overtook",
        ["overthrow"] = "overthrew", ["partake"] = "partook", ["pay"] = "paid", ["prepay"] = "prepaid",
        ["proofread"] = "proofread", ["put"] = "put", ["quit"] = "quit", ["read"] = "read", ["rebuild"] = "rebuilt",
        ["recast"] = "recast", ["redo"] = "redid", ["remake"] = "remade", ["repay"] = "repaid", ["reread"] = "reread",
        ["rerun"] = "reran", ["resell"] = "resold", ["reset"] = "reset", ["retake"] = "retook", ["retell"] = "retold",
        ["rethink"] = "rethought", ["rewrite"] = "rewrote", ["rid"] = "rid", ["ride"] = "rode", ["ring"] = "rang",
        ["rise"] = "rose", ["run"] = "ran", ["say"] = "said", ["see"] = "saw", ["seek"] = "sought",
        ["sell"] = "sold", ["send"] = "sent", ["set"] = "set", ["shake"] = "shook", ["shed"] = "shed",
        ["shine"] = "shone", ["shoot"] = "shot", ["shrink"] = "shrank", ["shut"] = "shut", ["sing"] = "sang",
        ["sink"] = "sank", ["sit"] = "sat", ["slay"] = "slew", ["sleep"] = "slept", ["slide"] = "slid",
        ["sling"] = "slung", ["slink"] = "slunk", ["slit"] = "slit", ["smite"] = "smote", ["speak"] = "spoke",
        ["speed"] = "sped", ["spend"] = "spent", ["spin"] = "spun", ["spit"] = "spat", ["split"] = "split",
        ["spread"] = "spread", ["spring"] = "sprang", ["stand"] = "stood", ["steal"] = "stole", ["stick"] = "stuck",
        ["sting"] = "stung", ["stink"] = "stank", ["stride"] = "strode", ["strike"] = "struck",
        ["string"] = "strung", ["strive"] = "strove", ["sublet"] = "sublet", ["swear"] = "swore",
        ["sweep"] = "swept", ["swim"] = "swam", ["swing"] = "swung", ["take"] = "took", ["teach"] = "taught",
        ["tear"] = "tore", ["tell"] = "told", ["think"] = "thought", ["throw"] = "threw", ["thrust"] = "thrust",
        ["tread"] = "trod", ["unbind"] = "unbound", ["undercut"] = "undercut", ["undergo"] = "underwent",
        ["underpay"] = "underpaid", ["undersell"] = "undersold", ["understand"] = "understood",
        ["undertake"] = "undertook", ["underwrite"] = "underwrote", ["undo"] = "undid", ["unfreeze"] = "unfroze",
        ["unwind"] = "unwound", ["uphold"] = "upheld", ["upset"] = "upset", ["wake"] = "woke",
        ["waylay"] = "waylaid", ["wear"] = "wore", ["weave"] = "wove", ["weep"] = "wept", ["win"] = "won",
        ["wind"] = "wound", ["withdraw"] = "withdrew", ["withhold"] = "withheld", ["withstand"] = "withstood",
        ["wring"] = "wrung", ["write"] = "wrote",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Past participles that differ from the simple past (took/taken); every other verb's participle is its past.
    private static readonly FrozenDictionary<string, string> ParticipleIrregulars = new Dictionary<string, string>
    {
        ["am"] = "been", ["is"] = "been", ["are"] = "been", ["be"] = "been", ["do"] = "done", ["does"] = "done",
        ["go"] = "gone", ["arise"] = "arisen", ["awake"] = "awoken", ["bear"] = "borne", ["beat"] = "beaten",
        ["become"] = "become", ["befall"] = "befallen", ["begin"] = "begun", ["bite"] = "bitten",
        ["blow"] = "blown", ["break"] = "broken", ["browbeat"] = "browbeaten", ["choose"] = "chosen",
        ["come"] = "come", ["draw"] = "drawn", ["drink"] = "drunk", ["drive"] = "driven", ["eat"] = "eaten",
        ["fall"] = "fallen", ["fly"] = "flown", ["forbid"] = "forbidden", ["foresee"] = "foreseen",
        ["forget"] = "forgotten", ["forgive"] = "forgiven", ["forgo"] = "forgone", ["forsake"] = "forsaken",
        ["freeze"] = "frozen", ["give"] = "given", ["grow"] = "grown", ["hide"] = "hidden", ["know"] = "known",
        ["mistake"] = "mistaken", ["mow"] = "mown", ["outdo"] = "outdone", ["outgrow"] = "outgrown",
        ["outrun"] = "outrun", ["overcome"] = "overcome", ["overdo"] = "overdone", ["overdraw"] = "overdrawn",
        ["overeat"] = "overeaten", ["override"] = "overridden", ["overrun"] = "overrun", ["oversee"] = "overseen",
        ["overtake"] = "overtaken", ["overthrow"] = "overthrown", ["partake"] = "partaken", ["redo"] = "redone",
        ["rerun"] = "rerun", ["retake"] = "retaken", ["rewrite"] = "rewritten", ["ride"] = "ridden",
        ["ring"] = "rung", ["rise"] = "risen", ["run"] = "run", ["see"] = "seen", ["sew"] = "sewn",
        ["shake"] = "shaken", ["show"] = "shown", ["shrink"] = "shrunk", ["sing"] = "sung", ["sink"] = "sunk",
        ["slay"] = "slain", ["smite"] = "smitten", ["sow"] = "sown", ["speak"] = "spoken", ["spring"] = "sprung",
        ["steal"] = "stolen", ["stink"] = "stunk", ["stride"] = "stridden", ["strive"] = "striven",
        ["swear"] = "sworn", ["swell"] = "swollen", ["swim"] = "swum", ["take"] = "taken", ["tear"] = "torn",
        ["throw"] = "thrown", ["tread"] = "trodden", ["undergo"] = "undergone", ["undertake"] = "undertaken",
        ["underwrite"] = "underwritten", ["undo"] = "undone", ["unfreeze"] = "unfrozen", ["wake"] = "woken",
        ["wear"] = "worn", ["weave"] = "woven", ["withdraw"] = "withdrawn", ["write"] = "written",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Irregular past and participle forms that are not also base forms (said, took, taken): they are already
    // past, so ThirdPerson leaves them alone and SimplePast returns them as they are.
    private static readonly FrozenSet<string> IrregularPastForms = PastIrregulars.Values
        .Concat(ParticipleIrregulars.Values)
        .Where(static form => !PastIrregulars.ContainsKey(form) && !ParticipleIrregulars.ContainsKey(form) && !form.Contains(' ', StringComparison.Ordinal))
        .ToFrozenSet(StringComparer.Ordinal);

    // Irregular pasts that are also common base verbs ("the plane was grounded", "they founded"): a bare verb
    // handed to SimplePast is read as the base verb, while after "I" (ThirdPerson) the past reading wins.
    private static readonly FrozenSet<string> AmbiguousPastForms = new[]
    {
        "found", "ground", "wound", "bound", "fell", "saw", "bore",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Base verbs that end in "-ed" like a regular past (need, succeed, shed), so "-ed" alone does not mean past.
    private static readonly FrozenSet<string> BaseFormsEndingInEd = new[]
    {
        "need", "feed", "bleed", "breed", "speed", "succeed", "proceed", "exceed", "heed", "seed", "weed",
        "overfeed", "breastfeed", "inbreed", "interbreed", "crossbreed", "shed", "embed", "wed", "bed", "shred",
        "sled", "imbed",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs of two syllables or more that double their final consonant before -ed: final stress (refer,
    // admit, control) and, in British spelling, a final single -l (travel, cancel, label).
    private static readonly FrozenSet<string> DoublingVerbs = new[]
    {
        "refer", "occur", "prefer", "admit", "commit", "permit", "submit", "omit", "emit", "transmit", "remit",
        "regret", "control", "compel", "expel", "propel", "repel", "dispel", "excel", "rebel", "patrol",
        "transfer", "confer", "defer", "deter", "infer", "incur", "recur", "concur", "abhor", "equip", "acquit",
        "allot", "embed", "imbed", "rebut", "abet", "annul", "kidnap", "worship", "format", "handicap", "program",
        "overlap", "outwit", "befit", "unpin", "unzip", "enrol", "instil", "fulfil", "distil", "extol",
        "travel", "cancel", "label", "model", "signal", "level", "total", "fuel", "channel", "quarrel", "counsel",
        "dial", "equal", "marshal", "pedal", "rival", "tunnel", "shovel", "libel", "funnel", "initial",
        "panel", "pencil", "snorkel", "yodel", "marvel", "duel", "jewel", "grovel", "revel", "unravel",
        "cudgel", "chisel", "apparel", "barrel", "bevel", "enamel", "gravel", "hostel", "kennel", "refuel",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Third person singular of the form that follows "I"; forms that do not inflect come back unchanged.</summary>
    internal static string ThirdPerson(string key) => InflectLastPart(key, ThirdPersonOfPart);

    /// <summary>Simple past of a bare verb; forms that are already past, modals and unknown contractions come back unchanged.</summary>
    internal static string SimplePast(string key) => InflectLastPart(key, SimplePastOfPart);

    /// <summary>
    /// Simple past of the verb that follows a subject: there an irregular past that is also a base verb reads as
    /// the past ("I found myself" stays "found", "I find" → "found"), as in <see cref="ThirdPerson"/>.
    /// </summary>
    internal static string SimplePastAfterSubject(string key) =>
        InflectLastPart(key, static part => IsPast(part, forBareVerb: false) ? part : SimplePastOfPart(part));

    /// <summary>Past participle of a bare verb (taken, gone); the simple past where the two coincide.</summary>
    internal static string PastParticiple(string key) => InflectLastPart(key, PastParticipleOfPart);

    /// <summary>
    /// Hyphenated verbs inflect their last part (co-write → co-wrote, fact-check → fact-checked); single letters
    /// ("I", "a") are not verbs and stay as they are.
    /// </summary>
    private static string InflectLastPart(string key, Func<string, string> inflect)
    {
        var hyphen = key.LastIndexOf('-');
        if (hyphen > 0 && hyphen < key.Length - 1)
        {
            var head = key[..(hyphen + 1)];
            var tail = key[(hyphen + 1)..];
            return tail.Length < 2 ? key : head + inflect(tail);
        }

        return key.Length < 2 ? key : inflect(key);
    }

    private static string ThirdPersonOfPart(string key)
    {
        if (ThirdPersonIrregulars.TryGetValue(key, out var irregular))
        {
            return irregular;
        }

        if (Modals.Contains(key) || AlreadyThirdPerson.Contains(key) || key.Contains('\'', StringComparison.Ordinal) || IsPast(key, forBareVerb: false))
        {
            return key;
        }

        if (key.Length == 0 || !char.IsLetter(key[^1]))
        {
            return key;
        }

        if (key.EndsWith('y') && key.Length >= 2 && IsConsonant(key, key.Length - 2))
        {
            return key[..^1] + "ies";
        }

        if (key.EndsWith('s') || key.EndsWith('x') || key.EndsWith('z') || key.EndsWith("ch", StringComparison.Ordinal) || key.EndsWith("sh", StringComparison.Ordinal))
        {
            return key + "es";
        }

        if (key.EndsWith('o') && key.Length >= 2 && IsConsonant(key, key.Length - 2))
        {
            // go → goes, veto → vetoes (but radio → radios).
            return key + "es";
        }

        return key + "s";
    }

    private static string SimplePastOfPart(string key)
    {
        if (PastIrregulars.TryGetValue(key, out var irregular))
        {
            return irregular;
        }

        if (Modals.Contains(key) || key.Contains('\'', StringComparison.Ordinal) || IsPast(key, forBareVerb: true))
        {
            return key;
        }

        return RegularPast(key);
    }

    private static string PastParticipleOfPart(string key) =>
        ParticipleIrregulars.TryGetValue(key, out var participle) ? participle : SimplePastOfPart(key);

    private static string RegularPast(string key)
    {
        if (key.Length == 0 || !char.IsLetter(key[^1]))
        {
            return key;
        }

        if (key.EndsWith('e'))
        {
            return key + "d";
        }

        if (key.EndsWith('y') && key.Length >= 2 && IsConsonant(key, key.Length - 2))
        {
            return key[..^1] + "ied";
        }

        if (DoublingVerbs.Contains(key) || IsDoublingMonosyllable(key))
        {
            return key + key[^1] + "ed";
        }

        return key + "ed";
    }

    private static bool IsPast(string key, bool forBareVerb)
    {
        if (IrregularPastForms.Contains(key))
        {
            return !forBareVerb || !AmbiguousPastForms.Contains(key);
        }

        return key.Length > 3 && key.EndsWith("ed", StringComparison.Ordinal) && !BaseFormsEndingInEd.Contains(key);
    }

    /// <summary>
    /// One-syllable verb ending consonant–vowel–consonant (stop, plan, ban, quiz): the final consonant doubles,
    /// except w, x and y (show, fix, play), and h or c, which never double.
    /// </summary>
    private static bool IsDoublingMonosyllable(string key)
    {
        var n = key.Length;
        if (n < 2 || key[^1] is 'w' or 'x' or 'y' or 'h' or 'c' || !IsConsonant(key, n - 1) || IsConsonant(key, n - 2))
        {
            return false;
        }

        if (n >= 3 && !IsConsonant(key, n - 3))
        {
            // Two vowels before the consonant (rain, plead, cook).
            return false;
        }

        var groups = 0;
        var inVowel = false;
        for (var i = 0; i < n; i++)
        {
            var vowel = !IsConsonant(key, i);
            if (vowel && !inVowel)
            {
                groups++;
            }

            inVowel = vowel;
        }

        return groups == 1;
    }

    /// <summary>Consonant test for spelling rules: "y" counts as a vowel after a consonant, "u" as a consonant after "q".</summary>
    private static bool IsConsonant(string word, int index)
    {
        var c = word[index];
        switch (c)
        {
            case 'a' or 'e' or 'i' or 'o':
                return false;
            case 'u':
                return index > 0 && word[index - 1] == 'q';
            case 'y':
                return index == 0 || !IsConsonant(word, index - 1);
            default:
                return char.IsLetter(c);
        }
    }
}
