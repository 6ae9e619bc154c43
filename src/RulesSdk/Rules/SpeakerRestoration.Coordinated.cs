using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Workspaces;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A subject that coordinates the speaker with someone else ("President Raisi and I went into…", « Le ministre de
/// l’Intérieur et moi partageons… », « mon équipe et moi avons établi… »): the speaker takes their place in the
/// pair, by name, or as the stressed pronoun when the sentence itself names them (« son équipe et lui ont établi »);
/// the verb stays plural (French conjugates it), and the rest follows as a group's ("our" → "their").
/// </summary>
internal static partial class SpeakerRestoration
{
    private static ImmutableArray<TextChange>? CoordinatedSubject(TextDocument document, DocumentSyntax syntax, BlockSyntax block, SentenceSyntax sentence, string text, bool french)
    {
        var pair = (french ? FrenchPair() : EnglishPair()).Match(text);
        if (!pair.Success || block.IsInQuote(sentence.Span.Start + pair.Index) || QuotationMark().IsMatch(text))
        {
            return null;
        }

        var other = pair.Groups["other"];
        var rest = text[(pair.Index + pair.Length)..];

        // A second singular first person later ("…, and I will…") would need the singular rewrite as well.
        if ((french ? FrenchSingularLater() : EnglishSingularLater()).IsMatch(rest))
        {
            return [];
        }

        var semantics = document.GetSemantics();
        if (!TryNamedInSentence(semantics, block, sentence, other.Index, out var inSentence))
        {
            return [];
        }

        var language = syntax.Language;
        var whole = syntax.Text.ToString();
        var speaker = inSentence is not null ? Written(syntax, inSentence) : SpeakerBefore(semantics, syntax, block, sentence);
        if (string.IsNullOrEmpty(speaker) || other.Value.Contains(Surname(speaker), StringComparison.Ordinal) || IsRoleOf(whole, other.Value, speaker))
        {
            return [];
        }

        // The sentence names the speaker: the pronoun (« et lui », "he and"), else the name.
        var pronoun = TemplateSpeaker.SubjectPronoun(speaker, null, language, whole);
        var form = inSentence is null ? speaker : french ? pronoun switch { "il" => "lui", "elle" => "elle", _ => speaker } : pronoun is "he" or "she" ? pronoun : speaker;
        // "My team" → "his team": the possessive is rewritten in lower case (a capitalised "Ma" may be a name).
        var opensWithPossessive = OpeningPossessive().IsMatch(other.Value);
        var otherText = TemplateSpeaker.Possessive(opensWithPossessive ? char.ToLowerInvariant(other.Value[0]) + other.Value[1..] : other.Value, speaker, language, whole);
        var lead = pair.Groups["lead"].Value;
        string head;
        if (french)
        {
            // « son équipe et Marine Tondelier » would make the team someone else's: the name comes first then
            // (« Marine Tondelier et son équipe »); « son équipe et elle » keeps the order, as a pronoun follows.
            var subjects = opensWithPossessive && inSentence is null ? form + " et " + otherText : otherText + " et " + form;
            head = subjects + " " + pair.Groups["ne"].Value + TemplateFunctions.ThirdPersonPlural(pair.Groups["verb"].Value, language);
        }
        else
        {
            // English puts the speaker first: "Vladimir Putin and President Raisi went…", "he and his team are…".
            head = form + " and " + otherText + " " + pair.Groups["verb"].Value;
        }

        if (lead.Trim().Length == 0)
        {
            head = char.ToUpperInvariant(head[0]) + head[1..];
        }

        var rewritten = ApostropheStyle.Harmonize(text, text[..pair.Index] + lead + head + TemplateClause.Plural(rest, language), whole);
        return string.Equals(rewritten, text, StringComparison.Ordinal) ? [] : [new TextChange(sentence.Span, rewritten)];
    }

    // « Le ministre de l’Intérieur et moi » after « Le ministre de l’Intérieur, Manuel Valls, … »: the role is the person
    // the text named, so they cannot be the other one in the pair.
    private static bool IsRoleOf(string document, string other, string speaker)
    {
        var role = LeadingArticle().Replace(other, string.Empty).Trim();
        return role.Length > 0 && char.IsLower(role[0])
            && (document.Contains(role + ", " + speaker, StringComparison.OrdinalIgnoreCase) || document.Contains(role + " " + speaker, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\A(?:My|Mon|Ma|Mes)\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OpeningPossessive();

    [GeneratedRegex(@"\A\s*(?:[Ll]e|[Ll]a|[Ll]es|[Ll][’']|[Tt]he)\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingArticle();

    // "President Raisi and I went", "Klaus Iohannis and I agreed", "My team and I are": a short subject (a name with its
    // title, or "my"/"the" and up to three words) opening the sentence or its reported words, then "and I" and a verb.
    [GeneratedRegex(@"(?<lead>\A\s*|(?:(?<![\p{L}’'-])that|:)\s+)(?<other>(?:(?:[Mm]y|[Tt]he)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+|(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+))\s+and\s+I\s+(?<verb>(?!(?:and|but|or|who|which|that)\b)\p{Ll}[\p{Ll}’'-]*)(?![\p{L}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishPair();

    // « Le ministre de l’Intérieur et moi partageons », « mon équipe et moi avons établi »: the same in French, the verb
    // in -ons or « sommes ».
    [GeneratedRegex(@"(?<lead>\A\s*|(?:(?<![\p{L}’'-])qu[e’']|:)\s*)(?<other>(?:[Mm]on|[Mm]a|[Mm]es|[Ll]e|[Ll]a|[Ll][’'])\s*(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+|(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+et\s+moi(?:-même)?\s+(?<ne>ne\s+|n[’']\s*)?(?<verb>\p{Ll}+ons|sommes)(?![\p{L}’'])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchPair();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:I|me|my|mine|myself)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishSingularLater();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}’'-])(?:[Jj]e|[Jj][’']|[Mm]e|[Mm][’']|[Mm]oi|[Mm]on|[Mm]a|[Mm]es)(?![\p{L}\p{Nd}’'-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchSingularLater();
}
