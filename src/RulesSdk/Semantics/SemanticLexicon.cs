using System.Collections.Frozen;
using System.Reflection;
using RulesSdk.Syntax;
using RulesSdk.Text;

namespace RulesSdk.Semantics;

/// <summary>
/// The word lists the model reads (pronoun tables, reporting verbs, roles), embedded from
/// Semantics/Data and loaded once per process. Entries are folded (case, accents, ’ → ').
/// </summary>
internal static class SemanticLexicon
{
    private static readonly Lazy<FrozenDictionary<string, GrammaticalPerson>> FrenchPronouns = new(() => LoadPronouns("pronouns-fr.txt"));
    private static readonly Lazy<FrozenDictionary<string, GrammaticalPerson>> EnglishPronouns = new(() => LoadPronouns("pronouns-en.txt"));
    private static readonly Lazy<string[]> FrenchReportingVerbs = new(() => [.. ReadLines("reporting-verbs-fr.txt").Distinct(StringComparer.Ordinal)]);
    private static readonly Lazy<string[]> EnglishReportingVerbs = new(() => [.. ReadLines("reporting-verbs-en.txt").Distinct(StringComparer.Ordinal)]);
    private static readonly Lazy<FrozenSet<string>> RoleWords = new(() => ReadLines("roles.txt").Select(Fold).ToFrozenSet(StringComparer.Ordinal));

    public static FrozenDictionary<string, GrammaticalPerson> Pronouns(string language) =>
        language == DocumentLanguage.French ? FrenchPronouns.Value : EnglishPronouns.Value;

    /// <summary>The pronoun table of <paramref name="language"/>, looked up by a folded span.</summary>
    public static FrozenDictionary<string, GrammaticalPerson>.AlternateLookup<ReadOnlySpan<char>> PronounLookup(string language) =>
        Pronouns(language).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The role words, looked up by a folded span.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup => Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reporting verbs as written in the data file (for regex alternations).</summary>
    public static IReadOnlyList<string> ReportingVerbs(string language) =>
        language == DocumentLanguage.French ? FrenchReportingVerbs.Value : EnglishReportingVerbs.Value;

    /// <summary>Folded role words and titles ("president", "ministre", "mme").</summary>
    public static FrozenSet<string> Roles => RoleWords.Value;

    public static string Fold(string text) => TextFolding.Fold(text.AsSpan()).Replace('’', '\'');

    /// <summary>
    /// <paramref name="text"/> folded as <see cref="Fold(string)"/> folds it, written into
    /// <paramref name="destination"/> (at least as long): the per-word tests of the model run on every
    /// word of a document and must not allocate.
    /// </summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var folded = destination[..text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = TextFolding.Fold(text[i]);
            folded[i] = c == '’' ? '\'' : c;
        }

        return folded;
    }

    /// <summary>Whether <paramref name="text"/>, folded, is <paramref name="folded"/> (already folded).</summary>
    public static bool FoldsTo(ReadOnlySpan<char> text, string folded)
    {
        if (text.Length != folded.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = TextFolding.Fold(text[i]);
            if ((c == '’' ? '\'' : c) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every line of an embedded data file as written (comments and blank lines too), for parsers that name a line.</summary>
    public static IEnumerable<string> ReadRawLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RulesSdk.Semantics.Data." + name)
            ?? throw new InvalidOperationException($"The embedded data file Semantics/Data/{name} is missing from RulesSdk.dll.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    public static IEnumerable<string> ReadLines(string name) =>
        [.. ReadRawLines(name).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')];

    private static FrozenDictionary<string, GrammaticalPerson> LoadPronouns(string name)
    {
        var table = new Dictionary<string, GrammaticalPerson>(StringComparer.Ordinal);
        foreach (var line in ReadLines(name))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            table[Fold(parts[0])] = parts[1] switch
            {
                "1s" => GrammaticalPerson.FirstSingular,
                "1p" => GrammaticalPerson.FirstPlural,
                "2" => GrammaticalPerson.Second,
                "impersonal" => GrammaticalPerson.Impersonal,
                _ => throw new InvalidOperationException($"Semantics/Data/{name}: unknown person '{parts[1]}' for '{parts[0]}'."),
            };
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
