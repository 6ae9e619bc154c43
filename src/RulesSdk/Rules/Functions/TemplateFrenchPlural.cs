using System.Collections.Frozen;

namespace RulesSdk.Rules;

/// <summary>
/// French first person plural → third person plural behind <see cref="TemplateFunctions.ThirdPersonPlural"/>
/// ("nous avons" → "ils ont", "condamnons" → "condamnent"), on lookup keys like <see cref="TemplateFrenchVerbs"/>.
/// </summary>
internal static class TemplateFrenchPlural
{
    // Forms the -ons → -ent ending gets wrong: suppletive verbs, stem changes (venir, prendre, devoir…) and
    // the doubled consonant of appeler/jeter.
    private static readonly FrozenDictionary<string, string> Irregulars = new Dictionary<string, string>
    {
        ["avons"] = "ont",
        ["sommes"] = "sont",
        ["allons"] = "vont",
        ["faisons"] = "font",
        ["disons"] = "disent",
        ["pouvons"] = "peuvent",
        ["voulons"] = "veulent",
        ["devons"] = "doivent",
        ["recevons"] = "reçoivent",
        ["voyons"] = "voient",
        ["croyons"] = "croient",
        ["appelons"] = "appellent",
        ["rappelons"] = "rappellent",
        ["jetons"] = "jettent",
        ["rejetons"] = "rejettent",
        ["buvons"] = "boivent",
        ["serons"] = "seront",
        ["aurons"] = "auront",
        ["étions"] = "étaient",
        ["avions"] = "avaient",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Verb families with a stem change in the third person plural: tenir/venir (tenons → tiennent), prendre
    // (prenons → prennent).
    private static readonly (string Ending, string Plural)[] FamilyEndings =
    [
        ("tenons", "tiennent"),
        ("venons", "viennent"),
        ("prenons", "prennent"),
    ];

    // Futures whose ending the present of another verb shares (irons / admirons, devrons / livrons, verrons /
    // serrons, saurons / assurons): the whole form decides.
    private static readonly FrozenSet<string> IrregularFutures = new[]
    {
        "irons", "saurons", "devrons", "recevrons", "verrons", "pourrons", "enverrons", "courrons", "mourrons",
        "dirons", "lirons", "écrirons", "suivrons", "vivrons", "plairons", "conclurons", "vaincrons",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The present of -irer verbs, which ends like the future of -ir verbs (tirons / saisirons, admirons / finirons):
    // every other "-irons" is a future.
    private static readonly FrozenSet<string> IrerPresents = new[]
    {
        "tirons", "retirons", "attirons", "étirons", "admirons", "inspirons", "aspirons", "respirons", "expirons",
        "soupirons", "virons", "chavirons", "délirons", "désirons", "conspirons", "transpirons", "déchirons", "empirons",
        "cirons", "mirons",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Stems whose mute e takes a grave accent before a silent ending (menons → mènent, levons → lèvent,
    // achetons → achètent); appeler and jeter double their consonant instead (the table above).
    private static readonly string[] GraveAccentStems = ["men", "lev", "achet", "achev", "pes", "sem", "gel", "crev"];

    // The imperfect the "-ons" ending would turn into a present that does not exist (connaissions →
    // "connaissient"): the endings no -ier verb's present has.
    private static readonly string[] ImperfectEndings = ["ssions", "isions", "vions"];

    /// <summary>Third person plural of the form that follows "nous"; unknown shapes come back unchanged.</summary>
    internal static string ThirdPersonPlural(string key)
    {
        // "nous n’attachons" → "ils n’attachent"; "nous n’allons" → "ils ne vont".
        if (key.StartsWith("n'", StringComparison.Ordinal) && key.Length > 2)
        {
            var inner = ThirdPersonPlural(key[2..]);
            return string.Equals(inner, key[2..], StringComparison.Ordinal) ? key
                : IsVowel(inner[0]) ? "n'" + inner : "ne " + inner;
        }

        var apostrophe = key.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe >= 0)
        {
            return key;
        }

        if (Irregulars.TryGetValue(key, out var irregular))
        {
            return irregular;
        }

        foreach (var (ending, plural) in FamilyEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return key[..^ending.Length] + plural;
            }
        }

        // Future (signerons → signeront, prendrons → prendront) before the present ending.
        if (IsFuture(key))
        {
            return key[..^1] + "t";
        }

        if (key.Length > 6 && key != "envions" && ImperfectEndings.Any(e => key.EndsWith(e, StringComparison.Ordinal)))
        {
            return key[..^4] + "aient";
        }

        // Present: condamnons → condamnent, finissons → finissent, déclarons → déclarent, publions → publient
        // (the other imperfects in "-ions" are left to the table: they cannot be told from the present of -ier verbs).
        if (!key.EndsWith("ons", StringComparison.Ordinal) || key.Length <= 4)
        {
            return key;
        }

        var stem = key[..^3];
        if (stem.EndsWith("ge", StringComparison.Ordinal))
        {
            // exigeons → exigent: the e only kept the g soft before -ons.
            stem = stem[..^1];
        }
        else if (stem.EndsWith('ç'))
        {
            // commençons → commencent.
            stem = stem[..^1] + "c";
        }

        return AccentLastSyllable(stem) + "ent";
    }

    // espérons → espèrent, protégeons → protègent, menons → mènent: before the silent -ent, the stem's last
    // vowel é (followed only by consonants) becomes è, and the listed stems' mute e too.
    private static string AccentLastSyllable(string stem)
    {
        foreach (var ending in GraveAccentStems)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
            {
                var at = stem.Length - ending.Length + ending.LastIndexOf('e');
                return string.Concat(stem.AsSpan(0, at), "è", stem.AsSpan(at + 1));
            }
        }

        var last = stem.Length - 1;
        while (last >= 0 && !IsVowel(stem[last]))
        {
            last--;
        }

        return last >= 0 && last < stem.Length - 1 && stem[last] == 'é'
            ? string.Concat(stem.AsSpan(0, last), "è", stem.AsSpan(last + 1))
            : stem;
    }

    private static bool IsVowel(char c) => "aeiouyàâäéèêëîïôöùûü".Contains(c, StringComparison.Ordinal);

    // A future "-rons" keeps its stem and takes -ront; the present "-rons" of an -rer or -irer verb (déclarons,
    // espérons, admirons) takes -rent. Only the unambiguous future stems count: -erons (signerons, ferons),
    // -drons (prendrons, viendrons), -ttrons (mettrons, promettrons), -îtrons (connaîtrons), -uirons
    // (conduirons), -oirons (croirons) and -irons (saisirons, finirons) but the present of -irer verbs; the other
    // irregular futures are listed.
    private static bool IsFuture(string key) =>
        key.Length > 5 && (key.EndsWith("erons", StringComparison.Ordinal) || key.EndsWith("drons", StringComparison.Ordinal)
            || key.EndsWith("ttrons", StringComparison.Ordinal) || key.EndsWith("îtrons", StringComparison.Ordinal)
            || key.EndsWith("uirons", StringComparison.Ordinal) || key.EndsWith("oirons", StringComparison.Ordinal)
            || (key.EndsWith("irons", StringComparison.Ordinal) && !IrerPresents.Contains(key)))
        || IrregularFutures.Contains(key);
}
