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

    /// <summary>Third person plural of the form that follows "nous"; unknown shapes come back unchanged.</summary>
    internal static string ThirdPersonPlural(string key)
    {
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

        // Present: condamnons → condamnent, finissons → finissent, déclarons → déclarent, publions → publient
        // (the imperfect "-ions" is left to the table: it cannot be told from the present of -ier verbs).
        return key.EndsWith("ons", StringComparison.Ordinal) && key.Length > 4 ? key[..^3] + "ent" : key;
    }

    // A future "-rons" keeps its stem and takes -ront; the present "-rons" of an -rer or -irer verb (déclarons,
    // espérons, admirons) takes -rent. Only the unambiguous future stems count: -erons (signerons, ferons),
    // -drons (prendrons, viendrons), -ttrons (mettrons, promettrons), -îtrons (connaîtrons), -uirons
    // (conduirons) and -oirons (croirons); the other irregular futures are listed.
    private static bool IsFuture(string key) =>
        key.Length > 5 && (key.EndsWith("erons", StringComparison.Ordinal) || key.EndsWith("drons", StringComparison.Ordinal)
            || key.EndsWith("ttrons", StringComparison.Ordinal) || key.EndsWith("îtrons", StringComparison.Ordinal)
            || key.EndsWith("uirons", StringComparison.Ordinal) || key.EndsWith("oirons", StringComparison.Ordinal))
        || IrregularFutures.Contains(key);
}
