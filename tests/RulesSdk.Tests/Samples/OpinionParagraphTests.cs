using OpinionParagraph;
using RulesSdk.Analyzers;
using RulesSdk.CodeFixes;
using RulesSdk.Configuration;
using RulesSdk.Diagnostics;
using RulesSdk.Tests.TestSupport;
using RulesSdk.Workspaces;

namespace RulesSdk.Tests.Samples;

/// <summary>The hand-written sample in samples/csharp-analyzer: SAMPLE001 and its delete-the-paragraph fix.</summary>
public sealed class OpinionParagraphTests
{
    private const string SeedName = "000_02cd2b5cfdd4c377.txt";

    private const string OpinionParagraph =
        "En tant qu’observateur ayant une formation en relations internationales, je trouve cette situation alarmante et préoccupante. " +
        "Le fait que la Russie et les États-Unis s’accusent ouvertement mutuellement d’être impliqués dans le conflit en Ukraine, avec des rapports " +
        "faisant état d’armes utilisées contre leurs territoires respectifs, est une recette pour un désastre. L’escalade des tensions entre ces deux " +
        "nations puissantes pourrait avoir de graves implications géopolitiques et potentiellement conduire à un conflit plus vaste.";

    private const string QuotedParagraph =
        "« En tant que porte-parole, je trouve cette situation alarmante. J’ai prévenu Washington », a déclaré Dmitri Peskov vendredi aux journalistes.";

    private const string Headline = "Des armes de fabrication américaine déjà utilisées dans des tentatives d’attaque contre la Russie – Moscou";

    private static readonly string Article = $"{Headline}\n\n{OpinionParagraph}\n\n{QuotedParagraph}\n";

    private static AnalyzerDriver Driver() => new([new OpinionParagraphAnalyzer()]);

    private static FixAllRunner Runner() => new(Driver(), new CodeFixService([new OpinionParagraphCodeFixProvider()]));

    private static Diagnostic[] Analyze(string text, string path = "article.txt") =>
        [.. Driver().AnalyzeDocument(TextDocument.Create(path, text))];

    [Fact]
    public void Descriptor_IsShapedLikeARule()
    {
        var analyzer = new OpinionParagraphAnalyzer();

        var descriptor = Assert.Single(analyzer.SupportedDiagnostics);
        Assert.Equal("SAMPLE001", descriptor.Id);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(["SAMPLE001"], new OpinionParagraphCodeFixProvider().FixableDiagnosticIds.ToArray());
    }

    [Fact]
    public void OpinionParagraph_IsFlagged_QuotedFirstPersonIsNot()
    {
        var diagnostic = Assert.Single(Analyze(Article));

        var start = Article.IndexOf(OpinionParagraph, StringComparison.Ordinal);
        Assert.Equal("SAMPLE001", diagnostic.Id);
        Assert.Equal(start, diagnostic.Location.SourceSpan.Start);
        Assert.Equal("En tant qu’observateur ayant une formation en relations internationales, je trouve", Article.Substring(start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(
            "article.txt(3,1): warning SAMPLE001: The narrator gives a first-person opinion ('En tant qu’observateur ayant une formation en relations internationales, je trouve'); news copy reports opinions, it does not hold them",
            diagnostic.ToString());
        Assert.Equal(start.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Properties[OpinionParagraphAnalyzer.ParagraphStartProperty]);
        Assert.Equal((start + OpinionParagraph.Length).ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Properties[OpinionParagraphAnalyzer.ParagraphEndProperty]);
    }

    [Fact]
    public async Task FixAll_RemovesExactlyTheOpinionParagraphAndItsBlankLine()
    {
        var result = await Runner().FixDocumentAsync(TextDocument.Create("article.txt", Article));

        Assert.Equal($"{Headline}\n\n{QuotedParagraph}\n", result.FixedText.ToString());
        Assert.Equal("Delete the opinion paragraph", Assert.Single(result.Applied).Title);
        Assert.True(result.ReachedFixedPoint);
        Assert.Empty(result.RemainingDiagnostics);
        Assert.Empty(result.Skipped);
    }

    [Theory]
    [InlineData("As an observer of the region, I think the talks will fail.")]
    [InlineData("As a former diplomat, I believe the talks will fail.")]
    [InlineData("The talks stalled. In my view, they will fail.")]
    [InlineData("The talks stalled, and I find that worrying.")]
    [InlineData("À mon avis, les négociations vont échouer.")]
    [InlineData("Les négociations ont échoué. Je trouve cela inquiétant.")]
    [InlineData("En tant que journaliste, je pense que les négociations vont échouer.")]
    [InlineData("En tant qu'ancien diplomate, je crois que les négociations vont échouer.")]
    [InlineData("« Rien n’est joué », a-t-il dit. Je trouve pourtant que tout est joué.")]
    public void FirstPersonOpinion_OutsideQuotes_IsFlagged(string paragraph)
    {
        Assert.Equal("SAMPLE001", Assert.Single(Analyze("Titre\n\n" + paragraph + "\n")).Id);
    }

    [Theory]
    [InlineData("“As an observer, I think the talks will fail,” the minister said.")]
    [InlineData("\"In my view, they will fail,\" the minister said.")]
    [InlineData("« À mon avis, les négociations vont échouer », a déclaré le ministre.")]
    [InlineData("Le ministre pense que les négociations vont échouer.")]
    [InlineData("The minister thinks the talks will fail; analysts find it likely.")]
    [InlineData("En tant que ministre, il trouve la situation grave.")]
    [InlineData("Je suis ravi de partager que, selon le porte-parole, le fait est établi.")]
    public void QuotedOrThirdPerson_IsClean(string paragraph)
    {
        Assert.Empty(Analyze("Titre\n\n" + paragraph + "\n"));
    }

    [Fact]
    public void Markdown_CodeBlockQuotesAndHeadings_AreClean()
    {
        const string Markdown = """
            # Je trouve ce titre bon

            Un paragraphe neutre avec `je trouve` en code.

            > À mon avis, une citation en bloc reste une citation.

            ```
            I find code is not prose.
            ```
            """;

        Assert.Empty(Analyze(Markdown, "article.md"));
    }

    [Fact]
    public void Markdown_ListItem_IsFlagged()
    {
        var diagnostic = Assert.Single(Analyze("- Un fait.\n- À mon avis, un autre.\n", "article.md"));

        Assert.Equal("article.md(2,3)", diagnostic.Location.ToString());
    }

    [Fact]
    public void OneFindingPerParagraph()
    {
        Assert.Single(Analyze("Titre\n\nÀ mon avis, c’est grave. Je trouve aussi que c’est triste. In my view, yes.\n"));
    }

    [Fact]
    public async Task FixAll_LastParagraph_TakesTheBlankLinesBefore()
    {
        var result = await Runner().FixDocumentAsync(TextDocument.Create("a.txt", "Titre\n\nCorps.\n\n\nÀ mon avis, c’est fini.\n"));

        Assert.Equal("Titre\n\nCorps.\n", result.FixedText.ToString());
    }

    [Fact]
    public async Task FixAll_CrLfDocument_StaysCrLf()
    {
        var result = await Runner().FixDocumentAsync(TextDocument.Create("a.txt", "Titre\r\n\r\nJe trouve ça.\r\nSur deux lignes.\r\n\r\nFin.\r\n"));

        Assert.Equal("Titre\r\n\r\nFin.\r\n", result.FixedText.ToString());
    }

    [Fact]
    public async Task FixAll_SeveralOpinionParagraphs_AllGoInOnePass()
    {
        var result = await Runner().FixDocumentAsync(TextDocument.Create("a.txt", "Titre\n\nJe trouve A.\n\nFait B.\n\nÀ mon avis C.\n\nFait D.\n"));

        Assert.Equal("Titre\n\nFait B.\n\nFait D.\n", result.FixedText.ToString());
        Assert.Equal(1, result.Passes);
        Assert.Equal(2, result.Applied.Length);
    }

    [Fact]
    public void Suppression_SilencesTheSample()
    {
        var diagnostics = Analyze("Titre\n\n<!-- docrules-disable-next-line SAMPLE001 -- signed op-ed -->\nJe trouve cela juste.\n");

        Assert.Empty(diagnostics);
    }

    [SkippableFact]
    public async Task SeedArticle_OnlyTheOpinionParagraphIsFlagged_AndFixAllRemovesItOnDisk()
    {
        var seed = FindSeed();

        // The seed lives in the project's shared folder, outside the repository; without it the
        // inline copy in the tests above covers the same paragraph.
        Skip.If(seed is null, "the seed article (shared/seeds) is not present beside this checkout");

        using var temp = new TempDirectory();
        var copy = temp.WriteBytes("article.txt", File.ReadAllBytes(seed!));
        var workspace = FolderWorkspace.Open(temp.Path);
        var snapshot = workspace.CurrentDocuments;
        var document = snapshot.Documents.Single();
        var text = document.Text.ToString();
        var opinionStart = text.IndexOf("En tant qu’observateur", StringComparison.Ordinal);
        var nextParagraph = text.IndexOf("Je suis ravi de partager", StringComparison.Ordinal);
        Assert.True(opinionStart > 0 && nextParagraph > opinionStart);

        var diagnostic = Assert.Single(Driver().AnalyzeDocument(document));
        Assert.Equal(opinionStart, diagnostic.Location.SourceSpan.Start);

        var result = await Runner().FixDocumentAsync(document);
        Assert.True(workspace.TryApplyChanges(snapshot.WithDocumentText(document.Id, result.FixedText), snapshot));

        var expected = File.ReadAllBytes(seed!).AsSpan();
        var prefix = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, opinionStart));
        var removed = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(opinionStart, nextParagraph - opinionStart));
        Assert.Equal([.. expected[..prefix], .. expected[(prefix + removed)..]], File.ReadAllBytes(copy));
        Assert.Empty(workspace.WriteFailures);
        Assert.Empty(Driver().AnalyzeDocument(workspace.CurrentDocuments.Documents.Single()));
    }

    /// <summary>shared/seeds beside the repository (CI lays shared/ next to the clone), else the workplace copy.</summary>
    private static string? FindSeed()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seeds", SeedName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var workplace = Path.Combine("/work/shared/seeds", SeedName);
        return File.Exists(workplace) ? workplace : null;
    }
    [Fact]
    public async Task Configuration_WiresWorkspaceAndDriver_AsTheDocsShow()
    {
        using var temp = new TempDirectory();
        temp.Write(".docrules.json", """
            {
              "rules": { "SAMPLE001": "error" },
              "options": { "voice": "third-person" },
              "language": "fr",
              "overrides": [
                { "files": ["opinion/**/*.md"], "rules": { "SAMPLE001": "none" }, "options": { "voice": "first-person" } }
              ]
            }
            """);
        temp.Write("news/a.md", "# Titre\n\nÀ mon avis, c’est grave.\n");
        temp.Write("opinion/edito.md", "# Édito\n\nÀ mon avis, c’est grave.\n");

        var path = DocRulesConfiguration.Find(temp.Combine("news"));
        var configuration = path is null ? DocRulesConfiguration.Empty : DocRulesConfiguration.Load(path);
        var workspace = FolderWorkspace.Open(configuration.BaseDirectory, new FolderWorkspaceOptions
        {
            Extensions = configuration.Extensions,
            Exclude = configuration.Exclude,
            MaxFileSizeBytes = configuration.MaxFileSizeBytes,
            DocumentOptions = configuration.GetOptions,
            DocumentLanguage = configuration.GetLanguage,
        });
        var driver = new AnalyzerDriver([new OpinionParagraphAnalyzer()], new AnalyzerDriverOptions { Configuration = configuration });

        var results = await driver.AnalyzeAsync(workspace.CurrentDocuments.Documents);

        Assert.Equal(["news/a.md", "opinion/edito.md"], results.Select(r => r.Document.Path));
        Assert.StartsWith("news/a.md(3,1): error SAMPLE001: ", Assert.Single(results[0].Diagnostics).ToString(), StringComparison.Ordinal);
        Assert.Empty(results[1].Diagnostics);
        Assert.Equal("third-person", results[0].Document.GetOption("voice"));
        Assert.Equal("first-person", results[1].Document.GetOption("voice"));
        Assert.Equal("fr", results[1].Document.GetSyntax().Language);
    }
}
