using System.Collections.Frozen;

namespace RulesSdk.Rules;

/// <summary>
/// French inflection behind <see cref="TemplateFunctions"/>. Every method works on lookup keys (NFC, lower case,
/// straight apostrophes); <see cref="TemplateWordText"/> restores the caller's spelling conventions.
/// </summary>
internal static class TemplateFrenchVerbs
{
    // First-person forms whose third person the ending rules in ThirdPersonOfForm get wrong: suppletive forms
    // (suis, vais, puis), the -aître/-aire verbs whose "-ait" takes a circumflex, and the -cs/-os oddities.
    private static readonly FrozenDictionary<string, string> ThirdPersonIrregulars = new Dictionary<string, string>
    {
        ["ai"] = "a",
        ["aie"] = "ait",
        ["suis"] = "est",
        ["vais"] = "va",
        ["puis"] = "peut",
        ["vaincs"] = "vainc",
        ["convaincs"] = "convainc",
        ["clos"] = "clôt",
        ["gis"] = "gît",
        ["connais"] = "connaît",
        ["reconnais"] = "reconnaît",
        ["méconnais"] = "méconnaît",
        ["parais"] = "paraît",
        ["apparais"] = "apparaît",
        ["disparais"] = "disparaît",
        ["comparais"] = "comparaît",
        ["reparais"] = "reparaît",
        ["transparais"] = "transparaît",
        ["nais"] = "naît",
        ["renais"] = "renaît",
        ["plais"] = "plaît",
        ["déplais"] = "déplaît",
        ["complais"] = "complaît",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Elided object pronouns that may precede the verb after "je": kept as they are, except the reflexive "m'",
    // which refers to the subject and so becomes "s'" ("je m'appelle" → "il s'appelle").
    private static readonly FrozenDictionary<string, string> ElidedPrefixes = new Dictionary<string, string>
    {
        ["n'"] = "n'",
        ["l'"] = "l'",
        ["t'"] = "t'",
        ["m'"] = "s'",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Past participles by infinitive ending; the longest matching ending wins, so whole irregular verbs
    // ("faire", "naître") and verb families ("-prendre", "-venir", "-cevoir") override the group endings
    // ("-er" → "-é", "-ir" → "-i", "-re" → "-u", "-oir" → "-u"). A compound inherits its base verb's entry.
    private static readonly FrozenDictionary<string, string> ParticipleEndings = new Dictionary<string, string>
    {
        // Group endings.
        ["er"] = "é",
        ["ir"] = "i",
        ["ïr"] = "ï",
        ["re"] = "u",
        ["oir"] = "u",
        ["ire"] = "it",

        // -ir verbs of the third group.
        ["venir"] = "venu",
        ["tenir"] = "tenu",
        ["vrir"] = "vert",
        ["frir"] = "fert",
        ["courir"] = "couru",
        ["mourir"] = "mort",
        ["quérir"] = "quis",
        ["vêtir"] = "vêtu",

        // -oir verbs.
        ["voir"] = "vu",
        ["cevoir"] = "çu",
        ["avoir"] = "eu",
        ["savoir"] = "su",
        ["devoir"] = "dû",
        ["pouvoir"] = "pu",
        ["mouvoir"] = "mû",
        ["émouvoir"] = "ému",
        ["promouvoir"] = "promu",
        ["pleuvoir"] = "plu",
        ["asseoir"] = "assis",
        ["surseoir"] = "sursis",

        // -re verbs.
        ["être"] = "été",
        ["faire"] = "fait",
        ["plaire"] = "plu",
        ["taire"] = "tu",
        ["traire"] = "trait",
        ["dire"] = "dit",
        ["crire"] = "crit",
        ["lire"] = "lu",
        ["rire"] = "ri",
        ["frire"] = "frit",
        ["suffire"] = "suffi",
        ["circoncire"] = "circoncis",
        ["uire"] = "uit",
        ["nuire"] = "nui",
        ["luire"] = "lui",
        ["croire"] = "cru",
        ["boire"] = "bu",
        ["prendre"] = "pris",
        ["ettre"] = "is",
        ["indre"] = "int",
        ["aître"] = "u",
        ["naître"] = "né",
        ["connaître"] = "connu",
        ["oître"] = "u",
        ["croître"] = "crû",
        ["accroître"] = "accru",
        ["décroître"] = "décru",

        // The same verbs in the 1990 reformed spelling, without the circumflex (connaitre, naitre).
        ["aitre"] = "u",
        ["naitre"] = "né",
        ["connaitre"] = "connu",
        ["oitre"] = "u",
        ["croitre"] = "crû",
        ["accroitre"] = "accru",
        ["décroitre"] = "décru",
        ["vivre"] = "vécu",
        ["suivre"] = "suivi",
        ["coudre"] = "cousu",
        ["moudre"] = "moulu",
        ["soudre"] = "solu",
        ["absoudre"] = "absous",
        ["dissoudre"] = "dissous",
        ["clure"] = "clu",
        ["inclure"] = "inclus",
        ["occlure"] = "occlus",
        ["clore"] = "clos",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly int LongestParticipleEnding = ParticipleEndings.Keys.Max(static key => key.Length);

    // Infinitives conjugated with "être" in the passé composé (intransitive movement / change of state verbs);
    // every other non-reflexive verb takes "avoir". Verbs that switch auxiliary with an object ("passer") keep avoir.
    private static readonly FrozenSet<string> EtreVerbs = new[]
    {
        "aller", "venir", "devenir", "redevenir", "revenir", "parvenir", "intervenir", "survenir", "advenir",
        "provenir", "arriver", "partir", "repartir", "sortir", "entrer", "rentrer", "monter", "remonter",
        "descendre", "redescendre", "naître", "renaître", "mourir", "rester", "retourner", "tomber", "retomber",
        "décéder", "apparaître", "naitre", "renaitre", "apparaitre",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Third person singular of the form that follows "je"; unknown shapes come back unchanged.</summary>
    internal static string ThirdPerson(string key)
    {
        var apostrophe = key.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe >= 0)
        {
            var prefix = key[..(apostrophe + 1)];
            var rest = key[(apostrophe + 1)..];
            if (!ElidedPrefixes.TryGetValue(prefix, out var newPrefix) || rest.Length == 0 || rest.Contains('\'', StringComparison.Ordinal))
            {
                return key;
            }

            return newPrefix + ThirdPersonOfForm(rest);
        }

        return ThirdPersonOfForm(key);
    }

    private static string ThirdPersonOfForm(string form)
    {
        if (ThirdPersonIrregulars.TryGetValue(form, out var irregular))
        {
            return irregular;
        }

        if (form.Length < 2)
        {
            return form;
        }

        var last = form[^1];
        var previous = form[^2];
        if (last == 'i' && previous == 'a')
        {
            // Future (serai → sera) and first-group passé simple (pensai → pensa).
            return form[..^1];
        }

        if (last == 'x')
        {
            // peux, veux, vaux → peut, veut, vaut.
            return form[..^1] + "t";
        }

        if (last != 's')
        {
            // -e (pense, souhaite) and anything else is already the third person.
            return form;
        }

        return previous switch
        {
            // prends → prend, mets → met, (con)vaincs → vainc: the stem already ends in the consonant.
            'd' or 't' or 'c' => form[..^1],
            // -ais/-ois/-is (fais, crois, finis), -us (conclus, fus), -ns (viens), -rs (cours), -ps (romps).
            'i' or 'î' or 'ï' or 'u' or 'n' or 'r' or 'p' => form[..^1] + "t",
            _ => form,
        };
    }

    /// <summary>Masculine singular past participle of an infinitive key ("se " / "s'" allowed), or null when it is not one.</summary>
    internal static string? PastParticiple(string key) =>
        TryParseInfinitive(key, out _, out _, out var verb) ? ParticipleOfVerb(verb) : null;

    /// <summary>"a fait", "est venu", "s'est défendu", "s'en est pris"; null when the key is not an infinitive.</summary>
    internal static string? PasseCompose(string key)
    {
        if (!TryParseInfinitive(key, out var reflexive, out var en, out var verb))
        {
            return null;
        }

        var participle = ParticipleOfVerb(verb);
        if (participle is null)
        {
            return null;
        }

        if (reflexive)
        {
            return (en ? "s'en est " : "s'est ") + participle;
        }

        return (EtreVerbs.Contains(verb) ? "est " : "a ") + participle;
    }

    private static string? ParticipleOfVerb(string verb)
    {
        for (var length = Math.Min(LongestParticipleEnding, verb.Length); length >= 2; length--)
        {
            if (ParticipleEndings.TryGetValue(verb[^length..], out var ending))
            {
                var stem = verb[..^length];
                if (stem.Length == 0 && length <= 3)
                {
                    // A bare group ending ("er", "re", "oir") is not a verb.
                    return null;
                }

                return stem + ending;
            }
        }

        return null;
    }

    private static bool TryParseInfinitive(string key, out bool reflexive, out bool en, out string verb)
    {
        reflexive = false;
        en = false;
        var rest = key.Trim();
        if (rest.StartsWith("se ", StringComparison.Ordinal))
        {
            reflexive = true;
            rest = rest[3..].TrimStart();
        }
        else if (rest.StartsWith("s'", StringComparison.Ordinal))
        {
            reflexive = true;
            rest = rest[2..].TrimStart();
        }

        if (reflexive && rest.StartsWith("en ", StringComparison.Ordinal))
        {
            en = true;
            rest = rest[3..].TrimStart();
        }

        verb = rest;
        if (verb.Length == 0)
        {
            return false;
        }

        foreach (var c in verb)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
