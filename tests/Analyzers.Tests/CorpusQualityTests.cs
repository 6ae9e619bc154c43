using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesSdk.Analyzers;
using RulesSdk.Text;
using RulesSdk.Workspaces;
using Xunit.Abstractions;

namespace Analyzers.Tests;

/// <summary>
/// Precision and recall of each pack on the labelled corpus in tests/corpus/{fr,en}: a diagnostic
/// is a true positive when its rule's family (its name, or a tag naming a family) equals a label's
/// category and their spans overlap; each label is matched at most once.
/// </summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.90;

    [Theory]
    [InlineData("fr", "news-fr")]
    [InlineData("en", "news-en")]
    public void Corpus_MeetsQualityBar(string language, string packName)
    {
        var folder = Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus", language);
        var labels = JsonSerializer.Deserialize<CorpusLabels>(File.ReadAllText(Path.Combine(folder, "labels.json")))
            ?? throw new InvalidOperationException("labels.json is empty");
        var pack = BuiltInPacks.Get(packName);
        // A rule counts for the artifact family it names: its own name, or a tag naming a family
        // (several rules may serve one family, e.g. a wrong name and an inconsistent spelling).
        var categories = labels.Documents.SelectMany(d => d.Artifacts).Select(a => a.Category).ToHashSet(StringComparer.Ordinal);
        var names = pack.Rules.ToDictionary(
            r => r.Id,
            r => categories.Contains(r.Name) ? r.Name : r.Descriptor.CustomTags.FirstOrDefault(categories.Contains) ?? r.Name,
            StringComparer.OrdinalIgnoreCase);
        var driver = new AnalyzerDriver(pack.Analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });

        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var details = new StringBuilder();
        var quoted = new List<string>();
        foreach (var entry in labels.Documents)
        {
            var path = $"{language}/{entry.File}";
            var text = SourceText.Decode(File.ReadAllBytes(Path.Combine(folder, entry.File)));
            var document = new TextDocument(DocumentId.FromPath(path), path, text, declaredLanguage: labels.Language);
            if (entry.Voice == "first-person")
            {
                document = document.WithOptions(ImmutableDictionary<string, string>.Empty.Add("voice", "first-person"));
            }

            var expected = new List<(string Category, TextSpan Span, bool Matched)>();
            foreach (var artifact in entry.Artifacts)
            {
                var span = FindOccurrence(text.ToString(), artifact.Text, artifact.Occurrence);
                if (span is null)
                {
                    details.Append(CultureInfo.InvariantCulture, $"  label not found: {path} {artifact.Category} \"{artifact.Text}\" #{artifact.Occurrence}\n");
                    Bump(counts, artifact.Category, fn: 1);
                    continue;
                }

                expected.Add((artifact.Category, span.Value, false));
            }

            foreach (var diagnostic in driver.AnalyzeDocument(document))
            {
                var rule = names.GetValueOrDefault(diagnostic.Id, diagnostic.Id);
                var index = expected.FindIndex(e => !e.Matched && e.Category == rule && e.Span.OverlapsWith(diagnostic.Location.SourceSpan));
                if (index >= 0)
                {
                    expected[index] = expected[index] with { Matched = true };
                    Bump(counts, rule, tp: 1);
                }
                else
                {
                    Bump(counts, rule, fp: 1);
                    details.Append(CultureInfo.InvariantCulture, $"  FP {diagnostic} [{rule}] \"{Excerpt(text, diagnostic.Location.SourceSpan)}\"\n");
                }

                if (entry.Artifacts.Length == 0 && document.GetSyntax().IsInQuote(diagnostic.Location.SourceSpan.Start))
                {
                    quoted.Add(diagnostic.ToString());
                }
            }

            foreach (var missed in expected.Where(e => !e.Matched))
            {
                Bump(counts, missed.Category, fn: 1);
                details.Append(CultureInfo.InvariantCulture, $"  FN {path} [{missed.Category}] \"{Excerpt(text, missed.Span)}\"\n");
            }
        }

        var (precision, recall) = PrintTable(packName, counts);
        if (details.Length > 0)
        {
            output.WriteLine("Misses:\n" + details.ToString().TrimEnd());
        }

        Assert.True(quoted.Count == 0, "Diagnostics inside quotation marks of documents without artifacts:\n" + string.Join('\n', quoted));
        Assert.True(precision >= MinPrecision, $"precision {precision:P1} < {MinPrecision:P0}");
        Assert.True(recall >= MinRecall, $"recall {recall:P1} < {MinRecall:P0}");
    }

    private (double Precision, double Recall) PrintTable(string pack, SortedDictionary<string, (int Tp, int Fp, int Fn)> counts)
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"{pack}\n{"rule",-26} {"TP",4} {"FP",4} {"FN",4} {"precision",9} {"recall",7}\n");
        foreach (var (rule, c) in counts)
        {
            table.Append(CultureInfo.InvariantCulture, $"{rule,-26} {c.Tp,4} {c.Fp,4} {c.Fn,4} {Ratio(c.Tp, c.Tp + c.Fp),9} {Ratio(c.Tp, c.Tp + c.Fn),7}\n");
        }

        var tp = counts.Values.Sum(c => c.Tp);
        var fp = counts.Values.Sum(c => c.Fp);
        var fn = counts.Values.Sum(c => c.Fn);
        table.Append(CultureInfo.InvariantCulture, $"{"overall",-26} {tp,4} {fp,4} {fn,4} {Ratio(tp, tp + fp),9} {Ratio(tp, tp + fn),7}");
        output.WriteLine(table.ToString());
        return (tp + fp == 0 ? 1 : (double)tp / (tp + fp), tp + fn == 0 ? 1 : (double)tp / (tp + fn));
    }

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

    private static void Bump(SortedDictionary<string, (int Tp, int Fp, int Fn)> counts, string rule, int tp = 0, int fp = 0, int fn = 0)
    {
        var c = counts.GetValueOrDefault(rule);
        counts[rule] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    private static TextSpan? FindOccurrence(string text, string value, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < Math.Max(1, occurrence); i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }
        }

        return new TextSpan(index, value.Length);
    }

    private static string Excerpt(SourceText text, TextSpan span)
    {
        var value = text.ToString(span).Replace('\n', ' ');
        return value.Length <= 80 ? value : value[..80] + "…";
    }

    private sealed record CorpusLabels(
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("documents")] ImmutableArray<CorpusDocument> Documents);

    private sealed record CorpusDocument(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("voice")] string Voice,
        [property: JsonPropertyName("artifacts")] ImmutableArray<CorpusArtifact> Artifacts);

    private sealed record CorpusArtifact(
        [property: JsonPropertyName("category")] string Category,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("occurrence")] int Occurrence);
}
