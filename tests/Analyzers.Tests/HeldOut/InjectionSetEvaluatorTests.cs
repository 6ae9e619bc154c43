using System.Collections.Immutable;
using RulesSdk.Text;

namespace Analyzers.Tests;

/// <summary>The harness's own failure paths: bad files and cases that do not compose are reported with what and where.</summary>
public sealed class InjectionSetEvaluatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heldout-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_UnknownMember_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "dev-fr.json");
        File.WriteAllText(path, """{ "language": "fr", "cases": [], "casses": [] }""");

        var ex = Assert.Throws<InvalidDataException>(() => InjectionSet.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("casses", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_LanguageAbsent_IsNull()
    {
        var path = Path.Combine(_folder, "thresholds.json");
        File.WriteAllText(path, """{ "fr": { "minRecall": 0.5, "minPrecision": 0.9, "maxFalsePositivesPerCleanDocument": 0.02, "minExactRepair": 0.5 } }""");

        Assert.Equal(0.5, QualityThresholds.Load(path, "fr")!.MinRecall);
        Assert.Null(QualityThresholds.Load(path, "en"));
    }

    [Fact]
    public async Task Evaluate_CasesThatDoNotCompose_AreReportedWithTheirIds()
    {
        var set = new InjectionSet("fr",
        [
            Case("bad-anchor", "wrong-name", [new InjectionOperation("replace", "x", Find: "no such text in the carrier")], [new InjectionLabel("x")]),
            Case("bad-label", "wrong-name", [new InjectionOperation("append", "Publié le 1er mai")], [new InjectionLabel("not in the document")]),
            Case("bad-kind", "typo", [new InjectionOperation("append", "Publié le 1er mai")], [new InjectionLabel("Publié le 1er mai")]),
            Case("clean-with-label", InjectionCase.CleanKind, [], [new InjectionLabel("a")]),
            Case("missing-carrier", "wrong-name", [], [new InjectionLabel("a")], carrier: "repo:fr/absent.txt"),
            Case("damaged-carrier", "wrong-name", [new InjectionOperation("append", "Publié le 1er mai")], [new InjectionLabel("Publié le 1er mai")], carrier: "repo:fr/" + CarrierRoots.DamagedFiles("fr").Order(StringComparer.Ordinal).First()),
        ]);

        var report = await new InjectionSetEvaluator(QualityPacks.Get("news-fr"), showText: false).EvaluateAsync(set, "test");

        Assert.Equal(["bad-anchor", "bad-label", "bad-kind", "clean-with-label", "missing-carrier", "damaged-carrier"], report.CompositionErrors.Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("anchor is not in the text", report.CompositionErrors[0], StringComparison.Ordinal);
        Assert.Contains("holds artifacts of its own", report.CompositionErrors[5], StringComparison.Ordinal);
        Assert.Equal(0, report.Overall.DamagedDocuments);
    }

    [Fact]
    public async Task Evaluate_FindingOnACarrierSlip_IsNeitherTrueNorFalsePositiveAndTheRepairCorrectsIt()
    {
        // The slip stands for a real error of the carrier: here a clean case writes it into the text.
        const string Sentence = "Le président Emmanuel Macorn a salué le projet.";
        var set = new InjectionSet("fr", [Case("slip", InjectionCase.CleanKind, [new InjectionOperation("append", Sentence)], [])]);
        var slips = new[] { new CarrierSlip("repo:fr/fr-001.txt", "wrong-name", "Emmanuel Macorn", "Emmanuel Macron") };

        var withSlip = await new InjectionSetEvaluator(QualityPacks.Get("news-fr"), showText: false, slips).EvaluateAsync(set, "test");
        var without = await new InjectionSetEvaluator(QualityPacks.Get("news-fr"), showText: false).EvaluateAsync(set, "test");

        Assert.Empty(withSlip.CompositionErrors);
        Assert.Equal(1, withSlip.CarrierSlipsFound);
        Assert.Equal(0, withSlip.For("wrong-name").FalsePositives);
        Assert.Equal(0, withSlip.CleanDocumentsChangedByFix);
        Assert.Equal(1, without.For("wrong-name").FalsePositives);
        Assert.Equal(1, without.CleanDocumentsChangedByFix);
    }

    [Fact]
    public async Task Evaluate_RepairIntoAnAcceptableText_CountsAsAcceptedNotExact()
    {
        // The ideal repair deletes the inserted sentence; correcting the name in it is acceptable too.
        const string Sentence = "Le président Emmanuel Macorn a salué le projet.";
        var acceptable = new ExpectedRepair(ExpectedRepair.FromComposed, [new InjectionOperation("replace", "Emmanuel Macron", Find: "Emmanuel Macorn")]);
        var set = new InjectionSet("fr",
        [
            Case("accepted", "wrong-name", [new InjectionOperation("append", Sentence)], [new InjectionLabel("Macorn")]) with { Acceptable = [acceptable] },
            Case("clean-with-alternative", InjectionCase.CleanKind, [], []) with { Acceptable = [acceptable] },
        ]);

        var report = await new InjectionSetEvaluator(QualityPacks.Get("news-fr"), showText: false).EvaluateAsync(set, "test");

        Assert.Equal(["clean-with-alternative: a clean case lists acceptable repairs"], report.CompositionErrors);
        var score = report.For("wrong-name");
        Assert.Equal((1, 0, 1), (score.DamagedDocuments, score.RepairedExactly, score.RepairedAcceptably));
        Assert.Contains("accepted repair", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void MatchCoveredLabels_OneFindingOverLabelledLinesOnly_CountsForEachLine()
    {
        const string Text = "Fin de l'article.\n\nPublié le 1er mai 2012\nPar notre correspondant\nMots-clés : Québec\n";
        var labels = LabelsOf("trailing-metadata", Text, "Publié le 1er mai 2012", "Par notre correspondant", "Mots-clés : Québec");
        labels[0] = labels[0] with { Matched = true };
        var finding = TextSpan.FromBounds(labels[0].Span.Start, labels[2].Span.End);

        var matched = InjectionSetEvaluator.MatchCoveredLabels(labels, "trailing-metadata", finding, SourceText.From(Text));

        Assert.Equal(2, matched);
        Assert.All(labels, l => Assert.True(l.Matched));
    }

    [Fact]
    public void MatchCoveredLabels_FindingThatAlsoSpansCarrierText_CountsOnce()
    {
        const string Text = "Quel gâchis. Le conseil a voté le budget. Une honte.";
        var labels = LabelsOf("opinion-paragraph", Text, "Quel gâchis.", "Une honte.");
        labels[0] = labels[0] with { Matched = true };
        var finding = new TextSpan(0, Text.Length);

        var matched = InjectionSetEvaluator.MatchCoveredLabels(labels, "opinion-paragraph", finding, SourceText.From(Text));

        Assert.Equal(0, matched);
        Assert.False(labels[1].Matched);
    }

    [Fact]
    public void MatchCoveredLabels_LabelOfAnotherKindOrOnlyPartlyCovered_IsNotMatched()
    {
        const string Text = "Publié le 1er mai 2012\nPar notre correspondant";
        var labels = LabelsOf("trailing-metadata", Text, "Publié le 1er mai 2012", "Par notre correspondant");
        labels[1] = labels[1] with { Kind = "assistant-self-reference" };

        Assert.Equal(0, InjectionSetEvaluator.MatchCoveredLabels(labels, "trailing-metadata", new TextSpan(0, Text.Length), SourceText.From(Text)));

        labels[1] = labels[1] with { Kind = "trailing-metadata" };
        Assert.Equal(0, InjectionSetEvaluator.MatchCoveredLabels(labels, "trailing-metadata", new TextSpan(0, Text.Length - 3), SourceText.From(Text)));
    }

    private static List<(string Kind, TextSpan Span, bool Matched)> LabelsOf(string kind, string text, params string[] labelTexts) =>
        [.. labelTexts.Select(t => (Kind: kind, Span: new TextSpan(text.IndexOf(t, StringComparison.Ordinal), t.Length), Matched: false))];

    private static InjectionCase Case(string id, string kind, ImmutableArray<InjectionOperation> operations, ImmutableArray<InjectionLabel> labels, string carrier = "repo:fr/fr-001.txt") =>
        new(id, kind, carrier, operations, labels, null);
}
