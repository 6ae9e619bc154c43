using System.Text;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Testing;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace Analyzers.Tests;

/// <summary>
/// The words the safe fixes write that neither the damaged nor the original text holds, over every damaged case
/// of the dev sets (repo carriers, so it runs in any clone). A broken repair shows up here as a word nobody writes
/// ("alsoes", "personallied", "exigeent", "que ils" → the list named them in the fourteenth round); a right
/// conjugation is a new word too, so the list is a snapshot: a change is read, and accepted with DOCRULES_ACCEPT=1
/// when every new word is right.
/// </summary>
public sealed partial class RepairWordsTests
{
    [Theory]
    [InlineData("fr", "news-fr")]
    [InlineData("en", "news-en")]
    public async Task Words_the_repairs_write(string language, string packName)
    {
        var set = InjectionSet.Load(Path.Combine(CarrierRoots.RepoCorpus, "dev", $"dev-{language}.json"));
        var pack = QualityPacks.Get(packName);
        var fixer = new FixAllRunner(new AnalyzerDriver(pack.Analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 }), new CodeFixService(pack.CodeFixProviders));
        var written = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var @case in set.Cases.Where(c => !c.IsClean && CarrierRoots.IsRepoCarrier(c.Carrier)))
        {
            var carrier = File.ReadAllText(CarrierRoots.Resolve(@case.Carrier)!);
            var composed = InjectionComposer.Apply(carrier, @case.Operations.IsDefault ? [] : @case.Operations);
            var path = CarrierRoots.DocumentPath(@case.Carrier);
            var document = new TextDocument(DocumentId.FromPath(path), path, SourceText.From(composed), declaredLanguage: language);
            var repaired = (await fixer.FixDocumentAsync(document)).FixedText.ToString();

            var known = Words(carrier).Concat(Words(composed)).ToHashSet(StringComparer.Ordinal);
            foreach (var word in Words(repaired).Where(w => !known.Contains(w)))
            {
                if (!written.TryGetValue(word, out var cases))
                {
                    written[word] = cases = new SortedSet<string>(StringComparer.Ordinal);
                }

                cases.Add(@case.Id);
            }
        }

        var text = new StringBuilder();
        foreach (var (word, cases) in written)
        {
            text.Append(word).Append('\t').AppendJoin(' ', cases).Append('\n');
        }

        await Snapshot.Verify(text.ToString(), language);
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Nd}’'-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
