using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RulesSdk.Text;

namespace RulesSdk.Syntax;

/// <summary>
/// Splits prose into sentences for French and English. A full stop ends a sentence only when
/// the next word starts like a sentence: abbreviations (M., Mme, Dr., U.S.), initials, decimal
/// numbers and a stop before a lower-case word (a broken sentence, not a new one) do not split.
/// </summary>
public static partial class SentenceSegmenter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        // French
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "av", "apr", "J.-C", "cf", "etc", "p", "pp",
        "env", "n°", "chap", "éd", "al", "hab", "boul", "bd", "ex", "av. J.-C", "Cie", "Éts",
        "janv", "févr", "avr", "juil", "oct", "nov", "déc", "lun", "mar", "ven", "sam",
        // English
        "Mr", "Mrs", "Ms", "Prof", "Sr", "Jr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj", "Rev", "Hon",
        "Inc", "Ltd", "Co", "Corp", "vs", "approx", "dept", "No", "Nos", "Fig", "Ave", "Blvd", "Rd", "Mt", "ca",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Abbreviations that are also ordinary words ("la mer.", "un jeu.", "sept.", "modern art.",
    // "he said no."): an abbreviation only before a number ("art. 5", "vol. 2", "mer. 12 juin").
    private static readonly FrozenSet<string> AbbreviationsBeforeNumbers = new[]
    {
        "art", "vol", "fig", "no", "min", "max", "sept", "mer", "jeu", "dim", "est", "sec", "para", "ch", "pt",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Abbreviations written before a name: never the end of a sentence.
    private static readonly FrozenSet<string> Titles = new[]
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Mr", "Mrs", "Ms", "Prof", "Gen", "Gov",
        "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj", "Rev", "Hon", "Mt",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised words that open sentences and never follow an abbreviation inside one.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "A", "An", "We", "I", "He", "She", "It", "They", "This", "That", "These", "Those", "There", "Its", "Their",
        "Our", "His", "Her", "But", "And", "So", "Then", "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Nous", "Je",
        "On", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Mais", "Et", "Puis",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that open an adverbial head ("At 7 a.m.", "Shortly before 8 a.m.", "In the U.S."): a head of a
    // few words that ends at an abbreviation is no sentence of its own, whatever word follows it.
    private static readonly FrozenSet<string> HeadOpeners = new[]
    {
        "At", "Around", "About", "By", "Before", "After", "Until", "Till", "From", "Since", "In", "On", "Shortly", "Just",
        "Soon", "Early", "Late", "Towards", "Toward", "Near", "Between", "During", "Outside", "Inside",
        "À", "Vers", "Dès", "Avant", "Après", "Depuis", "Jusqu", "Au", "Aux", "Dans", "En", "Sur", "Entre", "Peu",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The most words such a head holds ("Shortly before 8 a.m." is four).
    private const int MaxHeadWords = 5;

    // The only characters that can end a sentence: everything between them is skipped in one vectorised search.
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?…\n|");

    /// <summary>Sentence spans (trimmed of surrounding white space) of <paramref name="prose"/>, offset by <paramref name="offset"/>.</summary>
    public static List<TextSpan> Split(ReadOnlySpan<char> prose, int offset)
    {
        var result = new List<TextSpan>();
        var start = SkipListMarker(prose, SkipWhiteSpace(prose, 0));
        start += DatelineLength(prose[start..]);
        var i = start;

        // The line of the last pipe met, read once: a line of thousands of pipes must not be scanned back for each.
        var row = (End: -1, IsTable: false);
        while (i < prose.Length)
        {
            var next = prose[i..].IndexOfAny(SentenceEnds);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = prose[i];

            // A cell of a table row ("| Name | Role |") is a sentence of its own, whatever its punctuation.
            if (c == '|')
            {
                if (i >= row.End)
                {
                    row = LineOf(prose, i);
                }

                if (row.IsTable)
                {
                    AddCell(result, prose, start, i, offset);
                    start = SkipWhiteSpace(prose, i + 1);
                    i = start;
                    continue;
                }

                i++;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < prose.Length && prose[end] is '.' or '!' or '?' or '…')
                {
                    end++;
                }

                // Closing quotes and brackets belong to the sentence they end, and so does the
                // space French typography puts before a closing guillemet (". »", ".\u00A0»").
                while (end < prose.Length && (prose[end] is '»' or '”' or '"' or '’' or ')' or ']' || IsSpaceBeforeClosingQuote(prose, end)))
                {
                    end++;
                }

                if (IsBoundary(prose, i, end) && !IsHeadBeforeAbbreviation(prose, start, i, end))
                {
                    AddTrimmed(result, prose, start, end, offset);
                    start = SkipWhiteSpace(prose, end);
                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            // A blank line inside a block (plain-text lists, verse) ends a sentence too, and so does a line that
            // a dash opens: a dialogue line or a list item ("Un trader résume :" / "— Nous avons vendu."). A list
            // item's marker ("- ", "* ", "1. ") is no part of its sentence, so rules read the item from its first
            // word; a table row starts a sentence at its first cell.
            if (c == '\n' && (IsBlankLineAhead(prose, i + 1) || IsDashLineAhead(prose, i + 1) || ListMarkerLength(prose[SkipWhiteSpace(prose, i + 1)..]) > 0 || IsTableLineAhead(prose, i + 1)))
            {
                AddTrimmed(result, prose, start, i, offset);
                start = SkipListMarker(prose, SkipWhiteSpace(prose, i + 1));
                i = start;
                continue;
            }

            i++;
        }

        AddTrimmed(result, prose, start, prose.Length, offset);
        return result;
    }

    private static bool IsDashLineAhead(ReadOnlySpan<char> prose, int from) => OpensWithDash(prose[from..].TrimStart(" \t"));

    private static bool IsTableLineAhead(ReadOnlySpan<char> prose, int from)
    {
        var line = prose[from..].TrimStart(" \t");
        return line.Length > 0 && line[0] == '|';
    }

    /// <summary>
    /// The length of the list marker that opens <paramref name="line"/> with the spaces after it ("- ", "* ", "• ",
    /// "+ ", "12. ", "3) "), or 0. Dialogue dashes (—, –) are not markers: the voice model reads them.
    /// </summary>
    internal static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        int marker;
        if (line.Length > 1 && line[0] is '-' or '*' or '•' or '+')
        {
            marker = 1;
        }
        else
        {
            var digits = 0;
            while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (digits is 0 or > 3 || digits >= line.Length || line[digits] is not ('.' or ')'))
            {
                return 0;
            }

            marker = digits + 1;
        }

        if (marker >= line.Length || line[marker] is not (' ' or '\t'))
        {
            return 0;
        }

        var end = marker;
        while (end < line.Length && line[end] is ' ' or '\t')
        {
            end++;
        }

        // "- " alone, or before a line break, marks nothing.
        return end < line.Length && line[end] is not ('\n' or '\r') ? end : 0;
    }

    /// <summary>
    /// The length of the wire dateline that opens a paragraph with the dash after it ("MOSCOW, December 6 - ",
    /// "KYIV, March 3 (Reuters) - ", "2 juillet 2012. - ", "LONDRES, 5 juillet 2012 (AFP) – "), or 0. Like a list marker,
    /// it is no part of the first sentence: a rule that reads a sentence from its first word reads it after the dateline.
    /// A date (a number) or an agency in brackets must be there: "NATO - the alliance" is no dateline.
    /// </summary>
    internal static int DatelineLength(ReadOnlySpan<char> paragraph)
    {
        // Only the first line can hold one, and a dateline is short: the regex never reads further.
        var line = paragraph[..Math.Min(paragraph.Length, 120)];
        var lineEnd = line.IndexOf('\n');
        if (lineEnd >= 0)
        {
            line = line[..lineEnd];
        }

        if (line.IsEmpty || !(char.IsUpper(line[0]) || char.IsDigit(line[0])))
        {
            return 0;
        }

        foreach (var match in Dateline().EnumerateMatches(line))
        {
            return match.Length;
        }

        return 0;
    }

    // A city in capitals and a comma, then a date of at most six words holding a number (and an agency), or a city and
    // an agency alone; a full stop may close a date alone ("2 juillet 2012. -"); then a dash between spaces.
    [GeneratedRegex(@"\A(?:\p{Lu}[\p{Lu}\p{M}'’ .-]{1,30}\p{Lu},[ \t\u00A0]+(?=[^\n]{0,60}\d)(?:[\p{L}\d.,'’]+[ \t\u00A0]+){0,5}[\p{L}\d.'’]+(?:[ \t\u00A0]*\([\p{Lu}][\p{L}\p{M}/ .-]{1,24}\))?|\p{Lu}[\p{Lu}\p{M}'’ .-]{1,30}\p{Lu}[ \t\u00A0]*\([\p{Lu}][\p{L}\p{M}/ .-]{1,24}\)|(?:\p{L}+[ \t\u00A0]+)?\d{1,2}(?:er)?[ \t\u00A0]+\p{L}+\.?(?:[ \t\u00A0]+\d{4})?\.?|\p{L}+[ \t\u00A0]+\d{1,2},?(?:[ \t\u00A0]+\d{4})?\.?)[ \t\u00A0]+[-–—][ \t\u00A0]+(?=[\p{L}«“""])", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    private static int SkipListMarker(ReadOnlySpan<char> prose, int index) =>
        index < prose.Length ? index + ListMarkerLength(prose[index..]) : index;

    /// <summary>
    /// The end of the line holding <paramref name="pipe"/> (past its line break) and whether the line opens with a pipe: a
    /// row of a table written in plain text or Markdown.
    /// </summary>
    private static (int End, bool IsTable) LineOf(ReadOnlySpan<char> prose, int pipe)
    {
        var start = prose[..pipe].LastIndexOf('\n') + 1;
        var end = prose[pipe..].IndexOf('\n');
        return (end < 0 ? prose.Length : pipe + end + 1, prose[start..].TrimStart(" \t")[0] == '|');
    }

    /// <summary>Adds a table cell as a sentence, unless it is empty or a header rule ("---", ":--:").</summary>
    private static void AddCell(List<TextSpan> result, ReadOnlySpan<char> prose, int start, int end, int offset)
    {
        if (prose[start..end].Trim().IndexOfAnyExcept("-: \t") >= 0)
        {
            AddTrimmed(result, prose, start, end, offset);
        }
    }

    /// <summary>Whether <paramref name="text"/> opens with a dialogue dash (— or –) and a space: a dialogue line or a list item.</summary>
    internal static bool OpensWithDash(ReadOnlySpan<char> text) => text.Length > 1 && text[0] is '—' or '–' && char.IsWhiteSpace(text[1]);

    /// <summary>True when the word ending just before <paramref name="dotIndex"/> is a known abbreviation or an initial.</summary>
    public static bool IsAbbreviationBefore(ReadOnlySpan<char> prose, int dotIndex)
    {
        var wordStart = dotIndex;
        while (wordStart > 0 && (char.IsLetter(prose[wordStart - 1]) || prose[wordStart - 1] is '.' or '-' or '°'))
        {
            wordStart--;
        }

        var word = prose[wordStart..dotIndex];
        if (word.IsEmpty)
        {
            return false;
        }

        // Initials: a single upper-case letter (J. R. Smith) or dotted capitals (U.S., J.-M.); after a digit
        // the letter is a unit or a grade ("below 22C. What…", "la 5G. Les…"), not an initial.
        if (word.Length == 1 && char.IsUpper(word[0]) && !(wordStart > 0 && char.IsDigit(prose[wordStart - 1])))
        {
            return true;
        }

        if (word.Contains('.') && IsDottedCapitals(word))
        {
            return true;
        }

        if (Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        return AbbreviationsBeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && IsNumberAfter(prose, dotIndex + 1);
    }

    private static bool IsNumberAfter(ReadOnlySpan<char> prose, int index)
    {
        index = SkipWhiteSpace(prose, index);
        if (index < prose.Length && char.IsDigit(prose[index]))
        {
            return true;
        }

        // A Roman numeral closed by punctuation: "art. I, sec. 10", "vol. IV)".
        var end = index;
        while (end < prose.Length && prose[end] is 'I' or 'V' or 'X' or 'L')
        {
            end++;
        }

        return end > index && end - index <= 4 && end < prose.Length && prose[end] is ',' or ';' or ')' or ':';
    }

    private static bool IsBoundary(ReadOnlySpan<char> prose, int punctuation, int end)
    {
        if (end >= prose.Length)
        {
            return true;
        }

        // A stop must be followed by white space (3.5, U.S.A, example.com do not split).
        if (!char.IsWhiteSpace(prose[end]))
        {
            return false;
        }

        var next = SkipWhiteSpace(prose, end);
        if (next >= prose.Length)
        {
            return true;
        }

        var first = prose[next];
        if (prose[punctuation] == '.' && end - punctuation == 1 && IsAbbreviationBefore(prose, punctuation))
        {
            // "M. Martin" does not split, but "... à Paris, dit M. Le lendemain" rarely happens: prefer not splitting.
            // An abbreviation that is not a title often ends its sentence ("at 7 a.m. We were…", "in the
            // U.S. It…", "etc. Les…"): it splits before a word that opens sentences.
            return !IsTitleBefore(prose, punctuation) && OpensSentence(prose, next);
        }

        // The next sentence starts with a capital, a digit, an opening quote, a dash or a bracket.
        if (char.IsUpper(first) || char.IsDigit(first) || first is '«' or '“' or '"' or '‘' or '(' or '[' or '—' or '–' or '-' or '¿' or '¡' or '*')
        {
            return true;
        }

        // Lower case after a stop: a broken sentence or an abbreviation, not a new sentence.
        return false;
    }

    /// <summary>
    /// "At 7 a.m. I saw…", "Shortly before 8 a.m. We…": the words from the sentence's start to a stop after an
    /// abbreviation are a short adverbial head (an opening preposition, a few words, no comma), not a sentence.
    /// </summary>
    private static bool IsHeadBeforeAbbreviation(ReadOnlySpan<char> prose, int start, int punctuation, int end)
    {
        if (prose[punctuation] != '.' || end - punctuation != 1 || !IsAbbreviationBefore(prose, punctuation))
        {
            return false;
        }

        var head = prose[start..punctuation];
        if (head.IndexOfAny(',', ';', ':') >= 0)
        {
            return false;
        }

        var firstEnd = 0;
        while (firstEnd < head.Length && char.IsLetter(head[firstEnd]))
        {
            firstEnd++;
        }

        if (!HeadOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head[..firstEnd]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in head)
        {
            if (c == ' ' && ++words > MaxHeadWords)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitleBefore(ReadOnlySpan<char> prose, int dotIndex)
    {
        var wordStart = dotIndex;
        while (wordStart > 0 && char.IsLetter(prose[wordStart - 1]))
        {
            wordStart--;
        }

        // A lone capital is an initial ("J. R. Smith"), unless it closes dotted capitals ("U.S.").
        var word = prose[wordStart..dotIndex];
        var dotted = wordStart > 0 && prose[wordStart - 1] == '.';
        // After a digit it is a unit or a grade, not an initial: "below 22C. What…", "la 5G. Les…".
        var afterDigit = wordStart > 0 && char.IsDigit(prose[wordStart - 1]);
        return (word.Length == 1 && char.IsUpper(word[0]) && !dotted && !afterDigit) || Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool OpensSentence(ReadOnlySpan<char> prose, int index)
    {
        var end = index;
        while (end < prose.Length && char.IsLetter(prose[end]))
        {
            end++;
        }

        return end < prose.Length && prose[end] is ' ' or '\u00A0' && SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prose[index..end]);
    }

    private static bool IsSpaceBeforeClosingQuote(ReadOnlySpan<char> prose, int index)
    {
        // A space after the stop is part of the ending only when a closing mark follows it (". »").
        return prose[index] is ' ' or '\u00A0' or '\u202F' &&
               index + 1 < prose.Length && prose[index + 1] is '»' or '”';
    }

    private static bool IsDottedCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            // Compound initials keep their hyphen: J.-M., J.-C.
            if (c is not ('.' or '-') && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlankLineAhead(ReadOnlySpan<char> prose, int index)
    {
        for (var i = index; i < prose.Length; i++)
        {
            if (prose[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(prose[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> prose, int index)
    {
        while (index < prose.Length && char.IsWhiteSpace(prose[index]))
        {
            index++;
        }

        return index;
    }

    private static void AddTrimmed(List<TextSpan> result, ReadOnlySpan<char> prose, int start, int end, int offset)
    {
        while (end > start && char.IsWhiteSpace(prose[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(TextSpan.FromBounds(offset + start, offset + end));
        }
    }
}
