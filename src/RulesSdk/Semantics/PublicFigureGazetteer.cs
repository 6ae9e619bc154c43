using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using F23.StringSimilarity;
using RulesSdk.Analyzers;

namespace RulesSdk.Semantics;

/// <summary>
/// Public figures (Semantics/Data/public-figures.txt): every spelling listed on a line is official.
/// <see cref="Match"/> says whether a name is one of them, or one or two letters off one (Damerau
/// distance, so "Zelenksy" is one transposition from "Zelensky"), with the closest official form.
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

    // Full names (two words or more) as written, found in a document in one vectorised pass; and the
    // folded surnames of the people a document names, computed once per document text.
    private readonly SearchValues<string> _fullNameKeys;
    private readonly Dictionary<string, string[]> _surnamesByFullName = new(StringComparer.Ordinal);
    private readonly Dictionary<char, (string Key, int Offset, string FullName, string[] Surnames)[]> _fullNamesByKeyFirstChar;
    private readonly ConditionalWeakTable<string, HashSet<string>> _surnamesNamedIn = new();
    private readonly HashSet<string> _officialWords = new(StringComparer.Ordinal);

    // Results of Match per name as written, with and without the lone-surname comparison.
    private const int MemoCapacity = 100_000;
    private readonly ConcurrentDictionary<string, (NameMatchKind, string?, int)> _matches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (NameMatchKind, string?, int)> _surnameMatches = new(StringComparer.Ordinal);
    private readonly HashSet<string> _officialForms = new(StringComparer.Ordinal);

    // Indexes into _forms by the first letter of the form's last word, in list order: a near miss keeps
    // every word's first letter, so only forms whose surname starts with the name's can be one.
    private readonly Dictionary<char, int[]> _formsBySurnameInitial;

    public PublicFigureGazetteer(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var forms = ImmutableArray.CreateBuilder<(string, string[])>();
        var personForms = ImmutableArray.CreateBuilder<string[]>();
        foreach (var line in lines)
        {
            var person = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in person)
            {
                var words = Words(form);
                forms.Add((form, words));
                personForms.Add(person);
                _officialForms.Add(string.Join(' ', words));
                _officialWords.UnionWith(words);
            }
        }

        _forms = forms.ToImmutable();
        _personForms = personForms.ToImmutable();
        _formKeys = [.. _forms.Select(f => (string.Join(' ', f.Words), f.Words.Length > 0 ? new[] { f.Words[^1] } : [], f.Form.Split(' ')[^1]))];
        for (var i = 0; i < _forms.Length; i++)
        {
            if (_forms[i].Words.Length > 1)
            {
                _surnamesByFullName[_forms[i].Form] = _personForms[i].Select(form => Words(form)).Where(w => w.Length > 0).Select(w => w[^1]).Distinct().ToArray();
            }
        }

        // Each full name is searched by its longest ASCII run ("Ayrault" for "Jean-Marc Ayrault", "Macron"
        // for "Emmanuel Macron"): a set of ASCII keys takes the vectorised search, where one accented
        // name would send the whole set to the much slower general one. A hit is then checked in full.
        var keyed = _surnamesByFullName
            .Select(pair => (Key: TextPrefilter.SearchKey(pair.Key), FullName: pair.Key, Surnames: pair.Value))
            .Select(n => (n.Key, Offset: n.FullName.IndexOf(n.Key, StringComparison.Ordinal), n.FullName, n.Surnames))
            .ToArray();
        _fullNameKeys = SearchValues.Create([.. keyed.Select(n => n.Key).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        _fullNamesByKeyFirstChar = keyed.GroupBy(n => n.Key[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _formsBySurnameInitial = Enumerable.Range(0, _forms.Length)
            .Where(i => _forms[i].Words.Length > 0)
            .GroupBy(i => _forms[i].Words[^1][0])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The gazetteer of the SDK's data file, loaded once.</summary>
    public static PublicFigureGazetteer Default => Shared.Value;

    public int Count => _forms.Length;

    /// <summary>
    /// How <paramref name="name"/> ("Emmanuel Macorn") relates to the listed figures. A single word is
    /// compared with surnames only when <paramref name="allowSurnameOnly"/> (the caller has context
    /// such as a title before it), since a lone word one letter off a surname is often another word.
    /// </summary>
    public (NameMatchKind Kind, string? Canonical, int Distance) Match(string name, bool allowSurnameOnly = false)
    {
        ArgumentNullException.ThrowIfNull(name);

        // The same capitalised runs come back in every document ("Monday", "European Union", the
        // figures of the day): each is compared with the list once. The memo stops growing at a
        // bound, so a long-running host keeps its memory.
        var memo = allowSurnameOnly ? _surnameMatches : _matches;
        if (memo.TryGetValue(name, out var known))
        {
            return known;
        }

        var result = MatchUncached(name, allowSurnameOnly);
        if (memo.Count < MemoCapacity)
        {
            memo.TryAdd(name, result);
        }

        return result;
    }

    private (NameMatchKind Kind, string? Canonical, int Distance) MatchUncached(string name, bool allowSurnameOnly)
    {
        var words = Words(name);
        if (words.Length == 0)
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        if (_officialForms.Contains(string.Join(' ', words)))
        {
            // Letters and accents as listed ("Pedro Sánchez", "Pedro Sanchez"), or a misplaced accent
            // ("Pedro Sanchéz"): a near miss whose fix is the listed form with accents.
            return AccentNearMiss(name) is { } accented ? (NameMatchKind.NearMiss, accented, 1) : (NameMatchKind.Official, name, 0);
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

        // A name whose every word is official ("Zelensky", "Olaf Scholz") is never a near miss.
        if (words.All(_officialWords.Contains))
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestPrefix = -1;
        var joined = string.Join(' ', words);
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
    public (NameMatchKind Kind, string? Canonical, int Distance) MatchSurnameOfNamedFigure(string word, string documentText)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(documentText);
        // Cheap gates first: the document names someone whose surname could be this word's.
        var folded = Words(word);
        var named = SurnamesNamedIn(documentText);
        if (folded.Length != 1 || named.Count == 0 || !CouldBeOneEditFromAny(folded[0], named))
        {
            return (NameMatchKind.Unknown, null, 0);
        }

        var match = Match(word, allowSurnameOnly: true);
        return match.Kind == NameMatchKind.NearMiss && match.Canonical is not null && named.Contains(Words(match.Canonical)[^1])
            ? match
            : (NameMatchKind.Unknown, null, 0);
    }

    /// <summary>
    /// Whether some surname shares the word's first letter and could be one edit from it (a lone word is a
    /// near miss only at distance one): a necessary condition, checked before the gazetteer is searched.
    /// </summary>
    private static bool CouldBeOneEditFromAny(string word, HashSet<string> surnames)
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

    /// <summary>The folded surnames, in every official form, of the people whose full name the text writes.</summary>
    private HashSet<string> SurnamesNamedIn(string text) => _surnamesNamedIn.GetValue(text, t =>
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var text = t.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var found = text[position..].IndexOfAny(_fullNameKeys);
            if (found < 0)
            {
                break;
            }

            var at = position + found;
            foreach (var (key, offset, fullName, personSurnames) in _fullNamesByKeyFirstChar[text[at]])
            {
                var start = at - offset;
                if (start >= 0 && text[at..].StartsWith(key, StringComparison.Ordinal) && text[start..].StartsWith(fullName, StringComparison.Ordinal))
                {
                    surnames.UnionWith(personSurnames);
                }
            }

            position = at + 1;
        }

        return surnames;
    });

    /// <summary>
    /// The official form of a name that matches one only once accents are folded and carries an accent
    /// none of them has where it has it (a misplaced or invented accent); null when the name is written
    /// as listed, or without accents (a legitimate unaccented spelling).
    /// </summary>
    private string? AccentNearMiss(string name)
    {
        var normalized = name.Normalize(System.Text.NormalizationForm.FormC);
        if (!HasAccent(normalized))
        {
            return null;
        }

        var key = string.Join(' ', Words(name));
        string? best = null;
        foreach (var (form, formWords) in _forms)
        {
            if (string.Join(' ', formWords) != key)
            {
                continue;
            }

            if (string.Equals(CollapseSpaces(form), CollapseSpaces(normalized), StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            // The writer meant an accented spelling: an accented form first, then the closest one.
            if (best is null || (HasAccent(form) && !HasAccent(best)) ||
                (HasAccent(form) == HasAccent(best) && RawDistance(normalized, form) < RawDistance(normalized, best)))
            {
                best = form;
            }
        }

        return best;
    }

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
            // Two edits only inside a full name: a lone surname two letters off is too often another person.
            var allowed = Math.Min(a.Length, b.Length) >= 7 && words.Length > 1 ? 2 : 1;
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
    /// A lower bound of the Damerau distance from letter counts alone: a substitution changes the counts
    /// of two letters, an insertion or deletion one, a transposition none, so the distance is at least
    /// half the summed count differences. It rejects most pairs without the library's matrix.
    /// </summary>
    internal static int EditDistanceLowerBound(string a, string b)
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

    private static string[] Words(string name) =>
        SemanticLexicon.Fold(name).Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
