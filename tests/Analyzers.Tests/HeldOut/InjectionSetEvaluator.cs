using System.Collections.Immutable;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Diagnostics;
using RulesSdk.Dsl;
using RulesSdk.Text;
using RulesSdk.Workspaces;

namespace Analyzers.Tests;

/// <summary>
/// Scores a pack on an injection set: each case is composed from its carrier, analysed and fixed
/// as <c>docrules fix</c> does (<see cref="FixAllRunner"/>); every carrier is also scored untouched,
/// as a clean document. A finding is a true positive when its rule's family (its name, or a tag
/// naming a kind) is the label's kind and the spans overlap; each label counts once, as in
/// <see cref="CorpusQualityTests"/>, and one finding that covers several labels whole, with nothing but
/// whitespace and punctuation between them, counts for each. Findings on clean documents count against precision too.
/// </summary>
internal sealed class InjectionSetEvaluator
{
    /// <summary>The nine artifact kinds of issue 12, the families rules are scored under.</summary>
    public static readonly ImmutableArray<string> ArtifactKinds =
    [
        "duplicated-headline", "opinion-paragraph", "editorial-lead-in", "first-person-speaker", "narrator-witness",
        "assistant-self-reference", "broken-sentence", "wrong-name", "trailing-metadata",
    ];

    private readonly AnalyzerDriver _driver;
    private readonly FixAllRunner _fixer;
    private readonly ImmutableDictionary<string, string> _families;
    private readonly bool _showText;
    private readonly ILookup<string, CarrierSlip> _slips;

    /// <param name="showText">Whether details quote the text (a dev set) or give only case ids (a held-out set, whose phrasings stay out of logs).</param>
    /// <param name="slips">Real errors of the carriers: found, they count for nothing; the ideal repair corrects them.</param>
    public InjectionSetEvaluator(RulePack pack, bool showText, IReadOnlyList<CarrierSlip>? slips = null)
    {
        _slips = (slips ?? []).ToLookup(s => s.Carrier, StringComparer.Ordinal);
        ArgumentNullException.ThrowIfNull(pack);
        _driver = new AnalyzerDriver(pack.Analyzers, new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 });
        _fixer = new FixAllRunner(_driver, new CodeFixService(pack.CodeFixProviders));
        var kinds = ArtifactKinds.ToHashSet(StringComparer.Ordinal);
        _families = pack.Rules.ToImmutableDictionary(
            r => r.Id,
            r => kinds.Contains(r.Name) ? r.Name : r.Descriptor.CustomTags.FirstOrDefault(kinds.Contains) ?? r.Name,
            StringComparer.OrdinalIgnoreCase);
        _showText = showText;
    }

    public async Task<QualityReport> EvaluateAsync(InjectionSet set, string title)
    {
        ArgumentNullException.ThrowIfNull(set);
        var report = new QualityReport(title);
        foreach (var kind in ArtifactKinds)
        {
            report.For(kind);
        }

        var carriers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var @case in set.Cases)
        {
            var carrier = ReadCarrier(@case.Carrier, report, @case.Id);
            if (carrier is null)
            {
                continue;
            }

            carriers[@case.Carrier] = carrier;
            await EvaluateCaseAsync(set.Language, @case, carrier, report);
        }

        foreach (var (name, text) in carriers)
        {
            var document = CreateDocument(CarrierRoots.DocumentPath(name), text, set.Language);
            await ScoreCleanAsync(document, CorrectSlips(text, name), name, report, name);
        }

        return report;
    }

    private async Task EvaluateCaseAsync(string language, InjectionCase @case, string carrier, QualityReport report)
    {
        string composed;
        string expected;
        var acceptable = new List<string>();
        var labels = new List<(string Kind, TextSpan Span, bool Matched)>();
        try
        {
            if (@case.IsClean != (@case.Labels.IsDefaultOrEmpty))
            {
                throw new InvalidDataException(@case.IsClean ? "a clean case carries labels" : "a damaged case carries no labels");
            }

            composed = InjectionComposer.Apply(carrier, @case.Operations.IsDefault ? [] : @case.Operations);
            if (composed == carrier && !@case.IsClean)
            {
                throw new InvalidDataException("the operations leave the carrier unchanged");
            }

            var repair = @case.Expected ?? (@case.IsClean ? new ExpectedRepair(ExpectedRepair.FromComposed, []) : ExpectedRepair.Carrier);
            expected = RepairText(repair, carrier, composed, @case.Carrier);
            if (@case.IsClean && !@case.Acceptable.IsDefaultOrEmpty)
            {
                throw new InvalidDataException("a clean case lists acceptable repairs");
            }

            foreach (var alternative in @case.Acceptable.IsDefault ? [] : @case.Acceptable)
            {
                acceptable.Add(RepairText(alternative, carrier, composed, @case.Carrier));
            }
            foreach (var label in @case.Labels.IsDefault ? [] : @case.Labels)
            {
                var kind = label.Kind ?? @case.Kind;
                if (!ArtifactKinds.Contains(kind))
                {
                    throw new InvalidDataException($"label kind \"{kind}\" is not one of {string.Join(", ", ArtifactKinds)}");
                }

                var at = InjectionComposer.FindOccurrence(composed, label.Text, label.Occurrence);
                if (at < 0)
                {
                    throw new InvalidDataException($"label #{label.Occurrence} \"{label.Text}\" is not in the composed document");
                }

                labels.Add((kind, new TextSpan(at, label.Text.Length), false));
            }
        }
        catch (InvalidDataException ex)
        {
            report.CompositionErrors.Add($"{@case.Id}: {ex.Message}");
            return;
        }

        var document = CreateDocument(CarrierRoots.DocumentPath(@case.Carrier), composed, language);
        if (@case.IsClean)
        {
            await ScoreCleanAsync(document, expected, @case.Id, report, @case.Carrier);
            return;
        }

        foreach (var diagnostic in _driver.AnalyzeDocument(document))
        {
            var family = Family(diagnostic);
            if (IsCarrierSlip(@case.Carrier, family, document.Text, diagnostic.Location.SourceSpan, report))
            {
                continue;
            }

            var index = labels.FindIndex(l => !l.Matched && l.Kind == family && l.Span.OverlapsWith(diagnostic.Location.SourceSpan));
            if (index >= 0)
            {
                labels[index] = labels[index] with { Matched = true };
                report.For(family).TruePositives++;
                var covered = MatchCoveredLabels(labels, family, diagnostic.Location.SourceSpan, document.Text);
                if (covered > 0)
                {
                    report.For(family).TruePositives += covered;
                    report.Details.Add($"COVERED {@case.Id} {diagnostic.Id} [{family}] flags {covered + 1} labels in one finding");
                }
            }
            else
            {
                report.For(family).FalsePositives++;
                report.Details.Add($"FP {@case.Id} {diagnostic.Id} [{family}]{Quote(document.Text, diagnostic.Location.SourceSpan)}");
            }
        }

        foreach (var missed in labels.Where(l => !l.Matched))
        {
            report.For(missed.Kind).FalseNegatives++;
            report.Details.Add($"FN {@case.Id} [{missed.Kind}]{Quote(document.Text, missed.Span)}");
        }

        var score = report.For(@case.Kind);
        score.DamagedDocuments++;
        var repaired = await FixAsync(document);
        if (TrimEnd(repaired) == TrimEnd(expected))
        {
            score.RepairedExactly++;
            score.RepairedAcceptably++;
        }
        else if (acceptable.Exists(a => TrimEnd(repaired) == TrimEnd(a)))
        {
            score.RepairedAcceptably++;
            report.Details.Add($"ACCEPTED {@case.Id} [{@case.Kind}] repaired into one of its acceptable texts{FirstDifference(repaired, expected)}");
        }
        else
        {
            report.Details.Add($"REPAIR {@case.Id} [{@case.Kind}] differs from the expected text{FirstDifference(repaired, expected)}");
        }
    }

    /// <summary>
    /// One finding that flags a block of labelled lines (three lines of trailing metadata, two copies of a
    /// headline) counts for each label it covers whole, but only when nothing else is in its span: the text
    /// outside those labels is whitespace or punctuation. A wide finding that swallows carrier text still
    /// counts once.
    /// </summary>
    internal static int MatchCoveredLabels(List<(string Kind, TextSpan Span, bool Matched)> labels, string family, TextSpan finding, SourceText text)
    {
        var covered = labels
            .Select((label, index) => (label, index))
            .Where(x => x.label.Kind == family && finding.Contains(x.label.Span))
            .ToList();
        if (covered.Count < 2)
        {
            return 0;
        }

        var outside = new bool[finding.Length];
        Array.Fill(outside, true);
        foreach (var (label, _) in covered)
        {
            Array.Fill(outside, false, label.Span.Start - finding.Start, label.Span.Length);
        }

        for (var i = 0; i < outside.Length; i++)
        {
            var c = text[finding.Start + i];
            if (outside[i] && !char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                return 0;
            }
        }

        var matched = 0;
        foreach (var (label, index) in covered.Where(x => !x.label.Matched))
        {
            labels[index] = label with { Matched = true };
            matched++;
        }

        return matched;
    }

    private string RepairText(ExpectedRepair repair, string carrier, string composed, string carrierName)
    {
        var basis = repair.From switch
        {
            ExpectedRepair.FromCarrier => carrier,
            ExpectedRepair.FromComposed => composed,
            _ => throw new InvalidDataException($"expected.from must be \"{ExpectedRepair.FromCarrier}\" or \"{ExpectedRepair.FromComposed}\", not \"{repair.From}\""),
        };
        return CorrectSlips(InjectionComposer.Apply(basis, repair.Operations.IsDefault ? [] : repair.Operations), carrierName);
    }

    private async Task ScoreCleanAsync(TextDocument document, string expected, string name, QualityReport report, string carrier)
    {
        report.CleanDocuments++;
        foreach (var diagnostic in _driver.AnalyzeDocument(document))
        {
            var family = Family(diagnostic);
            if (IsCarrierSlip(carrier, family, document.Text, diagnostic.Location.SourceSpan, report))
            {
                continue;
            }

            report.CleanFindings++;
            report.For(family).FalsePositives++;
            report.Details.Add($"FP(clean) {name} {diagnostic.Id} [{family}]{Quote(document.Text, diagnostic.Location.SourceSpan)}");
        }

        if (!await RepairsExactlyAsync(document, expected))
        {
            report.CleanDocumentsChangedByFix++;
            report.Details.Add($"CHANGED(clean) {name}: fix-all changed a clean document");
        }
    }

    /// <summary>Whether the finding is a listed real error of the carrier, of its kind, at its place; counted apart.</summary>
    private bool IsCarrierSlip(string carrier, string family, SourceText text, TextSpan span, QualityReport report)
    {
        foreach (var slip in _slips[carrier])
        {
            if (slip.Kind != family)
            {
                continue;
            }

            var value = text.ToString();
            for (var at = value.IndexOf(slip.Text, StringComparison.Ordinal); at >= 0; at = value.IndexOf(slip.Text, at + 1, StringComparison.Ordinal))
            {
                if (new TextSpan(at, slip.Text.Length).OverlapsWith(span))
                {
                    report.CarrierSlipsFound++;
                    return true;
                }
            }
        }

        return false;
    }

    private string CorrectSlips(string text, string carrier)
    {
        foreach (var slip in _slips[carrier])
        {
            text = text.Replace(slip.Text, slip.Fixed, StringComparison.Ordinal);
        }

        return text;
    }

    private async Task<bool> RepairsExactlyAsync(TextDocument document, string expected) =>
        TrimEnd(await FixAsync(document)) == TrimEnd(expected);

    private async Task<string> FixAsync(TextDocument document) => (await _fixer.FixDocumentAsync(document)).FixedText.ToString();

    // For a dev set, the first paragraph where the repair and the expectation part (held-out text stays out of logs).
    private string FirstDifference(string repaired, string expected)
    {
        if (!_showText)
        {
            return "";
        }

        var got = TrimEnd(repaired).Split("\n\n");
        var want = TrimEnd(expected).Split("\n\n");
        for (var i = 0; i < Math.Max(got.Length, want.Length); i++)
        {
            var a = i < got.Length ? got[i] : "(nothing)";
            var b = i < want.Length ? want[i] : "(nothing)";
            if (a != b)
            {
                return $": paragraph {i} is{QuoteText(a)}, expected{QuoteText(b)}";
            }
        }

        return "";
    }

    private static string QuoteText(string value)
    {
        value = value.Replace('\n', ' ');
        return " \"" + (value.Length <= 100 ? value : value[..100] + "…") + "\"";
    }

    // Only trailing whitespace at the end of the file is normalised: a removed last paragraph may
    // leave its blank line behind.
    private static string TrimEnd(string text) => text.TrimEnd();

    private string Family(Diagnostic diagnostic) => _families.GetValueOrDefault(diagnostic.Id, diagnostic.Id);

    private string Quote(SourceText text, TextSpan span)
    {
        if (!_showText)
        {
            return "";
        }

        var value = text.ToString(span).Replace('\n', ' ');
        return " \"" + (value.Length <= 80 ? value : value[..80] + "…") + "\"";
    }

    private static string? ReadCarrier(string carrier, QualityReport report, string caseId)
    {
        try
        {
            var path = CarrierRoots.Resolve(carrier) ?? throw new InvalidDataException($"the root of carrier \"{carrier}\" is absent");
            if (CarrierRoots.IsDamagedRepoCarrier(carrier))
            {
                throw new InvalidDataException($"carrier \"{carrier}\" holds artifacts of its own (tests/corpus/{Path.GetDirectoryName(CarrierRoots.DocumentPath(carrier))}/labels.json): carry the case by a clean text");
            }

            if (!File.Exists(path))
            {
                throw new InvalidDataException($"carrier \"{carrier}\" does not exist ({path})");
            }

            return SourceText.Decode(File.ReadAllBytes(path)).ToString();
        }
        catch (InvalidDataException ex)
        {
            report.CompositionErrors.Add($"{caseId}: {ex.Message}");
            return null;
        }
    }

    private static TextDocument CreateDocument(string path, string text, string language) =>
        new(DocumentId.FromPath(path), path, SourceText.From(text), declaredLanguage: language);
}
