using System.Text.RegularExpressions;

namespace RulesSdk.Rules;

/// <summary>
/// A French speaker's object pronoun « me »/« m’ » given back in the third person when another subject governs it
/// (« on m’a demandé » → « on lui a demandé », « personne ne m’avait prévenue » → « personne ne l’avait prévenue »,
/// « Kateri de me le rendre » stays: an infinitive's subject is not told). « Le » or « lui » is the verb's choice:
/// a verb of saying or giving takes « lui », a verb that acts on the person « le »/« la ».
/// </summary>
/// <remarks>
/// Only verbs whose construction is certain are read; any other verb keeps « me » (the repair then is no less
/// exact than before). « me le/la/les » is always the indirect object (« me le donne » → « le lui donne »).
/// A « la » before a consonant needs the speaker's gender: without it, only the elided « l’ » is written.
/// </remarks>
internal static partial class TemplateFrenchObjects
{
    /// <summary>
    /// The speaker's « me »/« m’ » objects in <paramref name="text"/> in the third person; <paramref name="pronoun"/>
    /// is the speaker's subject form (« il », « elle », « le ministre », a name), which gives « le » or « la ».
    /// </summary>
    public static string Singular(string text, string pronoun)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('m', StringComparison.Ordinal))
        {
            return text;
        }

        var feminine = pronoun is "elle" || pronoun.StartsWith("la ", StringComparison.OrdinalIgnoreCase);
        var masculine = pronoun is "il" || pronoun.StartsWith("le ", StringComparison.OrdinalIgnoreCase);
        return Object().Replace(text, match => Rewritten(match, feminine, masculine) ?? match.Value);
    }

    private static string? Rewritten(Match match, bool feminine, bool masculine)
    {
        var clitic = match.Groups["clitic"].Value;
        var rest = match.Groups["rest"].Value;
        var verb = match.Groups["verb"].Value.ToLowerInvariant();

        // « me le donne » → « le lui donne »: with a direct object beside it, « me » is the indirect one.
        if (clitic.Length > 0 && !clitic.StartsWith("en", StringComparison.Ordinal))
        {
            return clitic + "lui " + rest;
        }

        // « de me présenter »: the infinitive's subject is most often the speaker (« se présenter »), not told here.
        if (!match.Groups["aux"].Success && Infinitive().IsMatch(verb))
        {
            return null;
        }

        if (Indirect().IsMatch(verb))
        {
            return "lui " + clitic + rest;
        }

        // « m’en » with a verb that acts on the person (« m’en a empêché ») keeps its « en » after « l’ ».
        if (!Direct().IsMatch(verb))
        {
            return null;
        }

        var next = clitic.Length > 0 ? clitic : rest;
        if (next.Length > 0 && "aeiouyhâàéèêëîïôûœ".Contains(char.ToLowerInvariant(next[0]), StringComparison.Ordinal))
        {
            return "l’" + clitic + rest;
        }

        return feminine ? "la " + clitic + rest : masculine ? "le " + clitic + rest : null;
    }

    // « me »/« m’ » not after « je » (that one is the reflexive the subject rewrite makes « se »), then « le/la/les/en »,
    // then a conjugated verb or an auxiliary with up to two adverbs and its participle. Lower case only.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?<!(?:[Jj]e|[Jj][’'])\s*(?:ne\s+|n[’']\s*)?)(?:me\s+|m[’']\s*)(?<clitic>(?:le|la|les|en)\s+)?(?<rest>(?<aux>(?:a|avait|ont|avaient|aura|aurait|auraient|ayant)\s+(?:(?:pas|jamais|rien|aussi|déjà|toujours|encore|plus|bien|même|souvent|personnellement|alors|ensuite|également)\s+){0,2})?(?<verb>\p{Ll}[\p{Ll}-]*))(?![\p{L}’'])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Object();

    [GeneratedRegex(@"(?:er|ir|re|oir)\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Infinitive();

    // Verbs of saying, asking and giving: « demander à quelqu’un », « donner à quelqu’un ».
    [GeneratedRegex(@"\A(?:demand|donn|dit\z|dite\z|dis\z|disait|dira|disent|propos|offr|offert|promi|promet|expliqu|répond|annonc|confi|reproch|permi|permet|interdi|écri|envoy|accord|racont|conseill|suggér|transmi|transmet|adress|téléphon|souhait|ordonn|recommand|indiqu|signal|répét|fourni|parl|succéd|ouvr|ouvert|dict)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Indirect();

    // Verbs that act on the person: « prévenir quelqu’un », « empêcher quelqu’un ».
    [GeneratedRegex(@"\A(?:prévenu|prévien|empêch|arrêt|viré|vire|convaincu|convainqu|inform|invit|appel|remerci|accus|élu|nomm|choisi|reçu|reçoi|soutenu|soutien|aidé|aide|encourag|licenci|suspendu|écarté|attaqu|critiqu|félicit|menac|poussé|forcé|obligé|contraint|autoris|interrog|contact|sollicit|consult|désign|condamn|insult|limog|renvoy|embauch|recruté|oubli|accueilli|accueill)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Direct();
}
