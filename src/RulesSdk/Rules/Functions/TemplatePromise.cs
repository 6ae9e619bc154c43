using System.Text.RegularExpressions;
using RulesSdk.Semantics;
using RulesSdk.Syntax;

namespace RulesSdk.Rules;

/// <summary>
/// A French first-person pledge in the future, restored as an editor reports it: "Je suis Sophie Garnier… et je
/// continuerai de demander des comptes" → "Sophie Garnier… a assuré qu’elle continuerait de demander des comptes",
/// "Nous, Julien Vidal et Éloïse Marty, resterons… tant que la direction n’aura rien signé" → "… ont assuré qu’ils
/// resteraient… n’aurait rien signé". The future becomes the conditional of reported speech. Without a pronoun
/// certain for a single speaker (the gender unknown), the text comes back unchanged: the future is kept.
/// </summary>
internal static partial class TemplatePromise
{
    /// <summary>"continuera" → "a assuré qu’elle continuerait", "resteront" → "ont assuré qu’ils resteraient"; any other form unchanged.</summary>
    public static string Verb(string? verb, string? speaker, string language, string? document)
    {
        var text = verb ?? string.Empty;
        var match = Future().Match(text);
        if (!match.Success || NotVerbs.Contains(match.Value) || DocumentLanguage.Normalize(language) != DocumentLanguage.French)
        {
            return text;
        }

        var plural = match.Groups["ending"].Value == "ront";
        var pronoun = Pronoun(speaker, plural, document, language);
        if (pronoun is null)
        {
            return text;
        }

        var conditional = text[..match.Index] + match.Groups["stem"].Value + (plural ? "raient" : "rait") + text[(match.Index + match.Length)..];
        return (plural ? "ont assuré qu’" : "a assuré qu’") + pronoun + " " + conditional;
    }

    /// <summary>The futures of the rest of a pledge in the conditional, when <see cref="Verb"/> reports it ("n’aura rien signé" → "n’aurait rien signé").</summary>
    public static string Rest(string? rest, string? speaker, string language, string? document)
    {
        var text = rest ?? string.Empty;
        if (DocumentLanguage.Normalize(language) != DocumentLanguage.French || Pronoun(speaker, IsGroup(speaker), document, language) is null)
        {
            return text;
        }

        return Future().Replace(text, match => NotVerbs.Contains(match.Value.ToLowerInvariant())
            ? match.Value
            : match.Groups["stem"].Value + (match.Groups["ending"].Value == "ront" ? "raient" : "rait"));
    }

    private static bool IsGroup(string? speaker) => speaker is not null && (speaker.Contains(" et ", StringComparison.Ordinal) || speaker.Contains(',', StringComparison.Ordinal));

    // "elle", "il"; for a group "elles" when every name is a woman's, else "ils". Null when a single speaker's gender is unknown.
    private static string? Pronoun(string? speaker, bool plural, string? document, string language)
    {
        if (string.IsNullOrWhiteSpace(speaker))
        {
            return null;
        }

        if (!plural)
        {
            return DocumentSpeakers.GenderOf(speaker.Trim(), document, language) switch
            {
                PersonGender.Feminine => "elle",
                PersonGender.Masculine => "il",
                _ => null,
            };
        }

        var names = speaker.Split([" et ", ","], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length > 1 && names.All(name => DocumentSpeakers.GenderOf(name, document, language) == PersonGender.Feminine) ? "elles" : "ils";
    }

    // Nouns and adverbs that end as a future does.
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal) { "caméra", "caméras", "opéra", "choléra", "extra", "cobra", "mantra", "sierra", "véra", "hydra", "tiara", "zébra" };

    // A future of the third person: "continuera", "resteront", "n’aura" (after the elision).
    [GeneratedRegex(@"(?<![\p{L}-])(?<stem>\p{Ll}+?)(?<ending>ront|ra)(?![\p{L}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Future();
}
