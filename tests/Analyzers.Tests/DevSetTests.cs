using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RulesSdk.Analyzers;
using RulesSdk.Testing;
using RulesSdk.Text;
using RulesSdk.Workspaces;
using Xunit.Abstractions;

namespace Analyzers.Tests;

/// <summary>
/// The packs on the dev set (tests/corpus/dev/dev-{fr,en}.json): artifacts written into the
/// project's clean corpus documents in phrasings the rules were tuned on. Prints, per kind,
/// recall, precision and the exact-repair rate, and the findings per clean case; fails below the
/// floors the packs reach today so that tuning never silently loses ground.
/// </summary>
public sealed partial class DevSetTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.90;
    private const double MinPrecision = 0.95;
    private const double MinExactRepair = 0.75;
    private const double MaxFindingsPerCleanCase = 0.10;

    [Theory]
    [InlineData("fr", "news-fr")]
    [InlineData("en", "news-en")]
    public async Task DevSet_MeetsFloors(string language, string packName)
    {
        var set = DevSet.Load(Path.Combine(BuiltInPacks.RepoRoot, "tests", "corpus", "dev", $"dev-{language}.json"));
        var pack = BuiltInPacks.Get(packName);
        var kinds = set.Cases.Select(c => c.Kind).ToHashSet(StringComparer.Ordinal);
        var families = pack.Rules.ToDictionary(
            r => r.Id,
            r => kinds.Contains(r.Name) ? r.Name : r.Descriptor.CustomTags.FirstOrDefault(kinds.Contains) ?? r.Name,
            StringComparer.OrdinalIgnoreCase);
        var runner = DocumentRunner.For(pack);

        var scores = new SortedDictionary<string, KindScore>(StringComparer.Ordinal);
        var details = new StringBuilder();
        int cleanCases = 0, cleanFindings = 0;
        foreach (var devCase in set.Cases)
        {
            var carrier = set.ReadCarrier(devCase.Carrier);
            var damaged = devCase.Apply(carrier);
            var document = new TextDocument(DocumentId.FromPath(devCase.Id + ".txt"), devCase.Id + ".txt", SourceText.From(damaged), declaredLanguage: language);
            var run = await runner.RunAsync(document);
            var expected = devCase.ExpectedText(carrier, damaged);
            var repaired = Normalize(run.FixedText) == Normalize(expected);

            if (devCase.Kind == "clean")
            {
                cleanCases++;
                cleanFindings += run.Diagnostics.Length;
                foreach (var finding in run.Diagnostics)
                {
                    details.Append(CultureInfo.InvariantCulture, $"  FP {devCase.Id} {finding.Diagnostic}\n");
                }

                continue;
            }

            var label = devCase.LabelSpans(damaged);
            Assert.True(label.Count > 0, $"{devCase.Id}: label \"{devCase.Label}\" is not in the damaged text");
            var score = scores.GetValueOrDefault(devCase.Kind);
            var found = false;
            foreach (var finding in run.Diagnostics.Select(d => d.Diagnostic))
            {
                var family = families.GetValueOrDefault(finding.Id, finding.Id);
                var span = finding.Location.SourceSpan;
                if (family == devCase.Kind && label.Any(l => l.OverlapsWith(span) || (l.IsEmpty && l.Start == span.Start)))
                {
                    found = true;
                }
                else if (!devCase.DamageSpans(carrier).Any(d => d.OverlapsWith(span)))
                {
                    // A finding outside the damage is a false positive; one on the damage under another
                    // family (a sign-off after metadata) is a real artifact the case does not label.
                    score = score with { Fp = score.Fp + 1 };
                    details.Append(CultureInfo.InvariantCulture, $"  FP {devCase.Id} {finding}\n");
                }
            }

            score = found ? score with { Tp = score.Tp + 1 } : score with { Fn = score.Fn + 1 };
            score = repaired ? score with { Repaired = score.Repaired + 1 } : score;
            if (!found)
            {
                details.Append(CultureInfo.InvariantCulture, $"  FN {devCase.Id} \"{devCase.Label}\"\n");
            }
            else if (!repaired)
            {
                details.Append(CultureInfo.InvariantCulture, $"  RP {devCase.Id} repaired as: {Excerpt(run.FixedText, expected)}\n");
            }

            scores[devCase.Kind] = score;
        }

        var total = scores.Values.Aggregate(default(KindScore), (a, b) => new KindScore(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn, a.Repaired + b.Repaired));
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"{packName} dev set\n{"kind",-26} {"TP",4} {"FP",4} {"FN",4} {"recall",7} {"precision",9} {"repaired",8}\n");
        foreach (var (kind, s) in scores.Append(new("overall", total)))
        {
            table.Append(CultureInfo.InvariantCulture, $"{kind,-26} {s.Tp,4} {s.Fp,4} {s.Fn,4} {s.Recall,7:0.000} {s.Precision,9:0.000} {s.RepairRate,8:0.000}\n");
        }

        var perClean = cleanCases == 0 ? 0 : (double)cleanFindings / cleanCases;
        table.Append(CultureInfo.InvariantCulture, $"clean cases: {cleanCases}, findings: {cleanFindings} ({perClean:0.000} a case)");
        output.WriteLine(table.ToString());
        output.WriteLine(details.ToString().TrimEnd());

        Assert.True(total.Recall >= MinRecall, $"dev recall {total.Recall:0.000} < {MinRecall}");
        Assert.True(total.Precision >= MinPrecision, $"dev precision {total.Precision:0.000} < {MinPrecision}");
        Assert.True(total.RepairRate >= MinExactRepair, $"dev exact repairs {total.RepairRate:0.000} < {MinExactRepair}");
        Assert.True(perClean <= MaxFindingsPerCleanCase, $"{perClean:0.000} findings a clean case > {MaxFindingsPerCleanCase}");
    }

    /// <summary>Trailing white space and extra blank lines are not part of a repair's quality.</summary>
    private static string Normalize(string text) => ExtraBlankLines().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n").Trim();

    private static string Excerpt(string actual, string expected)
    {
        var a = Normalize(actual);
        var e = Normalize(expected);
        var i = 0;
        while (i < a.Length && i < e.Length && a[i] == e[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 30);
        return $"…{a.Substring(start, Math.Min(90, a.Length - start)).Replace('\n', '⏎')}… (expected …{e.Substring(start, Math.Min(90, e.Length - start)).Replace('\n', '⏎')}…)";
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    private readonly record struct KindScore(int Tp, int Fp, int Fn, int Repaired)
    {
        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

        public double RepairRate => Tp + Fn == 0 ? 1 : (double)Repaired / (Tp + Fn);
    }
}
