using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RulesSdk.Rules;

/// <summary>
/// French reported speech after a past reporting verb shifts the tense back, as the labelled splits' authors write
/// it (44 backshifted verbs to 3 kept after « a assuré que », « a ajouté que »): « a assuré que je resterai » →
/// « qu’elle resterait », « que je suis » → « qu’il était », « que j’ai signé » → « qu’il avait signé ». Given the
/// form that follows « je », the third person singular in the past; null when the form is not one this class knows
/// (the repair then keeps the tense).
/// </summary>
internal static partial class TemplateFrenchBackshift
{
    // Presents whose imperfect the ending does not tell: auxiliaries, modals, the reporting and thinking verbs, the
    // -ir verbs with -iss-, and first-group verbs whose stem changes its accent (« espère » → « espérait »).
    private static readonly FrozenDictionary<string, string> Imperfects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["suis"] = "était",
        ["ai"] = "avait",
        ["vais"] = "allait",
        ["peux"] = "pouvait",
        ["puis"] = "pouvait",
        ["dois"] = "devait",
        ["veux"] = "voulait",
        ["sais"] = "savait",
        ["fais"] = "faisait",
        ["refais"] = "refaisait",
        ["dis"] = "disait",
        ["redis"] = "redisait",
        ["crois"] = "croyait",
        ["vois"] = "voyait",
        ["prévois"] = "prévoyait",
        ["reçois"] = "recevait",
        ["viens"] = "venait",
        ["reviens"] = "revenait",
        ["deviens"] = "devenait",
        ["tiens"] = "tenait",
        ["maintiens"] = "maintenait",
        ["soutiens"] = "soutenait",
        ["obtiens"] = "obtenait",
        ["prends"] = "prenait",
        ["comprends"] = "comprenait",
        ["apprends"] = "apprenait",
        ["entreprends"] = "entreprenait",
        ["mets"] = "mettait",
        ["promets"] = "promettait",
        ["permets"] = "permettait",
        ["admets"] = "admettait",
        ["connais"] = "connaissait",
        ["reconnais"] = "reconnaissait",
        ["attends"] = "attendait",
        ["entends"] = "entendait",
        ["réponds"] = "répondait",
        ["défends"] = "défendait",
        ["rends"] = "rendait",
        ["vends"] = "vendait",
        ["perds"] = "perdait",
        ["dépends"] = "dépendait",
        ["vis"] = "vivait",
        ["écris"] = "écrivait",
        ["lis"] = "lisait",
        ["sens"] = "sentait",
        ["ressens"] = "ressentait",
        ["pars"] = "partait",
        ["sors"] = "sortait",
        ["dors"] = "dormait",
        ["sers"] = "servait",
        ["cours"] = "courait",
        ["crains"] = "craignait",
        ["plains"] = "plaignait",
        ["rejoins"] = "rejoignait",
        ["conduis"] = "conduisait",
        ["construis"] = "construisait",
        ["produis"] = "produisait",
        ["réduis"] = "réduisait",
        ["poursuis"] = "poursuivait",
        ["finis"] = "finissait",
        ["choisis"] = "choisissait",
        ["agis"] = "agissait",
        ["réfléchis"] = "réfléchissait",
        ["garantis"] = "garantissait",
        ["réussis"] = "réussissait",
        ["investis"] = "investissait",
        ["établis"] = "établissait",
        ["accomplis"] = "accomplissait",
        ["saisis"] = "saisissait",
        ["bâtis"] = "bâtissait",
        ["avertis"] = "avertissait",
        ["espère"] = "espérait",
        ["considère"] = "considérait",
        ["préfère"] = "préférait",
        ["répète"] = "répétait",
        ["gère"] = "gérait",
        ["suggère"] = "suggérait",
        ["réitère"] = "réitérait",
        ["tolère"] = "tolérait",
        ["coopère"] = "coopérait",
        ["opère"] = "opérait",
        ["exagère"] = "exagérait",
        ["protège"] = "protégeait",
        ["mène"] = "menait",
        ["amène"] = "amenait",
        ["emmène"] = "emmenait",
        ["lève"] = "levait",
        ["soulève"] = "soulevait",
        ["achète"] = "achetait",
        ["achève"] = "achevait",
        ["regrette"] = "regrettait",
        ["quitte"] = "quittait",
        ["rejette"] = "rejetait",
        ["appelle"] = "appelait",
        ["rappelle"] = "rappelait",
        ["renouvelle"] = "renouvelait",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whether the words before a subject call for the subjunctive (« il faudrait que je revienne », « pour que je
    /// puisse »): a subjunctive present looks like an indicative one and stays as it is.
    /// </summary>
    internal static bool CallsForSubjunctive(ReadOnlySpan<char> before) => SubjunctiveTrigger().IsMatch(before);

    /// <summary>The third person singular, shifted back, of the form that follows « je »; null when it is unknown.</summary>
    internal static string? Backshift(string form)
    {
        if (form.Length < 2 || form.Contains('\'', StringComparison.Ordinal) || form.Contains('’', StringComparison.Ordinal))
        {
            return null;
        }

        if (Imperfects.TryGetValue(form, out var imperfect))
        {
            return imperfect;
        }

        if (form.EndsWith("ais", StringComparison.Ordinal))
        {
            // Already past: the imperfect or the conditional (« je pensais », « je ferais ») only changes person.
            return TemplateFrenchVerbs.ThirdPerson(form);
        }

        if (form.Length > 3 && form.EndsWith("rai", StringComparison.Ordinal))
        {
            // The future becomes the conditional: « resterai » → « resterait ».
            return form + "t";
        }

        return form.EndsWith('e') ? FirstGroupImperfect(form) : null;
    }

    // The first group's present in -e: the stem, then -ait, with the spelling of -ger, -cer and -yer verbs. A stem whose
    // accent or doubled consonant changes in the imperfect and is not listed above is left alone.
    private static string? FirstGroupImperfect(string form)
    {
        var stem = form[..^1];
        if (stem.Length < 2 || stem.Contains('è', StringComparison.Ordinal) || stem.EndsWith("ell", StringComparison.Ordinal) && !stem.EndsWith("eill", StringComparison.Ordinal)
            || stem.EndsWith("ett", StringComparison.Ordinal) || stem.EndsWith("ai", StringComparison.Ordinal) || !stem.All(char.IsLetter))
        {
            return null;
        }

        if (stem.EndsWith('g'))
        {
            return stem + "eait";
        }

        if (stem.EndsWith('c'))
        {
            return stem[..^1] + "çait";
        }

        if (stem.EndsWith("oi", StringComparison.Ordinal) || stem.EndsWith("ui", StringComparison.Ordinal))
        {
            // « emploie » → « employait », « appuie » → « appuyait ».
            return stem[..^1] + "yait";
        }

        return stem + "ait";
    }

    // « faut que », « pour que », « souhaite que », « bien que »… right before the subject.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:faut|faudrait|fallait|fallu|faille|pour|sans|avant|afin|bien|quoique|jusqu[’']à\s+ce|en\s+sorte|veut|veux|voulait|voudrait|souhaite|souhaitait|souhaiterait|exige|exigeait|demande|demandait|attend|attendait|importe|importait|suffit|suffisait|vaut\s+mieux|valait\s+mieux|essentiel|nécessaire|important|urgent|possible|impossible|normal|temps|crains|craignait|doute|doutait)\s+(?:\p{Ll}+\s+){0,2}?qu(?:e|[’'])\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SubjunctiveTrigger();
}
