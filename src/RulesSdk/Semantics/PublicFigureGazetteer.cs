using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using F23.StringSimilarity;
using RulesSdk.Analyzers;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Public figures (Semantics/Data/public-figures.txt): every spelling listed on a line is official.
/// <see cref="Match"/> says whether a name is one of them, or one or two letters off one (Damerau
/// distance, so "Zelenksy" is one transposition from "Zelensky"), with the closest official form.
/// Accents count too: a name written with an accent no listed form has there ("Pedro Sanchéz"), or
/// without accents that every listed form of those letters carries ("Serguei Lavrov" where only
/// "Sergueï Lavrov" is listed), is a near miss of the accented form; an unaccented form listed on the
/// line ("Pedro Sanchez") is official, and so is one that only drops accents from capitals
/// ("Elisabeth Borne"). In French text, the unaccented variant of a name with French accents
/// ("Francois Hollande", "Segolene Royal") is a near miss too: it is listed for English text.
/// Every line ends with the person's gender after " ; " (m or f): <see cref="GenderOf"/> reads it for the
/// repairs that restore the third person (il/elle, he/she, le/la ministre).
/// </summary>
public sealed class PublicFigureGazetteer
{
    private static readonly Lazy<PublicFigureGazetteer> Shared = new(() => new PublicFigureGazetteer(SemanticLexicon.ReadLines("public-figures.txt")));
    private static readonly Damerau Distance = new();

    // Official forms, each as its folded words; and every folded word that appears in an official form.
    private readonly ImmutableArray<(string Form, string[] Words)> _forms;

    // Per form, what the near-miss search compares with, computed once rather than per candidate:
    // the folded words joined, the folded surname alone (as a one-word name), the surname as written.
    private readonly ImmutableArray<(string Joined, string[] Surname, string ShownSurname)> _formKeys;

    // Every official form of the person each form names (the forms of its line).
    private readonly ImmutableArray<string[]> _personForms;

    // Full names (two words or more) and distinctive surnames (see SurnameTriggers) as written, by the last
    // run of letters in them ("Macron", "Jr" for "Ferdinand Marcos Jr."): a document's words are looked up
    // one by one, and a hit is checked in full. One hash lookup a word is much cheaper than a multi-string
    // search for thousands of keys, which takes the slow Aho-Corasick path. The folded surnames of the
    // people a document names are computed once per document text.
    private readonly Dictionary<string, (string Naming, int Tail, bool IsSurname, string[] Surnames)[]> _namingsByLastWord;
    private readonly Dictionary<string, (string Naming, int Tail, bool IsSurname, string[] Surnames)[]>.AlternateLookup<ReadOnlySpan<char>> _namingsByLastWordLookup;

    private readonly Dictionary<string, string[]> _surnamesByFullName = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<string, HashSet<string>> _surnamesNamedIn = new();
    private readonly ConditionalWeakTable<string, HashSet<string>>.CreateValueCallback _findSurnamesNamedIn;
    private readonly HashSet<string> _officialWords = new(StringComparer.Ordinal);

    // Every spelling as written, by its folded letters: full forms ("pedro sanchez" → "Pedro Sánchez",
    // "Pedro Sanchez") and surnames ("sanchez" → "Sánchez", "Sanchez"), so that an exact match and its
    // accents are checked against a few spellings, never the whole list.
    private readonly Dictionary<string, string[]> _formsByLetters;
    private readonly Dictionary<string, string[]> _surnamesByLetters;

    // Accented spellings (full forms and surnames) that French text must not write unaccented.
    private readonly HashSet<string> _accentsKeptInFrench = new(StringComparer.Ordinal);

    // Indexes into _forms by the first letter of the form's last word, in list order: a near miss keeps
    // every word's first letter, so only forms whose surname starts with the name's can be one.
    private readonly Dictionary<char, int[]> _formsBySurnameInitial;

    // Gender by folded full form ("emmanuel macron" → masculine), and by given name where every listed
    // person who bears it (two at least) has the same gender and the name is not one borne by women and
    // men alike (Semantics/Data/unisex-given-names.txt): a fallback for people the list lacks.
    private readonly Dictionary<string, PersonGender> _genderByForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonGender> _genderByGivenName;

    // Results of Match per name as written and way of asking (lone surname allowed, French text).
    private const int MemoCapacity = 100_000;
    private readonly ConcurrentDictionary<(string Name, bool SurnameOnly, bool French), (NameMatchKind, string?, int)> _matches = new();

    public PublicFigureGazetteer(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var forms = ImmutableArray.CreateBuilder<(string, string[])>();
        var personForms = ImmutableArray.CreateBuilder<string[]>();
        var givenNames = new Dictionary<string, (PersonGender Gender, int Count)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var (person, gender) = ParseLine(line);
            foreach (var form in person)
            {
                var words = Words(form);
                forms.Add((form, words));
                personForms.Add(person);
                _officialWords.UnionWith(words);
                if (words.Length > 0)
                {
                    _genderByForm[string.Join(' ', words)] = gender;
                }
            }

            // A given name (the first word of a name of two or more, not a title such as "King" or "Sheikh").
            var first = Words(person[0]);
            if (first.Length > 1 && !SemanticLexicon.Roles.Contains(first[0]))
            {
                givenNames[first[0]] = givenNames.TryGetValue(first[0], out var seen)
                    ? (seen.Gender == gender ? gender : PersonGender.Unknown, seen.Count + 1)
                    : (gender, 1);
            }

            // Someone whose every spelling has the same letters writes their name in a Latin alphabet, and
            // French keeps its French accents ("Gérald Darmanin"); a transliterated name is spelt otherwise
            // elsewhere ("Benjamin Netanyahu"), and French news writes it with or without accents.
            if (person.Select(form => string.Join(' ', Words(form))).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                foreach (var form in person.Where(HasFrenchAccentsOnly))
                {
                    _accentsKeptInFrench.Add(form);
                    _accentsKeptInFrench.Add(form.Split(' ')[^1]);
                }
            }
        }

        // Given names: the common ones of Semantics/Data/given-names.txt, then those of the list, all of whose
        // bearers (two at least) share a gender; never one borne by women and men alike.
        var unisex = SemanticLexicon.ReadLines("unisex-given-names.txt").Select(SemanticLexicon.Fold).ToHashSet(StringComparer.Ordinal);
        var genderByGivenName = new Dictionary<string, PersonGender>(StringComparer.Ordinal);
        foreach (var line in SemanticLexicon.ReadLines("given-names.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            genderByGivenName[SemanticLexicon.Fold(parts[0])] = parts is [_, "m"] ? PersonGender.Masculine
                : parts is [_, "f"] ? PersonGender.Feminine
                : throw new InvalidOperationException($"Semantics/Data/given-names.txt: the line \"{line}\" must be a given name, then m or f.");
        }

        foreach (var (given, (gender, count)) in givenNames)
        {
            if (count >= 2 && gender != PersonGender.Unknown && !genderByGivenName.ContainsKey(given))
            {
                genderByGivenName[given] = gender;
            }
        }

        _genderByGivenName = genderByGivenName.Where(pair => !unisex.Contains(pair.Key)).ToDictionary(StringComparer.Ordinal);

        _forms = forms.ToImmutable();
        _formsByLetters = _forms.Where(f => f.Words.Length > 0)
            .GroupBy(f => string.Join(' ', f.Words), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Form).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _surnamesByLetters = _forms.Where(f => f.Words.Length > 1)
            .GroupBy(f => f.Words[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Form.Split(' ')[^1]).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _personForms = personForms.ToImmutable();
        _formKeys = [.. _forms.Select(f => (string.Join(' ', f.Words), f.Words.Length > 0 ? new[] { f.Words[^1] } : [], f.Form.Split(' ')[^1]))];
        for (var i = 0; i < _forms.Length; i++)
        {
            if (_forms[i].Words.Length > 1)
            {
                _surnamesByFullName[_forms[i].Form] = _personForms[i].Select(form => Words(form)).Where(w => w.Length > 0).Select(w => w[^1]).Distinct().ToArray();
            }
        }

        var surnameTriggers = SurnameTriggers();
        _namingsByLastWord = _surnamesByFullName.Select(pair => (Naming: pair.Key, IsSurname: false, Surnames: pair.Value))
            .Concat(surnameTriggers.Select(pair => (Naming: pair.Key, IsSurname: true, Surnames: pair.Value)))
            .Select(n => (Word: LastLetterRun(n.Naming, out var tail), n.Naming, Tail: tail, n.IsSurname, n.Surnames))
            .Where(n => n.Word.Length > 0)
            .GroupBy(n => n.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => (n.Naming, n.Tail, n.IsSurname, n.Surnames)).ToArray(), StringComparer.Ordinal);
        _namingsByLastWordLookup = _namingsByLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _findSurnamesNamedIn = FindSurnamesNamedIn;
        _formsBySurnameInitial = Enumerable.Range(0, _forms.Length)
            .Where(i => _forms[i].Words.Length > 0)
            .GroupBy(i => _forms[i].Words[^1][0])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// Surnames that name their figure when a document writes them alone ("M. Hollande", "Sarkozy a dit"),
    /// as written, with the folded surnames of every person who bears them: those of six letters or more
    /// that no listed figure has as a first name ("Martin", "Laurent", "Michel" are not).
    /// </summary>
    private Dictionary<string, string[]> SurnameTriggers()
    {
        var givenNames = _forms.Where(f => f.Words.Length > 1).Select(f => f.Words[0]).ToHashSet(StringComparer.Ordinal);
        var triggers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < _forms.Length; i++)
        {
            var (form, words) = _forms[i];
            if (words.Length < 2 || words[^1].Length < 6 || givenNames.Contains(words[^1]) || !_surnamesByFullName.TryGetValue(form, out var surnames))
            {
                continue;
            }

            var written = form.Split(' ')[^1];
            if (!triggers.TryGetValue(written, out var set))
            {
                triggers[written] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(surnames);
        }

        return triggers.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// One line of the data file: its official forms (separated by |) and, after " ; ", the person's
    /// gender (m or f). A line without a valid gender is an error naming the line.
    /// </summary>
    public static (string[] Forms, PersonGender Gender) ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var separator = line.LastIndexOf(';');
        var marker = separator < 0 ? string.Empty : line[(separator + 1)..].Trim();
        var gender = marker switch
        {
            "m" => PersonGender.Masculine,
            "f" => PersonGender.Feminine,
            _ => throw new FormatException($"public-figures.txt: the line \"{line}\" must end with \" ; m\" or \" ; f\" (the person's gender)."),
        };
        var forms = line[..separator].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return forms.Length > 0 ? (forms, gender) : throw new FormatException($"public-figures.txt: the line \"{line}\" names no one.");
    }

    /// <summary>Whether <paramref name="word"/> is a common given name of one gender ("Daria", "Jean-Philippe"), from the data files and the list.</summary>
    public bool IsGivenName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _genderByGivenName.ContainsKey(SemanticLexicon.Fold(word));
    }

    /// <summary>
    /// The gender of the person <paramref name="text"/> names ("Bruno Le Maire", "Environment Secretary
    /// Steve Barclay", "la ministre Rachida Dati"): a listed figure's, found as a run of the text's words;
    /// else that of a given name every listed bearer shares ("Steve", "Catherine") when a capitalised word
    /// follows it; else <see cref="PersonGender.Unknown"/>.
    /// </summary>
    public PersonGender GenderOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = text.Split([' ', '\u00A0', '\t', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        var words = written.Select(w => SemanticLexicon.Fold(w).Trim('.', '’', '\'', '"')).ToArray();
        for (var start = 0; start < words.Length; start++)
        {
            for (var end = words.Length; end >= start + 2; end--)
            {
                if (_genderByForm.TryGetValue(string.Join(' ', words[start..end]), out var listed))
                {
                    return listed;
                }
            }
        }

        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (written[i].Length > 0 && char.IsUpper(written[i][0]) && written[i + 1].Length > 0 && char.IsUpper(written[i + 1][0]) &&
                _genderByGivenName.TryGetValue(words[i], out var given))
            {
                return given;
            }
        }

        return PersonGender.Unknown;
    }

    /// <summary>The gazetteer of the SDK's data file, loaded once.</summary>
    public static PublicFigureGazetteer Default => Shared.Value;

    public int Count => _forms.Length;

    /// <summary>
    /// How <paramref name="name"/> ("Emmanuel Macorn") relates to the listed figures. A single word is
    /// compared with surnames only when <paramref name="allowSurnameOnly"/> (the caller has context
    /// such as a title before it), since a lone word one letter off a surname is often another word.
    /// <paramref name="language"/> is the text's: in French, an unaccented variant of a name with
    /// French accents is a near miss (see the class summary).
    /// </summary>
    public (NameMatchKind Kind, string? Canonical, int Distance) Match(string name, bool allowSurnameOnly = false, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(name);

        // The same capitalised runs come back in every document ("Monday", "European Union", the
        // figures of the day): each is compared with the list once per way of asking. The memo stops
        // growing at a bound, so a long-running host keeps its memory.
        var key = (name, allowSurnameOnly, language == DocumentLanguage.French);
        if (_matches.TryGetValue(key, out var known))
        {
            return known;
        }

        var result = MatchUncached(name, allowSurnameOnly, language);
        if (_matches.Count < MemoCapacity)
        {
            _matches.TryAdd(key, result);
        }

        return result;
    }

    private (NameMatchKind Kind, string? Canonical, int Distance) MatchUncached(string name, bool allowSurnameOnly, string? language)
    {
        var words = Words(name);
        if (words.Length == 0)
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        var french = language == DocumentLanguage.French;
        var joined = string.Join(' ', words);
        if (_formsByLetters.TryGetValue(joined, out var spellings) ||
            (words.Length == 1 && allowSurnameOnly && _surnamesByLetters.TryGetValue(words[0], out spellings)))
        {
            // Letters as listed: official with its accents as listed ("Pedro Sánchez", "Pedro Sanchez"),
            // else a near miss whose fix is the listed accented form ("Pedro Sanchéz").
            return AccentNearMiss(name, spellings, french) is { } accented ? (NameMatchKind.NearMiss, accented, 1) : (NameMatchKind.Official, name, 0);
        }

        // A lone surname is compared only with context. A short one (four or five letters: "Merz",
        // "Trump", "Rutte") is one letter off many real surnames ("Fabre"/"Faure", "Reeve"/"Reeves"),
        // so it is a near miss only in the shape of a typing slip: two letters swapped or a doubled
        // letter written once or thrice ("Trupm", "Rute").
        if (words.Length == 1 && (!allowSurnameOnly || words[0].Length < 4))
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        var shortSurname = words.Length == 1 && words[0].Length < 6;

        // A listed word alone ("Zelensky", "Atal") is never a near miss. Listed words together may be
        // one: "Olaf Schulz" of "Olaf Scholz" though Schulz is listed, "Gabriel Atal" of "Gabriel Attal".
        if (words.Length == 1 && _officialWords.Contains(words[0]))
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestPrefix = -1;
        if (!_formsBySurnameInitial.TryGetValue(words[^1][0], out var sameInitial))
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        foreach (var index in sameInitial)
        {
            var (form, formWords) = _forms[index];
            var keys = _formKeys[index];
            var candidate = words.Length == 1 ? keys.Surname : formWords;
            if (candidate.Length != words.Length)
            {
                continue;
            }

            // Closest first; between equally close forms, the one sharing the longest start, so a
            // French "Poutin" becomes "Poutine" and an English "Putn" becomes "Putin".
            // Then the form written closest with its accents ("Antonio Guteres" → "Antonio Guterres",
            // "António Guteres" → "António Guterres").
            var distance = NearMissDistance(words, candidate);
            if (distance == 0 || (shortSurname && !IsTypingSlip(words[0], candidate[0])))
            {
                continue;
            }

            var prefix = joined.AsSpan().CommonPrefixLength(words.Length == 1 ? keys.Surname[0] : keys.Joined);
            var shown = words.Length == 1 ? keys.ShownSurname : form;
            if (distance < bestDistance || (distance == bestDistance && prefix > bestPrefix) ||
                (distance == bestDistance && prefix == bestPrefix && best is not null && RawDistance(name, shown) < RawDistance(name, best)))
            {
                (bestDistance, bestPrefix) = (distance, prefix);
                best = shown;
            }
        }

        return best is null ? (NameMatchKind.Unknown, null, 0) : (NameMatchKind.NearMiss, best, bestDistance);
    }

    /// <summary>
    /// A lone word without a title ("Macorn a ajouté") one letter off the surname of a figure whose
    /// full official name <paramref name="documentText"/> writes elsewhere ("Emmanuel Macron"): the
    /// document names the person, so the word is a misspelling of them rather than another word.
    /// </summary>
    public (NameMatchKind Kind, string? Canonical, int Distance) MatchSurnameOfNamedFigure(string word, string documentText, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(documentText);
        // Cheap gates first, without allocating (they run on every capitalised word): one word, and the
        // document names someone whose surname could be this word's.
        var named = SurnamesNamedIn(documentText);
        if (named.Count == 0 || word.Length > MaxLoneWordLength)
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        Span<char> buffer = stackalloc char[MaxLoneWordLength];
        var folded = SemanticLexicon.Fold(word, buffer).Trim(WordSeparators);
        if (folded.IsEmpty || folded.ContainsAny(WordSeparators) || !CouldBeOneEditFromAny(folded, named))
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        var match = Match(word, allowSurnameOnly: true, language);
        return match.Kind == NameMatchKind.NearMiss && match.Canonical is not null && named.Contains(Words(match.Canonical)[^1])
            ? match
            : (NameMatchKind.Unknown, null, 0);
    }

    /// <summary>
    /// Whether some surname shares the word's first letter and could be one edit from it (a lone word is a
    /// near miss only at distance one): a necessary condition, checked before the gazetteer is searched.
    /// </summary>
    private static bool CouldBeOneEditFromAny(ReadOnlySpan<char> word, HashSet<string> surnames)
    {
        foreach (var surname in surnames)
        {
            if (surname[0] == word[0] && Math.Abs(surname.Length - word.Length) <= 1 && EditDistanceLowerBound(word, surname) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The folded surnames, in every official form, of the people the text names: by their full name, or
    /// by a distinctive surname written as a word of its own.
    /// </summary>
    private HashSet<string> SurnamesNamedIn(string text) => _surnamesNamedIn.GetValue(text, _findSurnamesNamedIn);

    // Asked for every capitalised word of a document: the callback is made once, not per call.
    private HashSet<string> FindSurnamesNamedIn(string t)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var all = t.AsSpan();
        var position = 0;
        while (position < all.Length)
        {
            if (!char.IsLetter(all[position]))
            {
                position++;
                continue;
            }

            var wordStart = position;
            while (position < all.Length && char.IsLetter(all[position]))
            {
                position++;
            }

            if (!_namingsByLastWordLookup.TryGetValue(all[wordStart..position], out var namings))
            {
                continue;
            }

            foreach (var (naming, tail, isSurname, personSurnames) in namings)
            {
                var end = position + tail;
                var start = end - naming.Length;
                if (start < 0 || end > all.Length || !all[start..end].SequenceEqual(naming))
                {
                    continue;
                }

                // A distinctive surname names the figure only as a word of its own.
                if (isSurname && ((start > 0 && char.IsLetter(all[start - 1])) || (end < all.Length && char.IsLetter(all[end]))))
                {
                    continue;
                }

                surnames.UnionWith(personSurnames);
            }
        }

        return surnames;
    }

    /// <summary>
    /// The last run of letters in <paramref name="naming"/> ("Jr" in "Ferdinand Marcos Jr."), and how many
    /// characters follow it (<paramref name="tail"/>): the word a document's text is looked up by.
    /// </summary>
    private static string LastLetterRun(string naming, out int tail)
    {
        var end = naming.Length;
        while (end > 0 && !char.IsLetter(naming[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(naming[start - 1]))
        {
            start--;
        }

        tail = naming.Length - end;
        return naming[start..end];
    }

    /// <summary>
    /// The listed spelling to write for <paramref name="name"/>, whose letters match
    /// <paramref name="spellings"/> once accents are folded; null when the name is written as listed, or
    /// only drops the accents of capitals ("Elisabeth Borne"), or is all capitals.
    /// </summary>
    private string? AccentNearMiss(string name, string[] spellings, bool french)
    {
        var written = CollapseSpaces(name.Normalize(System.Text.NormalizationForm.FormC));
        var accented = HasAccent(written);
        if (!accented && !written.Any(char.IsLower))
        {
            return null;
        }

        string? best = null;
        foreach (var form in spellings)
        {
            var listed = CollapseSpaces(form);
            if (string.Equals(listed, written, StringComparison.OrdinalIgnoreCase))
            {
                // In French text the unaccented form listed for English does not stand for a French name.
                if (!(french && !accented && !HasAccent(form) && spellings.Any(_accentsKeptInFrench.Contains)))
                {
                    return null;
                }

                continue;
            }

            if (!accented && string.Equals(WithoutCapitalAccents(listed), written, StringComparison.OrdinalIgnoreCase) &&
                !(french && _accentsKeptInFrench.Contains(form)))
            {
                return null;
            }

            // The writer meant an accented spelling: an accented form first, then the closest one.
            if (best is null || (HasAccent(form) && !HasAccent(best)) ||
                (HasAccent(form) == HasAccent(best) && RawDistance(written, form) < RawDistance(written, best)))
            {
                best = form;
            }
        }

        // An accent where no listed form has one ("Olaf Schölz") is fixed to the closest form; a name
        // without accents only to an accented one.
        return accented || (best is not null && HasAccent(best)) ? best : null;
    }

    private const string FrenchAccented = "éèêëàâçîïôûùÿœÉÈÊËÀÂÇÎÏÔÛÙŸŒ";

    /// <summary>
    /// A form with French accents only ("François", "Sébastien"), none of another alphabet's ("Sánchez",
    /// which French news often writes "Sanchez"), and on a small letter (French typography may drop them
    /// from capitals: "Édouard", "Eric").
    /// </summary>
    private static bool HasFrenchAccentsOnly(string form) =>
        form.Any(c => c >= 128 && char.IsLower(c)) &&
        form.All(c => c < 128 || !char.IsLetter(c) || FrenchAccented.Contains(c, StringComparison.Ordinal));

    /// <summary>The form with the accents of its capitals dropped, as French typography allows ("Élisabeth" → "Elisabeth").</summary>
    private static string WithoutCapitalAccents(string form) =>
        string.Create(form.Length, form, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                var plain = TextFolding.Fold(c);
                destination[i] = c >= 128 && char.IsUpper(c) && plain < 128 ? char.ToUpperInvariant(plain) : c;
            }
        });

    private static bool HasAccent(string text) => text.Any(c => c >= 128 && char.IsLetter(c));

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static int RawDistance(string a, string b) =>
        (int)Distance.Distance(CollapseSpaces(a).ToLowerInvariant(), CollapseSpaces(b).ToLowerInvariant());

    /// <summary>0 when not a near miss; else the summed distance of the differing words (at most 2).</summary>
    private static int NearMissDistance(string[] words, string[] form)
    {
        var total = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == form[i])
            {
                continue;
            }

            // A misspelt word keeps its first letter and is long enough for a typo to be told from another name.
            var (a, b) = (words[i], form[i]);
            var shorter = Math.Min(a.Length, b.Length);

            // A short word inside a full name whose other words are exact ("Stéphane Le Fol" for "Le Foll") is
            // a misspelling only as a typing slip: a doubled letter written once or thrice, two letters swapped.
            if (shorter is 3 && words.Length > 1 && IsTypingSlip(a, b) && OnlyDifferingWord(words, form, i))
            {
                total += 1;
                continue;
            }

            // Two edits only inside a full name: a lone surname two letters off is too often another person.
            // Six letters are enough when every other word of the name is exact ("Jean-Marc Ayraud" for Ayrault).
            var allowed = words.Length > 1 && (shorter >= 7 || (shorter == 6 && OnlyDifferingWord(words, form, i))) ? 2 : 1;
            if (a[0] != b[0] && IsTransliteratedInitial(words, form, i))
            {
                // "Wladimir Putin", "Ibrahim Raisi": a given name transliterated with another first letter, the rest exact.
                total += 1;
                continue;
            }

            if (a.Length < 4 || b.Length < 4 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > allowed ||
                EditDistanceLowerBound(a, b) > allowed)
            {
                return 0;
            }

            var distance = (int)Distance.Distance(a, b);
            if (distance > allowed)
            {
                return 0;
            }

            total += distance;
        }

        return total <= 2 ? total : 0;
    }

    /// <summary>
    /// A given name (not the surname) whose first letter is another language's transliteration of the form's (W/V, I/E,
    /// J/Y/I, C/K) and whose other letters are the form's, in a name whose other words are exact: "Wladimir Putin",
    /// "Ibrahim Raisi", "Jurij Andropov". Other first letters stay another person ("Doris Johnson" is not "Boris Johnson").
    /// </summary>
    private static bool IsTransliteratedInitial(string[] words, string[] form, int index)
    {
        var (a, b) = (words[index], form[index]);
        return index < words.Length - 1 && a.Length >= 5 && a.Length == b.Length && a.AsSpan(1).SequenceEqual(b.AsSpan(1))
            && OnlyDifferingWord(words, form, index) && TransliteratedInitials.Contains((a[0], b[0]));
    }

    private static readonly HashSet<(char, char)> TransliteratedInitials =
        [('w', 'v'), ('v', 'w'), ('i', 'e'), ('e', 'i'), ('j', 'y'), ('y', 'j'), ('i', 'y'), ('y', 'i'), ('c', 'k'), ('k', 'c')];

    /// <summary>Whether every word of the name but the one at <paramref name="index"/> is the form's own.</summary>
    private static bool OnlyDifferingWord(string[] words, string[] form, int index)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (j != index && words[j] != form[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A lower bound of the Damerau distance from letter counts alone: a substitution changes the counts
    /// of two letters, an insertion or deletion one, a transposition none, so the distance is at least
    /// half the summed count differences. It rejects most pairs without the library's matrix.
    /// </summary>
    internal static int EditDistanceLowerBound(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Letters outside ASCII are left uncounted: fewer counted differences keep the bound a lower one.
        Span<int> counts = stackalloc int[128];
        counts.Clear();
        foreach (var c in a)
        {
            if (c < 128)
            {
                counts[c]++;
            }
        }

        foreach (var c in b)
        {
            if (c < 128)
            {
                counts[c]--;
            }
        }

        var differences = 0;
        foreach (var count in counts)
        {
            differences += Math.Abs(count);
        }

        return (differences + 1) / 2;
    }

    /// <summary>
    /// Whether <paramref name="written"/> is <paramref name="official"/> with two adjacent letters
    /// swapped, or with one of a doubled letter dropped or one more added ("Rute", "Ruttte" for "Rutte").
    /// </summary>
    private static bool IsTypingSlip(string written, string official)
    {
        if (written.Length == official.Length)
        {
            var first = 0;
            while (first < written.Length && written[first] == official[first])
            {
                first++;
            }

            return first + 1 < written.Length && written[first] == official[first + 1] && written[first + 1] == official[first] &&
                written.AsSpan(first + 2).SequenceEqual(official.AsSpan(first + 2));
        }

        var (longer, shorter) = written.Length > official.Length ? (written, official) : (official, written);
        if (longer.Length != shorter.Length + 1)
        {
            return false;
        }

        for (var i = 0; i < longer.Length; i++)
        {
            // Dropping longer[i] gives the shorter word, and longer[i] was one of a doubled pair.
            var doubled = (i > 0 && longer[i - 1] == longer[i]) || (i + 1 < longer.Length && longer[i + 1] == longer[i]);
            if (doubled && string.Concat(longer.AsSpan(0, i), longer.AsSpan(i + 1)) == shorter)
            {
                return true;
            }
        }

        return false;
    }

    // A lone word longer than this is no surname; the gate folds it on the stack.
    private const int MaxLoneWordLength = 64;

    private static readonly char[] WordSeparators = [' ', '\u00A0', '\t', '\n'];

    private static string[] Words(string name) =>
        SemanticLexicon.Fold(name).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
}
