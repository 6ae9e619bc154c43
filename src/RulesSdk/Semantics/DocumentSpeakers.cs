using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;

namespace RulesSdk.Semantics;

/// <summary>
/// What the rest of a document tells about a speaker a repair names: the gender a fuller mention of the same
/// person shows ("Dr. Clarke" → "Dr. Fiona Clarke", "Whitlow" → "Manager Karen Whitlow", "M. Leroux"), and the
/// person the document names with an office ("council leader" → "Council leader Martin Shaw", "directeur de
/// l’hôpital" → "le directeur de l’établissement, M. Yannick Bertrand"). Read only when a fix is computed.
/// </summary>
internal static partial class DocumentSpeakers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    // A repair is computed for every finding, and each reads the whole document for its speaker: memoised per
    // document (the same string instance, which SourceText hands out) and question, so a document of
    // thousands of findings about one person is scanned once, not once per finding (quadratic before). A
    // pattern that timed out answers "unknown" for the rest of the document, as it would have each time.
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<(string Question, string Subject, string Language), object?>> Answers = new();

    /// <summary>
    /// The speaker's gender as <see cref="SpeakerGender.Of"/> reads it from <paramref name="speaker"/>, else from
    /// the document's other mentions of the same surname with a given name or a title; unknown when those
    /// mentions disagree (two people of one surname) or tell nothing.
    /// </summary>
    public static PersonGender GenderOf(string speaker, string? document, string language)
    {
        var own = SpeakerGender.Of(speaker, language);
        if (own != PersonGender.Unknown || string.IsNullOrEmpty(document))
        {
            return own;
        }

        return (PersonGender)Answers.GetOrCreateValue(document).GetOrAdd(("gender", speaker, language), static (key, text) => ReadGender(key.Subject, text, key.Language), document)!;
    }

    private static PersonGender ReadGender(string speaker, string document, string language)
    {
        var surname = Surname().Match(speaker);
        if (!surname.Success)
        {
            return PersonGender.Unknown;
        }

        var mention = new Regex(
            @"(?<![\p{L}’'.-])(?<lead>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|M|Mme|Mlle|Me|Pr)\.?\s+)?(?:\p{Lu}[\p{Ll}’'-]+\s+){0,2})" + Regex.Escape(surname.Value) + @"(?![\p{L}’'-])",
            RegexOptions.CultureInvariant,
            Timeout);
        var found = PersonGender.Unknown;
        try
        {
            foreach (Match match in mention.Matches(document))
            {
                var lead = match.Groups["lead"].Value;
                if (lead.Length == 0)
                {
                    continue;
                }

                var gender = SpeakerGender.Of(lead + surname.Value, language);
                if (gender == PersonGender.Unknown)
                {
                    continue;
                }

                if (found != PersonGender.Unknown && found != gender)
                {
                    return PersonGender.Unknown;
                }

                found = gender;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return PersonGender.Unknown;
        }

        return found == PersonGender.Unknown && DocumentLanguage.Normalize(language) == DocumentLanguage.English
            ? PronounGender(surname.Value, document)
            : found;
    }

    /// <summary>
    /// English: the gender the document's own pronouns give the person, where a sentence opens with the
    /// surname (after a title or a given name) and goes on with a third-person pronoun or possessive before
    /// anyone else is named: "Daria Ostrova now has a decision to make about her schedule" → feminine.
    /// Unknown when no such sentence exists or two of them disagree.
    /// </summary>
    private static PersonGender PronounGender(string surname, string document)
    {
        // Built per surname, so through the static API and its cache: a fix asks the same surname for every
        // first-person form of a sentence.
        var pattern = @"(?:\A|(?<=[.!?\n]\s*))(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}" + Regex.Escape(surname)
                + @"(?![\p{L}’'-])(?<between>(?:(?!\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b|\p{Lu}\p{Ll}+\s+\p{Lu})[^.!?\n“”""«»]){1,120}?)\b(?<pronoun>he|his|him|himself|she|her|hers|herself)\b";

        var found = PersonGender.Unknown;
        try
        {
            foreach (Match match in Regex.Matches(document, pattern, RegexOptions.CultureInvariant, Timeout))
            {
                var gender = match.Groups["pronoun"].Value is "she" or "her" or "hers" or "herself" ? PersonGender.Feminine : PersonGender.Masculine;
                if (found != PersonGender.Unknown && found != gender)
                {
                    return PersonGender.Unknown;
                }

                found = gender;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return PersonGender.Unknown;
        }

        return found;
    }

    /// <summary>
    /// The person the document names with <paramref name="office"/> (the office as the damaged sentence writes
    /// it: "council leader", "Chancellor", "directeur de l’hôpital de Cannes"): en "Council leader Martin Shaw";
    /// fr "le directeur de l’établissement, M. Yannick Bertrand", "la commissaire de l’exposition, Mme Isabelle
    /// Tardieu" (the head word of the office, the article telling the gender). Null when the document names none.
    /// </summary>
    private const string FrenchTitle = @"(?:(?:M\.|Mme|Mlle|Me|Dr|Pr)\s+)?";
    private const string EnglishTitle = @"(?:(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov)\.?\s+)?";
    private const string PersonName = @"(?<name>\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:\p{Lu}\p{Ll}[\p{L}’'-]*|von|van|der|de|du|da|di|le|la)){1,3})(?![\p{L}’'-])";

    // Head words of offices told apart by their complement alone ("ministre de la Santé", "ministre du Budget").
    private static readonly HashSet<string> OfficesByComplement = new(StringComparer.Ordinal)
    {
        "ministre", "ministres", "secretaire", "sous-secretaire", "president", "presidente", "vice-president", "vice-presidente",
    };

    public static (string Name, bool Feminine)? HolderOf(string office, string? document, bool french) =>
        string.IsNullOrEmpty(document) || string.IsNullOrWhiteSpace(office)
            ? null
            : ((string Name, bool Feminine)?)Answers.GetOrCreateValue(document).GetOrAdd(
                ("holder", office.Trim(), french ? DocumentLanguage.French : DocumentLanguage.English),
                static (key, text) => FindHolder(key.Subject, text, key.Language == DocumentLanguage.French),
                document);

    private static (string Name, bool Feminine)? FindHolder(string office, string document, bool french)
    {
        var bare = office.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? office[4..] : office;
        if (!french)
        {
            // "Council leader Martin Shaw", "Chancellor of the Exchequer Jeremy Hunt".
            return Holder(@"(?<![\p{L}’'])(?i:" + Regex.Escape(bare) + @")\s+" + EnglishTitle + PersonName, document, french);
        }

        // "le directeur de l’établissement, M. Yannick Bertrand", "la commissaire de l’exposition, Mme Isabelle Tardieu", "le
        // président ukrainien Volodymyr Zelensky": the whole office first, then its head word alone, as the article may word
        // the complement otherwise ("directeur de l’hôpital" / "de l’établissement"). A government's offices differ by
        // their complement alone: "ministre du budget" is never "le ministre des finances, Pierre Moscovici".
        var words = bare.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var whole = Holder(FrenchMention(FlexibleOffice(words)), document, french);
        if (whole is not null || words.Length < 2 || OfficesByComplement.Contains(SemanticLexicon.Fold(words[0])))
        {
            return whole;
        }

        return Holder(FrenchMention(FlexibleOffice(words[..1])), document, french);
    }

    private static (string Name, bool Feminine)? Holder(string pattern, string document, bool french)
    {
        try
        {
            var match = new Regex(pattern, RegexOptions.CultureInvariant, Timeout).Match(document);
            if (!match.Success)
            {
                return null;
            }

            var feminine = match.Groups["article"].Value is "la" or "La"
                || (match.Groups["article"].Value.Length != 2 && SpeakerGender.Of(match.Value, french ? DocumentLanguage.French : DocumentLanguage.English) == PersonGender.Feminine);
            return (match.Groups["name"].Value, feminine);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string FrenchMention(string office) =>
        @"(?<![\p{L}’'])(?<article>[Ll]e|[Ll]a|[Ll][’'])\s*(?i:" + office + @")(?![\p{L}’'-])[^,.;:!?«»“”""\n]{0,60}?,?\s+" + FrenchTitle + PersonName;

    // The office's words with any apostrophe and any run of spaces between them: "l’Économie" finds "l'Économie".
    private static string FlexibleOffice(string[] words) =>
        string.Join(@"\s+", words.Select(static word => string.Join("[’']", word.Split('’', '\'').Select(Regex.Escape))));

    // The last capitalised word of a name, its surname: "Dr. Clarke" → "Clarke", "Karen Whitlow" → "Whitlow".
    [GeneratedRegex(@"\p{Lu}\p{Ll}[\p{L}’'-]*(?=[\s,.]*\z)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Surname();
}
