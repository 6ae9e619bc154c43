using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// The grammatical person of a clause from the words that carry it (Semantics/Data/pronouns-*.txt):
/// pronouns and possessives, elided (j’, m’) and inverted forms ("ai-je", "permettez-moi"), and
/// impersonal constructions ("il faut", "it seems"). First person wins over second, second over
/// impersonal: "il me semble" is first person.
/// </summary>
internal static partial class PersonAnalyzer
{
    public static (GrammaticalPerson Person, ImmutableArray<TextSpan> Words) Analyze(SentenceSyntax sentence, TextSpan clause, string language)
    {
        var pronouns = SemanticLexicon.PronounLookup(language);
        var french = language == DocumentLanguage.French;
        var words = ImmutableArray.CreateBuilder<TextSpan>();
        var best = GrammaticalPerson.Third;
        var tokens = sentence.Tokens;

        // Only the clause's tokens are read: a sentence of many clauses costs its length once, not once per clause.
        for (var t = FirstTokenAtOrAfter(tokens, clause.Start); t < tokens.Length && tokens[t].Span.Start < clause.End; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || token.Span.End > clause.End)
            {
                continue;
            }

            var person = PersonOf(token, t > 0 ? tokens[t - 1] : (SyntaxToken?)null, t + 1 < tokens.Length ? tokens[t + 1] : (SyntaxToken?)null, pronouns, french, t == 1);
            if (person is { } p)
            {
                words.Add(token.Span);
                if (Rank(p) > Rank(best))
                {
                    best = p;
                }
            }
        }

        if (best == GrammaticalPerson.Third)
        {
            var prose = sentence.Block.Document.Prose;
            var impersonal = (french ? FrenchImpersonal() : EnglishImpersonal()).Match(prose, clause.Start, clause.Length);
            if (impersonal.Success)
            {
                best = GrammaticalPerson.Impersonal;
                words.Add(new TextSpan(impersonal.Index, impersonal.Length));
            }
        }

        return (best, words.ToImmutable());
    }

    private static int FirstTokenAtOrAfter(ImmutableArray<SyntaxToken> tokens, int position)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Whether a word of <paramref name="sentence"/> carries the first person. A clause takes its
    /// person from these same words, so without one no clause of the sentence is in the first person:
    /// a cheap test before the whole clause analysis.
    /// </summary>
    public static bool HasFirstPersonWord(SentenceSyntax sentence, string language) =>
        HasPersonWord(sentence, language, static p => p is GrammaticalPerson.FirstSingular or GrammaticalPerson.FirstPlural);

    /// <summary>
    /// Whether a clause of <paramref name="sentence"/> can be in another person than the third: a word in the
    /// first or second person or an impersonal one, or an impersonal construction ("il faut", "it seems").
    /// The necessary condition of "person is not third", read without building the clauses.
    /// </summary>
    public static bool HasNonThirdPersonWord(SentenceSyntax sentence, string language)
    {
        if (HasPersonWord(sentence, language, static p => p != GrammaticalPerson.Third))
        {
            return true;
        }

        var prose = sentence.Block.Document.Prose;
        return (language == DocumentLanguage.French ? FrenchImpersonal() : EnglishImpersonal()).IsMatch(prose.AsSpan(sentence.Span.Start, sentence.Span.Length));
    }

    /// <summary>Whether a word of the sentence has a person <paramref name="wanted"/> accepts, as the clause analysis reads it.</summary>
    private static bool HasPersonWord(SentenceSyntax sentence, string language, Func<GrammaticalPerson, bool> wanted)
    {
        var pronouns = SemanticLexicon.PronounLookup(language);
        var french = language == DocumentLanguage.French;
        // Read once, without caching: most sentences are never tokenized for anything else.
        var tokens = sentence.TokensForOneScan();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word &&
                PersonOf(tokens[t], t > 0 ? tokens[t - 1] : (SyntaxToken?)null, t + 1 < tokens.Length ? tokens[t + 1] : (SyntaxToken?)null, pronouns, french, t == 1) is { } person
                && wanted(person))
            {
                return true;
            }
        }

        return false;
    }

    // No pronoun, inverted form or title the tests below read is longer: a longer word is none of them.
    private const int LongestWordRead = 48;

    // Folded words (no accents): "même" is "meme" here.
    private static bool IsDeterminerBeforeNoun(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[LongestWordRead];
        var folded = SemanticLexicon.Fold(word[..Math.Min(word.Length, LongestWordRead)], buffer);
        return folded is "le" or "un" or "du" or "au" or "ce" or "son" or "mon" or "leur" or "notre" or "votre" or "quel" or "chaque" or "meme" or "bon" or "grand" or "nouveau" or "autre" or "dernier" or "premier";
    }

    private static GrammaticalPerson? PersonOf(SyntaxToken token, SyntaxToken? previous, SyntaxToken? next, FrozenDictionary<string, GrammaticalPerson>.AlternateLookup<ReadOnlySpan<char>> pronouns, bool french, bool previousOpensSentence)
    {
        var chars = token.Chars;
        if (chars.Length > LongestWordRead)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[LongestWordRead];
        var folded = SemanticLexicon.Fold(chars, buffer);
        if (french)
        {
            // "L’auteur de ces lignes a…", "votre serviteur": the narrator naming itself is the first person.
            // "Ces lignes" takes a singular verb only as the writer's complement ("ces lignes de bus ont…").
            if ((folded is "lignes" && previous is { } these && SemanticLexicon.FoldsTo(these.Chars, "ces")
                    && next is { Kind: TokenKind.Word } verb && SingularAuxiliary().IsMatch(verb.Chars))
                || (folded is "serviteur" or "servante" && previous is { } yours && SemanticLexicon.FoldsTo(yours.Chars, "votre")))
            {
                return GrammaticalPerson.FirstSingular;
            }

            // "Me Carpentier", "Mme", "Mgr": a capitalised title before a name, not the pronoun.
            if (chars.Length > 0 && char.IsUpper(chars[0]) && next is { IsCapitalized: true } && folded is "me" or "ma" or "mon")
            {
                return null;
            }

            // "Le ton le plus ferme", "un ton grave": after a determiner "ton" is the noun, not "your".
            if (folded is "ton" && previous is { } determiner && IsDeterminerBeforeNoun(determiner.Chars))
            {
                return null;
            }

            // Inverted and imperative forms carry the person after the hyphen: ai-je, permettez-moi, dites-nous.
            var hyphen = folded.LastIndexOf('-');
            var afterHyphen = hyphen > 0 ? folded[(hyphen + 1)..] : default;
            if (hyphen > 0 && afterHyphen is "je" or "moi" or "nous" or "vous" or "tu" or "toi" && pronouns.TryGetValue(afterHyphen, out var inverted))
            {
                return inverted;
            }

            // The first person plural imperative has no pronoun: "Avouons-le", "Reconnaissons-le",
            // and a sentence opening "Espérons que…", "Souhaitons qu’…".
            if (hyphen > 3 && folded[..hyphen].EndsWith("ons", StringComparison.Ordinal) && afterHyphen is "le" or "la" or "les" or "en" or "y")
            {
                return GrammaticalPerson.FirstPlural;
            }

            if (previous is null && folded.Length > 5 && folded.EndsWith("ons", StringComparison.Ordinal) && next is { } following && StartsWithQu(following.Chars))
            {
                return GrammaticalPerson.FirstPlural;
            }

            return pronouns.TryGetValue(folded, out var person) ? person : null;
        }

        // English: "I" only as a capital letter not closing a name ("World War I", "Charles I"; but
        // "Yesterday I", "Last Tuesday I", "In March I" are the pronoun) nor
        // numbering a division after an abbreviation inside the sentence ("art. I, sec. 10", where
        // punctuation follows it; "at 7 a.m. I saw" is the pronoun);
        // "US" is the country, "us" the pronoun; "one" only as a subject before a modal.
        if (folded is "i")
        {
            return chars.SequenceEqual("I") && !ClosesAName(previous, previousOpensSentence) && !(previous is { Kind: TokenKind.Punctuation, Text: "." } && next is null or { Kind: TokenKind.Punctuation })
                ? GrammaticalPerson.FirstSingular
                : null;
        }

        if (folded is "us" && !chars.SequenceEqual("us"))
        {
            return null;
        }

        if (folded is "one")
        {
            return next is { } n && Modal().IsMatch(n.Chars) ? GrammaticalPerson.Impersonal : null;
        }

        // "This reporter", "this writer", "your correspondent": the narrator naming itself is the first person.
        if (folded is "reporter" or "writer" or "correspondent" && previous is { } self && (SemanticLexicon.FoldsTo(self.Chars, "this") || SemanticLexicon.FoldsTo(self.Chars, "your")))
        {
            return GrammaticalPerson.FirstSingular;
        }

        if (folded is "mine" && previous is { } p && p.Kind == TokenKind.Word &&
            (SemanticLexicon.FoldsTo(p.Chars, "a") || SemanticLexicon.FoldsTo(p.Chars, "the") || SemanticLexicon.FoldsTo(p.Chars, "coal") || SemanticLexicon.FoldsTo(p.Chars, "gold")))
        {
            return null;
        }

        return pronouns.TryGetValue(folded, out var englishPerson) ? englishPerson : null;
    }

    private static bool StartsWithQu(ReadOnlySpan<char> word) =>
        word.Length >= 2 && TextFolding.Fold(word[0]) == 'q' && TextFolding.Fold(word[1]) == 'u';

    /// <summary>
    /// Whether the capitalised word before an "I" makes it a Roman numeral ("Charles I", "World War I"):
    /// not a weekday or a month ("Last Tuesday I…"), nor a word capitalised only because it opens the
    /// sentence ("Yesterday I…", "Then I…").
    /// </summary>
    private static bool ClosesAName(SyntaxToken? previous, bool previousOpensSentence) =>
        previous is { IsCapitalized: true } word && !previousOpensSentence && !Calendar().IsMatch(word.Chars);

    private static int Rank(GrammaticalPerson person) => person switch
    {
        GrammaticalPerson.FirstSingular => 4,
        GrammaticalPerson.FirstPlural => 3,
        GrammaticalPerson.Second => 2,
        GrammaticalPerson.Impersonal => 1,
        _ => 0,
    };

    [GeneratedRegex(@"\A(?:a|avait|était|est|fut)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SingularAuxiliary();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Calendar();

    [GeneratedRegex(@"^(?:has|can|must|should|might|could|would|may|cannot|can't|can’t|will)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\bil\s+(?:semble|para[iî]t|faut|convient|est\s+(?:clair|évident|temps|dommage|regrettable|vrai|certain))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrenchImpersonal();

    [GeneratedRegex(@"\bit\s+(?:seems|appears|is\s+(?:clear|evident|a\s+shame|regrettable|true|certain|time))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EnglishImpersonal();
}
