using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Person names in a block: runs of capitalised words (with name particles such as "von der",
/// "da", "bin", "al"), matched against the gazetteer by their longest suffix that is a listed
/// figure or a near miss of one ("Ukrainian President Volodymyr Zelenksy" → "Volodymyr Zelenksy").
/// A title or role before the name ("le président", "Chancellor") is kept as the role span.
/// </summary>
internal static class EntityRecognizer
{
    // Tokens of the longest name tried, particles included: the listed forms have at most five words.
    private const int MaxNameTokens = 8;

    // Per document text: where each surname asked about ends a full name (see IntroducedByFullName).
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<string, FullNameEndings>> s_fullNameEndings = new();

    private static readonly FrozenSet<string> OfOffice = new[] { "of", "for", "de", "du", "des", "d'" }.ToFrozenSet(StringComparer.Ordinal);
    // No role word, title or particle is longer: longer words are tested as none of them, without folding.
    private const int LongestWordRead = 48;

    private static readonly FrozenSet<string> Particles = new[] { "von", "van", "der", "den", "de", "du", "da", "di", "del", "dos", "das", "bin", "ben", "al", "el", "la", "le", "ould" }.ToFrozenSet(StringComparer.Ordinal);

    public static ImmutableArray<PersonEntity> Find(BlockSyntax block, PublicFigureGazetteer gazetteer)
    {
        var results = ImmutableArray.CreateBuilder<PersonEntity>();
        var text = block.Document.Prose;
        foreach (var sentence in block.Sentences)
        {
            // Read once: the entities are kept, the tokens of every sentence need not be.
            var tokens = sentence.TokensForOneScan();
            var i = 0;
            while (i < tokens.Length)
            {
                if (!IsNameWord(tokens[i]))
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < tokens.Length && (IsNameWord(tokens[end]) || ParticlesBeforeName(tokens, end) > 0))
                {
                    end += IsNameWord(tokens[end]) ? 1 : ParticlesBeforeName(tokens, end);
                }

                var entity = Best(tokens, i, end, text, block.Document.Language, gazetteer);
                if (entity is not null)
                {
                    results.Add(entity);
                }

                i = end;
            }
        }

        return results.ToImmutable();
    }

    private static PersonEntity? Best(ReadOnlySpan<SyntaxToken> tokens, int start, int end, string text, string language, PublicFigureGazetteer gazetteer)
    {
        var role = RoleBefore(tokens, start, end, out var nameStart, out var roleOfOffice);
        var nameEnd = NameEnd(tokens[end - 1]);
        // A name is the run's last few words: the longest listed form has five ("Luiz Inácio Lula da Silva").
        // Trying every start of a long run (an all-capitals paragraph, a list of 80,000 capitalised
        // words) made a string per start, each up to the run's length: quadratic time and memory.
        for (var from = Math.Max(nameStart, end - MaxNameTokens); from < end; from++)
        {
            var span = TextSpan.FromBounds(tokens[from].Span.Start, nameEnd);
            var name = text.Substring(span.Start, span.Length);
            var allowSurname = from == end - 1 && (role is not null || from > start);

            // A title gives a lone surname right after it ("M. Scholtz"), or after the office's complement
            // ("le ministre de l’Intérieur Darmanin"); not a word right after "of" ("Prime Minister of
            // Spain": the office's country), nor the surname of a full name ("Dr. Fiona Clarke").
            var titled = role is not null && (from == nameStart ? !roleOfOffice : roleOfOffice);
            var (kind, canonical, distance) = gazetteer.Match(name, allowSurname && titled, language);

            // "Mr. Harlan" after "Marcus Harlan": a lone surname that the article gives someone by full name
            // is that person's, however close to a figure's it is.
            var introduced = from == end - 1 && kind == NameMatchKind.NearMiss && IntroducedByFullName(text, tokens[from].Span);
            if (introduced)
            {
                kind = NameMatchKind.Unknown;
            }

            if (kind == NameMatchKind.Unknown && from == end - 1 && !titled && !introduced)
            {
                (kind, canonical, distance) = gazetteer.MatchSurnameOfNamedFigure(name, text, language);
            }

            if (kind != NameMatchKind.Unknown)
            {
                return new PersonEntity(span, name, role, kind, canonical, distance);
            }
        }

        // Not a listed figure: a name of two or more capitalised words, or one after a role.
        if (end - nameStart >= 2 || (role is not null && end - nameStart == 1))
        {
            var span = TextSpan.FromBounds(tokens[nameStart].Span.Start, nameEnd);
            return new PersonEntity(span, text.Substring(span.Start, span.Length), role, NameMatchKind.Unknown, null, 0);
        }

        return null;
    }

    /// <summary>
    /// A role opening the run ("President", "Ukrainian President", "Mme") or just before it ("le
    /// président", "the foreign minister"); the name starts after the last role word of the run.
    /// </summary>
    private static TextSpan? RoleBefore(ReadOnlySpan<SyntaxToken> tokens, int start, int end, out int nameStart, out bool roleOfOffice)
    {
        nameStart = start;
        roleOfOffice = false;
        for (var i = start; i < end - 1; i++)
        {
            if (IsRole(tokens[i]))
            {
                nameStart = i + 1;
            }
        }

        if (nameStart > start)
        {
            return TextSpan.FromBounds(tokens[start].Span.Start, tokens[nameStart - 1].Span.End);
        }

        // A name's own particles stand between the title and it ("M. de Villepin", "Mme de Montchalin").
        var adjacent = start - 1;
        while (adjacent >= 0 && adjacent >= start - 2 && IsParticle(tokens[adjacent]))
        {
            adjacent--;
        }

        for (var back = adjacent; back >= 0 && back >= adjacent - 2; back--)
        {
            // The stop of an abbreviated title ("M. Scholtz", "Dr. Price") belongs to the title.
            if (back == adjacent && back > 0 && tokens[back].Chars is "." && tokens[back - 1].Kind == TokenKind.Word)
            {
                continue;
            }

            if (tokens[back].Kind != TokenKind.Word)
            {
                break;
            }

            if (IsRole(tokens[back]))
            {
                // "Prime Minister of Spain", "le ministre de l’Intérieur": what follows "of" is the office's, not its holder.
                roleOfOffice = back + 1 < start && IsOfOffice(tokens[back + 1]);
                return TextSpan.FromBounds(tokens[back].Span.Start, tokens[start - 1].Span.End);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the word at <paramref name="word"/> ends a full name elsewhere in the text: right after
    /// another capitalised word ("Marcus Harlan", "Fiona Clarke").
    /// </summary>
    private static bool IntroducedByFullName(string text, TextSpan word)
    {
        // Once per surname and document: a document that repeats a misspelt surname on every line asked
        // the whole text again for each of them (quadratic).
        var surname = text.Substring(word.Start, word.Length);
        var found = s_fullNameEndings.GetValue(text, static _ => new ConcurrentDictionary<string, FullNameEndings>(StringComparer.Ordinal))
            .GetOrAdd(surname, static (name, all) => FindFullNameEndings(all, name), text);
        return found.Many || (found.First >= 0 && found.First != word.Start);
    }

    private static FullNameEndings FindFullNameEndings(string text, string surname)
    {
        var first = -1;
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
        {
            var after = at + surname.Length;
            if ((after < text.Length && char.IsLetter(text[after])) || at < 2 || text[at - 1] != ' ')
            {
                continue;
            }

            var before = at - 2;
            var wordStart = before;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (char.IsLetter(text[before]) && before - wordStart >= 1 && char.IsUpper(text[wordStart]) &&
                !SemanticLexicon.Roles.Contains(SemanticLexicon.Fold(text[wordStart..(before + 1)])))
            {
                if (first >= 0)
                {
                    return new FullNameEndings(first, Many: true);
                }

                first = at;
            }
        }

        return new FullNameEndings(first, Many: false);
    }

    /// <summary>A role word, also as a former one ("l’ex-président Sarkozy", "ex-Chancellor Merkel").</summary>
    private static bool IsRole(SyntaxToken token)
    {
        var chars = token.Chars;
        if (chars.Length > LongestWordRead)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[LongestWordRead];
        var folded = SemanticLexicon.Fold(chars, buffer);
        var roles = SemanticLexicon.RoleLookup;
        return roles.Contains(folded) || (folded.StartsWith("ex-", StringComparison.Ordinal) && roles.Contains(folded[3..]));
    }

    /// <summary>"of", "de", "d’": what follows is the office's complement, not its holder.</summary>
    private static bool IsOfOffice(SyntaxToken token)
    {
        var chars = token.Chars;
        if (chars.Length > LongestWordRead)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[LongestWordRead];
        return OfOffice.GetAlternateLookup<ReadOnlySpan<char>>().Contains(SemanticLexicon.Fold(chars, buffer));
    }

    /// <summary>
    /// Where a name ending with <paramref name="last"/> ends: before an English possessive, which the
    /// tokenizer keeps inside the word ("Starmer's" names Starmer).
    /// </summary>
    private static int NameEnd(SyntaxToken last)
    {
        var text = last.Chars;
        return text.Length > 3 && text[^1] is 's' && text[^2] is '\'' or '’' ? last.Span.End - 2 : last.Span.End;
    }

    private static bool IsNameWord(SyntaxToken token) => token.Kind == TokenKind.Word && token.IsCapitalized && token.Span.Length >= 2;

    /// <summary>How many particles start at <paramref name="index"/> when a name word follows them ("von der Leyen": 2), else 0.</summary>
    private static int ParticlesBeforeName(ReadOnlySpan<SyntaxToken> tokens, int index)
    {
        var count = 0;
        while (count < 3 && index + count < tokens.Length && IsParticle(tokens[index + count]))
        {
            count++;
        }

        return count > 0 && index + count < tokens.Length && IsNameWord(tokens[index + count]) ? count : 0;
    }

    private static bool IsParticle(SyntaxToken token) => token.Kind == TokenKind.Word && !token.IsCapitalized && Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.Chars);
}
