using System.Collections.Frozen;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// Word classes of a writer's stance — <c>evaluative</c>, <c>emotion</c>, <c>stance</c>, <c>perception</c>,
/// <c>telling</c>, <c>text</c>, <c>address</c> — read from Semantics/Data/stance-lexicon-{language}.txt
/// (<c>class&lt;TAB&gt;word</c>, or a stem ending in <c>*</c>). The learned model reads a word's classes beside
/// the word itself: a judgement or a perception verb it never saw in training still counts as one, which
/// is what carries the model to phrasings nobody wrote into the dev set. Words and entries are folded
/// (case, accents, ’ → '), so "Révoltant" and "revoltant" are one word; ligatures are not expanded, so the
/// file lists "écœurant" and "écoeurant" both. Folding also merges homographs ("ouï" and "oui", "peiné" and
/// "peine"): an entry whose folded form is a neutral news word is left out.
/// </summary>
internal sealed class StanceLexicon
{
    // A stem is looked up by its first letters: a word's first five letters find the few stems it may extend.
    private const int StemKeyLength = 5;

    private static readonly Lazy<StanceLexicon> French = new(() => Load(DocumentLanguage.French));
    private static readonly Lazy<StanceLexicon> English = new(() => Load(DocumentLanguage.English));

    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, (string Stem, string Class)[]>.AlternateLookup<ReadOnlySpan<char>> _stems;

    private StanceLexicon(FrozenDictionary<string, string[]> words, FrozenDictionary<string, (string Stem, string Class)[]> stems)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        WordCount = words.Count;
        StemCount = stems.Values.Sum(s => s.Length);
    }

    /// <summary>The classes the learned model knows, in the order the data file documents them.</summary>
    public static IReadOnlyList<string> Classes { get; } = ["evaluative", "emotion", "stance", "perception", "telling", "text", "address"];

    public int WordCount { get; }

    public int StemCount { get; }

    /// <summary>The shipped lexicon of <paramref name="language"/> ("fr" or anything else for English).</summary>
    public static StanceLexicon For(string language) => language == DocumentLanguage.French ? French.Value : English.Value;

    /// <summary>Reads the data file format; throws <see cref="InvalidDataException"/> naming the line of a malformed entry.</summary>
    public static StanceLexicon Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var classes = Classes.ToFrozenDictionary(c => c, c => c, StringComparer.Ordinal);
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var stems = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.AsSpan().Trim().IsEmpty || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || !classes.TryGetValue(cells[0], out var @class))
            {
                throw new InvalidDataException($"{source}({number}): expected one of {string.Join(", ", Classes)}, a tab and a word, not \"{line}\"");
            }

            var entry = SemanticLexicon.Fold(cells[1].Trim());
            if (entry.Length == 0 || entry.Any(char.IsWhiteSpace))
            {
                throw new InvalidDataException($"{source}({number}): \"{cells[1]}\" is not one word");
            }

            if (entry[^1] == '*')
            {
                var stem = entry[..^1];
                if (stem.Length < StemKeyLength)
                {
                    throw new InvalidDataException($"{source}({number}): the stem \"{cells[1]}\" is shorter than {StemKeyLength} letters: it would catch unrelated words");
                }

                Add(stems, stem[..StemKeyLength], (stem, @class));
            }
            else
            {
                Add(words, entry, @class);
            }
        }

        return new StanceLexicon(
            words.ToFrozenDictionary(w => w.Key, w => w.Value.Distinct().ToArray(), StringComparer.Ordinal),
            stems.ToFrozenDictionary(s => s.Key, s => s.Value.Distinct().ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Feeds <paramref name="prefix"/> and each class of <paramref name="folded"/> (a folded word) to <paramref name="sink"/>.</summary>
    public void AddClasses<TSink>(ReadOnlySpan<char> folded, string prefix, ref TSink sink)
        where TSink : struct, ILeakFeatureSink
    {
        if (_words.TryGetValue(folded, out var classes))
        {
            foreach (var @class in classes)
            {
                sink.Add(prefix, @class);
            }
        }

        if (folded.Length >= StemKeyLength && _stems.TryGetValue(folded[..StemKeyLength], out var stems))
        {
            foreach (var (stem, @class) in stems)
            {
                if (folded.StartsWith(stem, StringComparison.Ordinal))
                {
                    sink.Add(prefix, @class);
                }
            }
        }
    }

    private static void Add<TValue>(Dictionary<string, List<TValue>> table, string key, TValue value)
    {
        if (!table.TryGetValue(key, out var list))
        {
            table[key] = list = [];
        }

        list.Add(value);
    }

    private static StanceLexicon Load(string language)
    {
        var name = $"stance-lexicon-{language}.txt";
        return Parse(SemanticLexicon.ReadRawLines(name), "Semantics/Data/" + name);
    }
}
