using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using F23.StringSimilarity;
using RulesSdk.Semantics;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Rules;

/// <summary>
/// A name word written once one or two letters off the spelling the same document gives it at least twice
/// ("Jean-Phillipe Magnen" once beside "Jean-Philippe Magnen" twice, "Valentine Sapounof" beside "Valentine
/// Sapounov"): the rewrite misspelt a person it names elsewhere. The match is the odd word; <c>canon</c> captures
/// the first occurrence of the document's spelling.
/// </summary>
/// <remarks>
/// The two words must stand in the same name: the odd word shares a neighbouring name word with the document's
/// spelling ("Sapounov" beside "Valentine"); a lone word ("Russia" beside "Russian", "Pour" beside "Cour") is read only
/// against a full name a known given name opens (« d'Etchenique » beside « Leopoldo González Echenique »). An initial
/// (« V. Sapounof » beside « Valentine Sapounov ») is evidence too, and a role or title beside a full name whose given
/// name is unknown (« Joji Otacki, chercheur »). Left alone: two spellings the gazetteer both lists as official
/// ("Volodymyr Zelensky" beside "Volodymyr Zelenskyy"), gendered first names (Louis / Louise, Mario / Maria), plurals,
/// accents alone (the near-miss rules read those), words of fewer than four letters, and a word with two candidate
/// spellings. Candidates are looked up by length and by first or last letter, and the comparisons are bounded per
/// document, so a text of a million near-identical capitalised words stays linear. A once-written spelling is a
/// candidate only when a known given name or an initial anchors it, and only for a word after an initial or a lone
/// word, on a budget of its own: thousands of once-written names neither cost the old evidence its comparisons nor
/// hide a slip after them.
/// </remarks>
public sealed class NameVariantMatcher : RuleMatcher
{
    private const int MinLength = 4;

    // No name word is longer; a longer run of letters is not read, so the edit distance stays cheap.
    private const int MaxLength = 40;

    // Comparisons per document at most: a hostile text of near-identical names stays linear (its later words go unread).
    private const int MaxPairChecks = 1_000_000;

    // Comparisons of the evidence that reads once-written spellings (an initial, a lone surname), counted apart: a text
    // of thousands of such words never takes from the comparisons of the spellings written twice.
    private const int MaxAnchoredChecks = 250_000;

    // Given names read before a lone surname to tell an official spelling ("Pedro Sanchez" / "Sánchez").
    private const int MaxGivenNamesRead = 8;

    private static readonly Damerau Distance = new();
    private static readonly ConditionalWeakTable<DocumentSyntax, Variant[]> Variants = new();

    public override void Match(DocumentSyntax syntax, TextSpan scope, List<RuleMatch> results)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(results);
        // The variants are in text order: a sentence finds its own by binary search, not by reading them all.
        var variants = Variants.GetValue(syntax, Find);
        var low = 0;
        var high = variants.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (variants[middle].Span.Start < scope.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < variants.Length && variants[i].Span.Start < scope.End; i++)
        {
            if (scope.Contains(variants[i].Span))
            {
                results.Add(new RuleMatch(variants[i].Span, scope, ImmutableDictionary.CreateRange([KeyValuePair.Create("canon", variants[i].Canon)])));
            }
        }
    }

    private static Variant[] Find(DocumentSyntax syntax)
    {
        var spellings = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        var words = NameWords(syntax.Prose, spellings);
        if (words.Count == 0)
        {
            return [];
        }

        var pairs = new HashSet<(string Left, string Right)>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].JoinsNext)
            {
                pairs.Add((words[i].Text, words[i + 1].Text));
            }
        }

        // The document's spellings by length and by first and by last letter: a slip of one or two letters keeps its
        // length within two and, but for a rare edit at each end, one of its ends. Three indexes: the spellings written
        // twice or more (every word with a neighbour reads them, as it always has); the once-written spellings that a
        // known given name or an initial anchors (only a word after an initial, or a lone word, reads them); and the
        // other once-written spellings, never a candidate, read only to refuse a finding a second spelling could explain.
        var evidence = Evidence.Of(syntax.Prose, words);
        var repeated = new SpellingIndex();
        var anchored = new SpellingIndex();
        var loose = new SpellingIndex();
        foreach (var (text, spelling) in spellings)
        {
            (spelling.Count >= 2 ? repeated : evidence.Anchored.Contains(text) ? anchored : loose).Add(text);
        }

        if (repeated.IsEmpty && anchored.IsEmpty)
        {
            return [];
        }

        var found = new List<Variant>();
        var checks = 0;
        var anchoredChecks = 0;
        for (var i = 0; i < words.Count && checks < MaxPairChecks; i++)
        {
            var word = words[i];
            if (spellings[word.Text].Count != 1)
            {
                continue;
            }

            var left = i > 0 && words[i - 1].JoinsNext ? words[i - 1].Text : null;
            var right = word.JoinsNext && i + 1 < words.Count ? words[i + 1].Text : null;
            var lone = left is null && right is null;
            var lowerWord = word.Text.ToLowerInvariant();
            var candidates = new List<string>(2);
            if (!lone)
            {
                // As before the new evidence: two spellings beside the same name word settle it, so stop there.
                var beside = 0;
                if (!repeated.Collect(word.Text, lowerWord, candidates, ref checks, MaxPairChecks,
                    c => ((left is not null && pairs.Contains((left, c))) || (right is not null && pairs.Contains((c, right)))) && ++beside >= 2))
                {
                    continue;
                }
            }

            // The new evidence reads the anchored once-written spellings, on a budget of its own: when it runs out the
            // rest of the document keeps the old evidence only.
            var newEvidence = (lone || word.Initial != '\0') && anchoredChecks < MaxAnchoredChecks;
            if (newEvidence)
            {
                newEvidence = (!lone || repeated.Collect(word.Text, lowerWord, candidates, ref anchoredChecks, MaxAnchoredChecks, null))
                    && anchored.Collect(word.Text, lowerWord, candidates, ref anchoredChecks, MaxAnchoredChecks, null);
            }

            var canon = Judge(words, i, left, right, candidates, spellings, pairs, evidence, newEvidence, out var needsSole);

            // A finding that rests on one candidate alone: no other once-written spelling may be one either.
            if (canon is not null && needsSole
                && (anchoredChecks >= MaxAnchoredChecks
                    || (!newEvidence && anchored.HasOther(word.Text, lowerWord, canon, ref anchoredChecks, MaxAnchoredChecks))
                    || loose.HasOther(word.Text, lowerWord, canon, ref anchoredChecks, MaxAnchoredChecks)))
            {
                canon = null;
            }

            if (canon is not null && !AreOfficialSpellings(left, word.Text, canon, right))
            {
                found.Add(new Variant(word.Span, spellings[canon].First));
            }
        }

        return [.. found];
    }

    /// <summary>
    /// Which of <paramref name="candidates"/> (spellings one or two letters off the odd word) the odd word misspells,
    /// or null when the evidence is not certain. In order: a spelling the document writes twice or more beside the
    /// same name word, the name a person's (a known given name, or a role or occupation beside the full name:
    /// « Joji Otaki, chercheur »); an initial that matches (« V. Sapounof » beside « Valentine Sapounov », « Valentine
    /// Sapounof » beside « V. Sapounov » twice); a lone surname one letter off the surname of a full name the document
    /// writes with a known given name (« Leopoldo González Echenique … d'Etchenique »). The last three rest on the
    /// candidate being the only one: <paramref name="needsSole"/> asks the caller to make sure of it among the
    /// once-written spellings it did not read. <paramref name="newEvidence"/>: the candidates include the anchored
    /// once-written spellings (a word after an initial, or a lone word).
    /// </summary>
    private static string? Judge(List<NameWord> words, int i, string? left, string? right, List<string> candidates, Dictionary<string, Spelling> spellings, HashSet<(string Left, string Right)> pairs, Evidence evidence, bool newEvidence, out bool needsSole)
    {
        needsSole = false;
        if (candidates.Count == 0)
        {
            return null;
        }

        var word = words[i];
        var gazetteer = PublicFigureGazetteer.Default;
        var beside = candidates.Where(c => spellings[c].Count >= 2
            && ((left is not null && pairs.Contains((left, c))) || (right is not null && pairs.Contains((c, right))))).ToList();
        if (beside.Count > 1)
        {
            return null;
        }

        if (beside.Count == 1)
        {
            var canon = beside[0];
            return IsPersonSlip(left, word.Text, canon, right, pairs)
                || (left is not null && pairs.Contains((left, canon)) && !gazetteer.IsGivenName(word.Text) && !gazetteer.IsGivenName(canon)
                    && evidence.IsPersonCued(left, canon, word.Text))
                ? canon
                : null;
        }

        if (candidates.Count != 1 || gazetteer.IsGivenName(word.Text))
        {
            return null;
        }

        var only = candidates[0];
        if (gazetteer.IsGivenName(only))
        {
            return null;
        }

        needsSole = true;

        // An initial: the odd word's matches a given name or an initial the document's spelling has.
        if (word.Initial != '\0')
        {
            return newEvidence && left is null && (evidence.Initials.Contains((only, word.Initial)) || evidence.AfterGivenName.Contains((only, word.Initial))) ? only : null;
        }

        // "Valentin Sapunov" beside "Valentine Sapounov": a whole name spelt otherwise is a transliteration, not a slip.
        var givenNames = evidence.GivenNamesBefore.GetValueOrDefault(only);
        if (left is not null && gazetteer.IsGivenName(left) && spellings[only].Count >= 2 && evidence.Initials.Contains((only, char.ToUpperInvariant(left[0])))
            && (givenNames is null || givenNames.All(g => string.Equals(g, left, StringComparison.Ordinal))))
        {
            return only;
        }

        // A lone surname one letter off, first letters agreeing, no word of the document's lower-case prose.
        return newEvidence && left is null && right is null && word.Text.Length >= 5 && char.ToLowerInvariant(word.Text[0]) == char.ToLowerInvariant(only[0])
            && (int)Distance.Distance(word.Text.ToLowerInvariant(), only.ToLowerInvariant()) == 1
            && evidence.InFullName.Contains(only) && !evidence.OccursInLowerCase(word.Text) && !evidence.IsInDate(word.Span)
            && (givenNames is null || !givenNames.Take(MaxGivenNamesRead).Any(g => gazetteer.Match(g + " " + word.Text).Kind == NameMatchKind.Official))
            ? only
            : null;
    }

    // Both in lower case: "osni" is one letter off "hosni".
    private static bool IsVariant(string word, string candidate)
    {
        var shorter = Math.Min(word.Length, candidate.Length);
        var allowed = shorter >= 8 ? 2 : 1;
        if (Math.Abs(word.Length - candidate.Length) > allowed || string.Equals(word, candidate, StringComparison.Ordinal))
        {
            return false;
        }

        if (PublicFigureGazetteer.EditDistanceLowerBound(word, candidate) > allowed
            || (int)Distance.Distance(word, candidate) > allowed)
        {
            return false;
        }

        return !IsPlural(word, candidate) && !IsGendered(word, candidate) && !TextFolding.EqualsFolded(word, candidate);
    }

    private static bool IsPlural(string a, string b) =>
        (a.Length == b.Length + 1 && a.EndsWith('s') && a.StartsWith(b, StringComparison.Ordinal))
        || (b.Length == a.Length + 1 && b.EndsWith('s') && b.StartsWith(a, StringComparison.Ordinal));

    // Louis / Louise, Mario / Maria, Daniel / Daniela: first names of a man and a woman, often both in one text.
    private static bool IsGendered(string a, string b)
    {
        static bool Vowel(char c) => c is 'a' or 'e' or 'o' or 'i';
        if (a.Length == b.Length)
        {
            return a[..^1] == b[..^1] && Vowel(a[^1]) && Vowel(b[^1]);
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal) && Vowel(longer[^1]);
    }

    // A person's name, misspelt: the document's spelling is a known given name ("Jean-Phillipe" for "Jean-Philippe"),
    // or the odd word's neighbour is one ("Daria Herasymhcuk"). Two given names ("Mark" / "Marc", "Ivana" / "Ivanka",
    // "Gérard" / "Gérald") may be two people; words beside no given name ("White Horse", "North Korean") are no
    // person's.
    private static bool IsPersonSlip(string? left, string word, string canon, string? right, HashSet<(string Left, string Right)> pairs)
    {
        var gazetteer = PublicFigureGazetteer.Default;
        if (gazetteer.IsGivenName(canon))
        {
            return !gazetteer.IsGivenName(word);
        }

        return (left is not null && gazetteer.IsGivenName(left) && pairs.Contains((left, canon)))
            || (right is not null && gazetteer.IsGivenName(right) && pairs.Contains((canon, right)) && !gazetteer.IsGivenName(word));
    }

    // "Volodymyr Zelensky" beside "Volodymyr Zelenskyy": both names are listed official spellings, so neither is a slip.
    private static bool AreOfficialSpellings(string? left, string word, string canon, string? right)
    {
        var gazetteer = PublicFigureGazetteer.Default;
        string Name(string w) => string.Join(' ', new[] { left, w, right }.Where(static x => x is not null));
        bool Listed(string w) => gazetteer.Match(Name(w)).Kind == NameMatchKind.Official
            || (left is not null && gazetteer.Match(left + " " + w).Kind == NameMatchKind.Official)
            || (right is not null && gazetteer.Match(w + " " + right).Kind == NameMatchKind.Official);
        return Listed(word) && Listed(canon);
    }

    /// <summary>
    /// Capitalised words of four letters or more with a lower-case letter after the first ("Karsenti",
    /// "Jean-Philippe"; not "NATO"), an elision before them set aside ("d’Osni" → "Osni"). Each distinct spelling
    /// goes into <paramref name="spellings"/> once, as one string, with its count and first place.
    /// </summary>
    private static List<NameWord> NameWords(string prose, Dictionary<string, Spelling> spellings)
    {
        var words = new List<NameWord>();
        var lookup = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < prose.Length)
        {
            if (!char.IsLetter(prose[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < prose.Length && (char.IsLetter(prose[i]) || IsMark(prose[i]) || (prose[i] is '-' or '’' or '\'' && i + 1 < prose.Length && char.IsLetter(prose[i + 1]))))
            {
                i++;
            }

            var begin = start;
            if (i - start > 2 && prose[start + 1] is '’' or '\'' && prose[start] is 'd' or 'D' or 'l' or 'L')
            {
                begin = start + 2;
            }

            // A possessive is the name itself ("Magnen's"); any other apostrophe ("C’est", "O'Brien") is not read.
            var end = i;
            if (end - begin > 2 && prose[end - 2] is '’' or '\'' && prose[end - 1] is 's')
            {
                end -= 2;
            }

            var length = end - begin;
            var apostrophe = prose.AsSpan(begin, length).IndexOfAny('’', '\'') >= 0;
            var previousIsWordJoiner = start > 0 && (prose[start - 1] is '@' or '#' or '/' or '_' || char.IsDigit(prose[start - 1]));
            if (length >= MinLength && length <= MaxLength && !apostrophe && char.IsUpper(prose[begin]) && HasLowerAfterFirst(prose, begin, end) && !previousIsWordJoiner
                && (i >= prose.Length || prose[i] is not ('/' or '@' or '_') && !char.IsDigit(prose[i])))
            {
                var joinsNext = i + 1 < prose.Length && prose[i] is ' ' or '\u00A0' && char.IsUpper(prose[i + 1]);
                var place = new TextSpan(begin, length);
                var span = prose.AsSpan(begin, length);
                string text;
                if (lookup.TryGetValue(span, out var known, out var spelling))
                {
                    text = known;
                    spellings[text] = spelling with { Count = spelling.Count + 1 };
                }
                else
                {
                    text = span.ToString();
                    spellings.Add(text, new Spelling(1, place));
                }

                // An initial just before the word ("V. Sapounov"): a person's name, cut short.
                var initial = begin == start && start >= 3 && prose[start - 1] == ' ' && prose[start - 2] == '.' && char.IsUpper(prose[start - 3])
                    && (start == 3 || !char.IsLetter(prose[start - 4])) ? prose[start - 3] : '\0';
                words.Add(new NameWord(place, text, joinsNext, initial));
            }
            else if (words.Count > 0 && words[^1].JoinsNext)
            {
                // A lower-case or short word between two names breaks the name.
                words[^1] = words[^1] with { JoinsNext = false };
            }
        }

        return words;
    }

    private static bool HasLowerAfterFirst(string prose, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (char.IsLower(prose[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;


    /// <summary>Spellings by length and by first and by last letter, so a word reads only those a slip could come from.</summary>
    private sealed class SpellingIndex
    {
        private readonly Dictionary<(int Length, char Letter, bool First), List<(string Text, string Lower)>> _buckets = [];

        public bool IsEmpty => _buckets.Count == 0;

        public void Add(string text)
        {
            var lower = text.ToLowerInvariant();
            Bucket((lower.Length, lower[0], true)).Add((text, lower));
            Bucket((lower.Length, lower[^1], false)).Add((text, lower));
        }

        /// <summary>
        /// Adds to <paramref name="candidates"/> the spellings one or two letters off <paramref name="word"/>, until
        /// <paramref name="stop"/> says a candidate settles it; false when <paramref name="checks"/> reached
        /// <paramref name="max"/> first (the candidates are then incomplete).
        /// </summary>
        public bool Collect(string word, string lowerWord, List<string> candidates, ref int checks, int max, Func<string, bool>? stop)
        {
            for (var length = lowerWord.Length - 2; length <= lowerWord.Length + 2; length++)
            {
                foreach (var key in (ReadOnlySpan<(int, char, bool)>)[(length, lowerWord[0], true), (length, lowerWord[^1], false)])
                {
                    if (!_buckets.TryGetValue(key, out var bucket))
                    {
                        continue;
                    }

                    foreach (var (candidate, lowerCandidate) in bucket)
                    {
                        if (++checks > max)
                        {
                            return false;
                        }

                        // A candidate with the same first letter came in the first bucket already.
                        var secondLook = !key.Item3 && lowerCandidate[0] == lowerWord[0];
                        if (secondLook || ReferenceEquals(candidate, word) || !IsVariant(lowerWord, lowerCandidate))
                        {
                            continue;
                        }

                        candidates.Add(candidate);
                        if (stop is not null && stop(candidate))
                        {
                            return true;
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>Whether a spelling other than <paramref name="canon"/> is one too (true as well when the budget runs out: not certain).</summary>
        public bool HasOther(string word, string lowerWord, string canon, ref int checks, int max)
        {
            var others = new List<string>(1);
            return !Collect(word, lowerWord, others, ref checks, max, c => !string.Equals(c, canon, StringComparison.Ordinal))
                || others.Any(c => !string.Equals(c, canon, StringComparison.Ordinal));
        }

        private List<(string Text, string Lower)> Bucket((int Length, char Letter, bool First) key)
        {
            if (!_buckets.TryGetValue(key, out var list))
            {
                list = [];
                _buckets[key] = list;
            }

            return list;
        }
    }

    /// <summary>What the document says of its names beyond their counts, read once per document when a word needs it.</summary>
    private sealed class Evidence
    {
        private readonly string _prose;
        private readonly List<NameWord> _words;
        private HashSet<string>? _lowerCaseWords;
        private HashSet<(string Given, string Surname)>? _cuedNames;

        private Evidence(string prose, List<NameWord> words)
        {
            _prose = prose;
            _words = words;
        }

        /// <summary>A name word and the initial written before it ("V. Sapounov" → (Sapounov, V)).</summary>
        public HashSet<(string Word, char Initial)> Initials { get; } = [];

        /// <summary>A name word and the first letter of the known given name before it ("Valentine Sapounov" → (Sapounov, V)).</summary>
        public HashSet<(string Word, char Initial)> AfterGivenName { get; } = [];

        /// <summary>The known given names written just before a name word ("Valentine Sapounov": Sapounov → Valentine).</summary>
        public Dictionary<string, HashSet<string>> GivenNamesBefore { get; } = new(StringComparer.Ordinal);

        /// <summary>Name words that end a full name opened by a known given name ("Leopoldo González Echenique": González, Echenique).</summary>
        public HashSet<string> InFullName { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Name words a known given name or an initial anchors (in a full name a given name opens, right after a given
        /// name, or after an initial): the only once-written words the new evidence takes as a document's spelling.
        /// </summary>
        public HashSet<string> Anchored { get; } = new(StringComparer.Ordinal);

        public static Evidence Of(string prose, List<NameWord> words)
        {
            var gazetteer = PublicFigureGazetteer.Default;
            var evidence = new Evidence(prose, words);
            var runOpensWithGivenName = false;
            for (var k = 0; k < words.Count; k++)
            {
                var word = words[k];
                if (word.Initial != '\0')
                {
                    evidence.Initials.Add((word.Text, word.Initial));
                    evidence.Anchored.Add(word.Text);
                }

                var joined = k > 0 && words[k - 1].JoinsNext;
                if (!joined)
                {
                    runOpensWithGivenName = gazetteer.IsGivenName(word.Text);
                    continue;
                }

                if (runOpensWithGivenName)
                {
                    evidence.InFullName.Add(word.Text);
                    evidence.Anchored.Add(word.Text);
                }

                if (gazetteer.IsGivenName(words[k - 1].Text))
                {
                    evidence.Anchored.Add(word.Text);
                    evidence.AfterGivenName.Add((word.Text, char.ToUpperInvariant(words[k - 1].Text[0])));
                    if (!evidence.GivenNamesBefore.TryGetValue(word.Text, out var given))
                    {
                        given = new HashSet<string>(StringComparer.Ordinal);
                        evidence.GivenNamesBefore[word.Text] = given;
                    }

                    given.Add(words[k - 1].Text);
                }
            }

            return evidence;
        }

        /// <summary>Whether a number stands beside the word ("March 4", "4 March"): a month, not a surname.</summary>
        public bool IsInDate(TextSpan span) =>
            (span.End + 1 < _prose.Length && _prose[span.End] == ' ' && char.IsDigit(_prose[span.End + 1]))
            || (span.Start >= 2 && _prose[span.Start - 1] == ' ' && char.IsDigit(_prose[span.Start - 2]));

        /// <summary>Whether the word is also written in lower case: a common word ("Marine", "marine"), not a surname.</summary>
        public bool OccursInLowerCase(string word)
        {
            // The prose's lower-case words, gathered once: a document of thousands of lone words stays linear.
            if (_lowerCaseWords is null)
            {
                _lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
                for (var at = 0; at < _prose.Length;)
                {
                    if (!char.IsLetter(_prose[at]))
                    {
                        at++;
                        continue;
                    }

                    var begin = at;
                    while (at < _prose.Length && char.IsLetter(_prose[at]))
                    {
                        at++;
                    }

                    if (char.IsLower(_prose[begin]))
                    {
                        _lowerCaseWords.Add(_prose[begin..at]);
                    }
                }
            }

            var lower = word.ToLowerInvariant();
            if (lower.All(char.IsLetter))
            {
                return _lowerCaseWords.Contains(lower);
            }

            // A hyphen or a mark ("jean-pierre"): read the prose for it, as a whole word.
            for (var at = _prose.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = _prose.IndexOf(lower, at + 1, StringComparison.Ordinal))
            {
                var end = at + lower.Length;
                if ((at == 0 || !char.IsLetter(_prose[at - 1])) && (end >= _prose.Length || !char.IsLetter(_prose[end])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the full name <paramref name="given"/> + <paramref name="surname"/> (or its odd spelling) is cued as a
        /// person's where it is written: a role or occupation in apposition after it (« Joji Otaki, chercheur », "Ole
        /// Solvang, a researcher") or a title before it (« M. », "Dr", « le chercheur »).
        /// </summary>
        public bool IsPersonCued(string given, string surname, string odd)
        {
            // The cued names, gathered once in one pass over the names.
            if (_cuedNames is null)
            {
                _cuedNames = [];
                for (var k = 0; k + 1 < _words.Count; k++)
                {
                    if (_words[k].JoinsNext && (IsPersonWord(WordAfterComma(_words[k + 1].Span.End)) || IsPersonWord(WordBefore(_words[k].Span.Start))))
                    {
                        _cuedNames.Add((_words[k].Text, _words[k + 1].Text));
                    }
                }
            }

            return _cuedNames.Contains((given, surname)) || _cuedNames.Contains((given, odd));
        }

        private static bool IsPersonWord(string? word)
        {
            if (word is null)
            {
                return false;
            }

            var folded = SemanticLexicon.Fold(word);
            return SpeakerSubjects.Occupations.Value.Contains(folded) || SemanticLexicon.Roles.Contains(folded)
                || folded is "m." or "mme" or "mr" or "mr." or "mrs" or "mrs." or "ms" or "ms." or "dr" or "dr.";
        }

        // ", chercheur", ", un chercheur", ", the researcher": the first word after the comma and an article.
        private string? WordAfterComma(int end)
        {
            if (end + 2 >= _prose.Length || _prose[end] != ',' || _prose[end + 1] != ' ')
            {
                return null;
            }

            var word = ReadWord(end + 2, out var next);
            if (word is "un" or "une" or "le" or "la" or "the" or "a" or "an" or "its" or "son" or "sa" or "l")
            {
                word = ReadWord(next, out _);
            }

            return word;
        }

        private string? WordBefore(int start)
        {
            var end = start - 1;
            if (end <= 0 || _prose[end] != ' ')
            {
                return null;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetter(_prose[begin - 1]) || _prose[begin - 1] == '.') && end - begin < 24)
            {
                begin--;
            }

            return begin < end ? _prose[begin..end] : null;
        }

        private string? ReadWord(int at, out int next)
        {
            while (at < _prose.Length && _prose[at] is '\'' or '’' or ' ')
            {
                at++;
            }

            var begin = at;
            while (at < _prose.Length && char.IsLetter(_prose[at]) && at - begin < 40)
            {
                at++;
            }

            next = at;
            if (at < _prose.Length && _prose[at] is '\'' or '’')
            {
                next = at + 1;
            }

            return at > begin && char.IsLower(_prose[begin]) ? _prose[begin..at] : null;
        }
    }

    private readonly record struct NameWord(TextSpan Span, string Text, bool JoinsNext, char Initial);

    private readonly record struct Variant(TextSpan Span, TextSpan Canon);

    private readonly record struct Spelling(int Count, TextSpan First);
}
