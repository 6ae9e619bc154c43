using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;

namespace RulesSdk.Rules;

/// <summary>
/// The person a first-person sentence continues, read from the sentence before it: the named subject that
/// opens it ("Mrs. Pryce said…", "Attorney General Paul Brennan said…"), else the last person it names
/// outside quotation marks ("« … », a déclaré le directeur, M. Yannick Bertrand, lors d’un point presse",
/// "“…,” the Chancellor said"). The result is the subject for the repair: "il"/"elle", "he"/"she" by the
/// person's gender, else the mention itself ("the Chancellor"); empty when the sentence names nobody.
/// </summary>
internal static partial class TemplateAntecedent
{
    public static string Subject(string? previous, string language, string? document)
    {
        var mention = Mention(previous ?? string.Empty, DocumentLanguage.Normalize(language) == DocumentLanguage.French);
        if (mention.Length == 0)
        {
            return string.Empty;
        }

        var subject = TemplateSpeaker.SubjectPronoun(mention, null, language, document);
        if (subject is "il" or "elle" or "he" or "she")
        {
            return subject;
        }

        // "Deputy Head" alone is an office: "the Deputy Head" (capitalised by the template at a sentence's start).
        return DocumentLanguage.Normalize(language) == DocumentLanguage.English ? TemplateSpeaker.EnglishOfficeWithArticle(Lowered(mention)) : Lowered(mention);
    }

    private static string Mention(string previous, bool french)
    {
        var outside = Quoted().Replace(previous, static match => new string(' ', match.Length));
        var names = french ? FrenchMention() : EnglishMention();
        var first = names.Match(outside);
        if (!first.Success)
        {
            return string.Empty;
        }

        // The subject at the sentence's start wins (after an apposition "The conference chair, Ambassador…").
        if (outside.AsSpan(0, first.Index).Trim().Length == 0 || (french ? FrenchOpensWithRole() : EnglishOpensWithRole()).IsMatch(outside.AsSpan(0, first.Index)))
        {
            return first.Value.Trim();
        }

        // Otherwise the last person named, and among several the last whose name tells a gender: a capitalised
        // institution after them ("…, member of the Coordination Staff for Humanitarian Affairs") is no speaker.
        var last = first;
        Match? person = SpeakerGender.Of(first.Value, french ? DocumentLanguage.French : DocumentLanguage.English) != PersonGender.Unknown ? first : null;
        for (var next = first.NextMatch(); next.Success; next = next.NextMatch())
        {
            last = next;
            if (SpeakerGender.Of(next.Value, french ? DocumentLanguage.French : DocumentLanguage.English) != PersonGender.Unknown)
            {
                person = next;
            }
        }

        return (person ?? last).Value.Trim();
    }

    // "The Chancellor" mid-sentence is "the Chancellor"; a name keeps its capitals.
    private static string Lowered(string mention) =>
        mention.StartsWith("The ", StringComparison.Ordinal) || mention.StartsWith("Le ", StringComparison.Ordinal) || mention.StartsWith("La ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(mention[0]) + mention[1..]
            : mention;

    [GeneratedRegex(@"[«“""][^«»“”""]{0,2000}[»”""]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Quoted();

    // A title and a name ("M. Yannick Bertrand", "Mme Garnier"), or a name of two capitalised words or more.
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:(?:M\.|Mme|Mlle|Me|Dr|Pr)\s+\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:(?:von|van|der|de|du|des|da|di|la|le)\s+)*\p{Lu}[\p{L}’'-]+)*|(?!(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Selon|En|Au|Aux|Dans|Pour|Mais|Et|Puis|Depuis|Après|Avant|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:(?:von|van|der|de|du|des|da|di|la|le)\s+)*\p{Lu}[\p{L}’'-]+){1,3})(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchMention();

    // "Mrs. Pryce", "Attorney General Paul Brennan", "Ambassador Lucía Ferrer", "the Chancellor" (an office
    // written as a proper noun after "the").
    [GeneratedRegex(@"(?<![\p{L}’'-])(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof)\.?\s+\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+)*|(?<!\b(?:of|for|on|in|at|to|from|with|the)\s)(?!(?:The|A|An|In|On|At|As|But|And|Then|According|This|That|It|After|Before|Since|When|While|If|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+(?:(?:von|van|der|de|bin|al)\s+)*\p{Lu}[\p{L}’'-]+){1,4}|[Tt]he\s+\p{Lu}\p{Ll}+(?=\s+(?:said|says|added|told|wrote|promised|warned|announced)\b))(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishMention();

    // A role in apposition before the name: "Le directeur de l’hôpital, ", "The conference chair, "; …
    // …or a title of lower-case words right before it: "Le président Volodymyr Zelensky a dénoncé…".
    [GeneratedRegex(@"\A\s*(?:Le|La|L[’'])\s*(?:[^,.!?]{2,80},|\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}’'-]*){0,2})\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchOpensWithRole();

    [GeneratedRegex(@"\A\s*The\s+(?:[^,.!?]{2,80},|\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}’'-]*){0,2})\s*\z", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishOpensWithRole();
}
